package fr.socle.portal.stewardship;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.testing.Stack;
import fr.socle.policies.access.Visibility;
import fr.socle.portal.explore.Equipements;
import fr.socle.portal.testing.Api;
import fr.socle.portal.testing.ItDatasets;
import fr.socle.portal.testing.OpenTestDatasets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A steward edits, renames, archives, erases a person's rows from every version, and deletes a dataset. */
class StewardshipIT {
  private final Stack stack = Stack.get();

  @Test
  void erasureLeavesNoCopyInAnyVersionNorFile() throws Exception {
    try (ItDatasets datasets = new ItDatasets()) {
      String id = datasets.create(ItDatasets.budget("lignes", "finances", "alice", Visibility.CONFIDENTIAL, false));
      ItDatasets.awaitStatus(Api.as("alice"), "/api/v1/datasets/" + id, 200);
      datasets.append("lignes", "SELECT CAST(100 + i AS bigint), 'voirie', 'A', 5.0, DATE '2026-06-01', 47.4, 0.7 "
          + "FROM UNNEST(sequence(1, 3)) AS t(i)");
      String table = datasets.trinoName("lignes");
      long firstSnapshot = Long.parseLong(admin("SELECT snapshot_id FROM " + metadata(table, "snapshots")
          + " ORDER BY committed_at LIMIT 1"));
      long rowsA = Long.parseLong(admin("SELECT count(*) FROM " + table + " WHERE commune = 'A'"));
      assertThat(rowsA).isEqualTo(13);

      assertThat(Api.as("bruno").post("/api/v1/datasets/" + id + "/erasures", Map.of("filters",
          List.of(Map.of("column", "commune", "operator", "EQUALS", "values", List.of("A"))), "reason", "droit"))
          .statusCode()).as("another service's agent").isEqualTo(404);
      var refused = Api.as("alice").post("/api/v1/datasets/" + id + "/erasures", Map.of("filters",
          List.of(Map.of("column", "commune", "operator", "EQUALS", "values", List.of("A' OR 'x'='x"))),
          "reason", "demande d'effacement"));
      assertThat(refused.statusCode()).isEqualTo(200);
      assertThat(Api.json(refused).path("rows_erased").asLong()).as("a quote is a value, not SQL").isZero();

      var erased = Api.as("alice").post("/api/v1/datasets/" + id + "/erasures", Map.of("filters",
          List.of(Map.of("column", "commune", "operator", "EQUALS", "values", List.of("A"))),
          "reason", "demande d'effacement (RGPD art. 17)"));

      assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
      JsonNode outcome = Api.json(erased);
      assertThat(outcome.path("rows_erased").asLong()).isEqualTo(rowsA);
      assertThat(outcome.path("snapshots_left").asLong()).isEqualTo(1);
      assertThat(admin("SELECT count(*) FROM " + table + " WHERE commune = 'A'")).isEqualTo("0");
      assertThat(admin("SELECT count(*) FROM " + table)).isEqualTo(String.valueOf(30 + 3 - rowsA));
      assertThat(refusedQuery("SELECT count(*) FROM " + table + " FOR VERSION AS OF " + firstSnapshot))
          .as("time travel to a version before the erasure").isTrue();
      // Every Parquet file left under the table's folder, read directly: no erased row anywhere.
      Path folder = Path.of(URI.create(admin("SELECT regexp_replace(file_path, '/data/.*$', '') FROM "
          + metadata(table, "files") + " LIMIT 1")));
      List<Path> parquet;
      try (Stream<Path> files = Files.walk(folder)) {
        parquet = files.filter(f -> f.toString().endsWith(".parquet")).toList();
      }
      assertThat(parquet).isNotEmpty();
      try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
          Statement statement = duck.createStatement();
          ResultSet rs = statement.executeQuery("SELECT count(*) FROM read_parquet(["
              + String.join(", ", parquet.stream().map(p -> "'" + p + "'").toList())
              + "], union_by_name = true) WHERE commune = 'A'")) {
        rs.next();
        assertThat(rs.getLong(1)).as("rows of the erased commune in files on disk").isZero();
      }
    }
  }

  @Test
  void erasingRowsOfAPublishedDatasetPurgesEveryOpenCopy() throws Exception {
    String suffix = Long.toHexString(System.nanoTime() & 0xffffff);
    String id = "it-erase-" + suffix;
    String table = "eq_" + suffix;
    try (OpenTestDatasets datasets = new OpenTestDatasets(stack)) {
      Equipements.publish(datasets, "it_erase", table, id);
      Api anyone = Api.anonymous();
      String download = "/api/public/publications/" + id + "/versions/1/exports/csv";
      assertThat(anyone.get(download).statusCode()).isEqualTo(200);
      assertThat(publicCount("open.it_erase." + table, "nom = 'Médiathèque'")).isEqualTo(50);

      var erased = Api.as("dora").post("/api/v1/datasets/" + id + "/erasures", Map.of("filters",
          List.of(Map.of("column", "nom", "operator", "EQUALS", "values", List.of("Médiathèque"))),
          "reason", "demande d'effacement (RGPD art. 17)"));

      assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
      assertThat(Api.json(erased).path("rows_erased").asLong()).isEqualTo(50);
      assertThat(anyone.get(download).statusCode()).as("the precomputed file of the version holding the rows")
          .isEqualTo(410);
      JsonNode tombstone = Api.json(anyone.get("/api/public/publications/" + id));
      assertThat(tombstone.path("reason").asString()).isEqualTo("erasure");
      assertThat(tombstone.toString()).as("the tombstone never repeats the erased values").doesNotContain("Médiathèque");
      assertThat(anyone.get("/api/explore/v2.1/catalog/datasets/" + id + "/records").statusCode()).isEqualTo(404);
      assertThat(refusedPublicQuery("SELECT count(*) FROM open.it_erase." + table)).as("the open table").isTrue();
      assertThat(datasets.socle().queryOne("SELECT purged FROM publication.publication WHERE id = ?",
          rs -> rs.getBoolean(1), id)).as("every open version purged").contains(true);
      assertThat(datasets.socle().queryOne("SELECT count(*) FROM publication.export e JOIN publication.version v"
          + " ON v.publication_id = e.publication_id AND v.version = e.version WHERE e.publication_id = ?"
          + " AND v.state <> 'purged'", rs -> rs.getLong(1), id)).contains(0L);
    }
  }

  @Test
  void stewardEditsRenamesArchivesAndDeletes() throws Exception {
    try (ItDatasets datasets = new ItDatasets()) {
      String id = datasets.create(ItDatasets.budget("budget", "finances", "alice", Visibility.CONFIDENTIAL, false));
      Api alice = Api.as("alice");
      ItDatasets.awaitStatus(alice, "/api/v1/datasets/" + id, 200);
      JsonNode dataset = Api.json(alice.get("/api/v1/datasets/" + id));
      int version = dataset.get("version").asInt();

      // a theme or a frequency the feeds cannot map is refused, and changes nothing
      var theme = alice.put("/api/v1/datasets/" + id + "/metadata", Map.of("version", version, "title",
          "Budget annexe", "theme", "n importe quoi"));
      assertThat(theme.statusCode()).isEqualTo(400);
      assertThat(theme.body()).contains("thème inconnu");
      var frequency = alice.put("/api/v1/datasets/" + id + "/metadata", Map.of("version", version, "title",
          "Budget annexe", "update_frequency", "toutes-les-5-minutes"));
      assertThat(frequency.statusCode()).isEqualTo(400);
      assertThat(frequency.body()).contains("fréquence de mise à jour inconnue");
      var edited = alice.put("/api/v1/datasets/" + id + "/metadata", Map.of("version", version, "title",
          "Budget annexe", "description", "Nouvelle description", "theme", "Économie et finances",
          "update_frequency", "annuelle", "keywords", List.of("budget", " ", "Budget", "annexe")));
      assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
      JsonNode after = Api.json(alice.get("/api/v1/datasets/" + id));
      assertThat(after.get("version").asInt()).isEqualTo(version + 1);
      assertThat(after.get("keywords").toString()).isEqualTo("[\"budget\",\"annexe\"]");
      var stale = alice.put("/api/v1/datasets/" + id + "/metadata", Map.of("version", version, "title", "Autre"));
      assertThat(stale.statusCode()).as("an edit from a stale page").isEqualTo(409);
      assertThat(Api.as("bruno").put("/api/v1/datasets/" + id + "/metadata", Map.of("version", 1, "title", "X"))
          .statusCode()).isEqualTo(404);

      // a schema Trino keeps for itself would hide the table: refused, nothing moved
      var reserved = alice.post("/api/v1/datasets/" + id + "/rename", Map.of("domain", "information_schema",
          "table", "budget"));
      assertThat(reserved.statusCode()).as(reserved.body()).isEqualTo(400);
      assertThat(reserved.body()).contains("réservé");

      String renamed = "budget_annexe_" + Long.toHexString(System.nanoTime());
      var moved = alice.post("/api/v1/datasets/" + id + "/rename", Map.of("domain", datasets.schema(), "table",
          renamed));
      assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
      assertThat(Api.json(moved).path("id").asString()).as("the id survives the rename").isEqualTo(id);
      assertThat(admin("SELECT count(*) FROM " + datasets.trinoName(renamed))).isEqualTo("30");
      assertThat(dataset.path("id").asString()).isEqualTo(id);

      assertThat(Api.json(alice.post("/api/v1/datasets/" + id + "/archive", Map.of())).path("state").asString())
          .isEqualTo("archived");
      assertThat(Api.json(alice.post("/api/v1/datasets/" + id + "/restore", Map.of())).path("state").asString())
          .isEqualTo("active");

      String location = admin("SELECT regexp_replace(file_path, '/data/.*$', '') FROM "
          + metadata(datasets.trinoName(renamed), "files") + " LIMIT 1");
      assertThat(alice.delete("/api/v1/datasets/" + id + "?confirm=non").statusCode()).isEqualTo(400);
      assertThat(alice.delete("/api/v1/datasets/" + id + "?confirm=" + id).statusCode()).isEqualTo(204);
      assertThat(alice.get("/api/v1/datasets/" + id).statusCode()).isEqualTo(404);
      assertThat(Files.exists(Path.of(URI.create(location)))).as("the table's folder is gone").isFalse();
    }
  }

  private static String metadata(String table, String kind) {
    int last = table.lastIndexOf('.');
    return table.substring(0, last + 1) + "\"" + table.substring(last + 1) + "$" + kind + "\"";
  }

  private String admin(String sql) throws SQLException {
    try (Connection connection = stack.trinoAs("admin"); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private long publicCount(String table, String condition) throws SQLException {
    try (Connection connection = stack.trinoAsPublic(); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table + " WHERE " + condition)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private boolean refusedPublicQuery(String sql) {
    try (Connection connection = stack.trinoAsPublic(); Statement statement = connection.createStatement()) {
      statement.executeQuery(sql).close();
      return false;
    } catch (SQLException e) {
      return true;
    }
  }

  private boolean refusedQuery(String sql) {
    try {
      admin(sql);
      return false;
    } catch (SQLException e) {
      return true;
    }
  }
}
