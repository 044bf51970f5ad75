package fr.socle.portal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.lakehouse.testing.Stack;
import fr.socle.policies.access.Visibility;
import fr.socle.portal.testing.Api;
import fr.socle.portal.testing.ItDatasets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What Trino itself refuses, whoever asks and however they connect: the public sees the open tier only, nobody
 * writes at a chosen location, metadata tables and time travel do not bypass row filters and masks, people do not
 * see or kill each other's queries nor change system settings, and a revocation stops running queries.
 */
class EngineSecurityIT {
  private static final Stack STACK = Stack.get();
  private static ItDatasets datasets;
  private static String table;
  private static String datasetId;

  @BeforeAll
  static void createAGrantedDataset() {
    datasets = new ItDatasets();
    datasetId = datasets.create(ItDatasets.budget("mesures", "voirie", "ines", Visibility.CONFIDENTIAL, false));
    table = datasets.trinoName("mesures");
    datasets.append("mesures", "SELECT CAST(100 + i AS bigint), 'voirie', 'A', 1.0, DATE '2026-06-01', 47.4, 0.7 "
        + "FROM UNNEST(sequence(1, 5)) AS t(i)");
  }

  @AfterAll
  static void dropIt() {
    datasets.close();
  }

  @Test
  void publicPrincipalSeesTheOpenCatalogOnly() throws SQLException {
    try (Connection connection = STACK.trino("service-account-socle-public", STACK.publicServiceToken())) {
      assertThat(column(connection, "SHOW CATALOGS")).containsExactly("open");
      assertThatThrownBy(() -> column(connection, "SELECT count(*) FROM " + table)).isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> column(connection, "SELECT count(*) FROM system.runtime.nodes"))
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void nobodyCreatesATableAtAChosenLocationNorRegistersFiles() throws SQLException {
    try (Connection admin = STACK.trinoAs("admin"); Connection alice = STACK.trinoAs("alice")) {
      assertThatThrownBy(() -> execute(admin, "CREATE TABLE internal." + datasets.schema()
          + ".ailleurs WITH (location = 'file:///tmp/socle-evil') AS SELECT 1 AS x"))
          .hasMessageContaining("Access Denied");
      assertThatThrownBy(() -> execute(admin, "CALL internal.system.register_table(schema_name => '"
          + datasets.schema() + "', table_name => 'vol', table_location => 'file:///etc')"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> execute(alice, "CREATE TABLE internal.finances.mienne AS SELECT 1 AS x"))
          .hasMessageContaining("Access Denied");
      assertThatThrownBy(() -> execute(alice, "DELETE FROM " + table)).isInstanceOf(SQLException.class);
    }
  }

  @Test
  void restrictedReadersGetNoMetadataTablesAndTimeTravelKeepsTheirFilter() throws Exception {
    long first = snapshots().getFirst();
    grant(Map.of("dataset", datasetId, "grantee", Map.of("kind", "user", "name", "chloe"),
        "columns", List.of("id", "commune"), "row_filters", List.of(Map.of("column", "commune", "operator", "EQUALS",
            "values", List.of("A")))));
    try (Connection chloe = STACK.trinoAs("chloe"); Connection ines = STACK.trinoAs("ines")) {
      ItDatasets.await(Duration.ofSeconds(10), () -> readable(chloe, "SELECT count(*) FROM " + table));
      assertThat(column(chloe, "SELECT DISTINCT commune FROM " + table)).containsExactly("A");
      assertThat(column(chloe, "SELECT DISTINCT commune FROM " + table + " FOR VERSION AS OF " + first))
          .containsExactly("A");
      assertThat(column(chloe, "SELECT count(*) FROM " + table + " FOR VERSION AS OF " + first)).containsExactly("10");
      for (String metadata : List.of("$snapshots", "$files", "$partitions", "$history", "$manifests", "$refs")) {
        assertThatThrownBy(() -> column(chloe, "SELECT * FROM \"" + table.replace(".", "\".\"") + metadata + "\""))
            .as(metadata).isInstanceOf(SQLException.class);
      }
      assertThatThrownBy(() -> column(chloe, "SELECT montant FROM " + table)).hasMessageContaining("Access Denied");
      // A column outside the grant carries no mask: naming it anywhere, or a hidden column, is refused instead.
      assertThatThrownBy(() -> column(chloe, "SELECT count(*) FROM " + table + " WHERE montant > 0"))
          .hasMessageContaining("Access Denied");
      assertThatThrownBy(() -> column(chloe, "SELECT \"$path\" FROM " + table)).hasMessageContaining("Access Denied");
      // The producing service reads everything, metadata tables included.
      assertThat(column(ines, "SELECT count(*) FROM \"" + table.replace(".", "\".\"") + "$snapshots\""))
          .containsExactly("2");
    }
  }

  /**
   * A grant may filter on a column it does not open: Trino evaluates that filter, and the mask of a column opened on
   * fewer rows, as the platform principal, so the reader gets exactly the rows without the column.
   */
  @Test
  void aFilterOnAColumnOutsideTheGrantStillFiltersAndStaysHidden() throws Exception {
    Map<String, Object> bruno = Map.of("kind", "user", "name", "bruno");
    grant(Map.of("dataset", datasetId, "grantee", bruno, "columns", List.of("id", "montant"),
        "row_filters", List.of(Map.of("column", "commune", "operator", "EQUALS", "values", List.of("B")))));
    grant(Map.of("dataset", datasetId, "grantee", bruno, "columns", List.of("id"),
        "row_filters", List.of(Map.of("column", "commune", "operator", "EQUALS", "values", List.of("C")))));
    try (Connection connection = STACK.trinoAs("bruno"); Connection admin = STACK.trinoAs("admin")) {
      String counts = "SELECT count(*), count(montant), sum(montant) FROM " + table;
      ItDatasets.await(Duration.ofSeconds(10), () -> readable(connection, counts));
      List<String> expected = row(admin, "SELECT count(*), count_if(commune = 'B'), sum(montant) FILTER"
          + " (WHERE commune = 'B') FROM " + table + " WHERE commune IN ('B', 'C')");
      assertThat(expected.get(1)).as("the mask hides montant on some rows").isNotIn("0", expected.get(0));
      assertThat(row(connection, counts)).isEqualTo(expected);
      assertThatThrownBy(() -> column(connection, "SELECT commune FROM " + table))
          .hasMessageContaining("Access Denied");
      assertThatThrownBy(() -> column(connection, "SELECT count(*) FROM " + table + " WHERE commune = 'A'"))
          .hasMessageContaining("Access Denied");
    }
  }

  @Test
  void peopleSeeAndKillOnlyTheirOwnQueriesAndCannotChangeSystemSettings() throws Exception {
    try (Connection alice = STACK.trinoAs("alice"); Connection bruno = STACK.trinoAs("bruno");
        Connection admin = STACK.trinoAs("admin")) {
      String marker = "secret-" + System.nanoTime();
      execute(bruno, "SELECT '" + marker + "'");
      List<String> seenByAlice = column(alice, "SELECT query FROM system.runtime.queries");
      assertThat(seenByAlice).noneMatch(sql -> sql.contains(marker));
      assertThat(column(admin, "SELECT query FROM system.runtime.queries")).anyMatch(sql -> sql.contains(marker));
      String brunoQuery = column(admin, "SELECT query_id FROM system.runtime.queries WHERE \"user\" = 'bruno' "
          + "AND query LIKE '%" + marker + "%' AND query NOT LIKE '%system.runtime%'").getFirst();
      assertThatThrownBy(() -> execute(alice, "CALL system.runtime.kill_query(query_id => '" + brunoQuery + "')"))
          .hasMessageContaining("Access Denied");
      assertThatThrownBy(() -> execute(alice, "SET SESSION query_max_run_time = '10h'"))
          .hasMessageContaining("Access Denied");
    }
  }

  @Test
  void revocationStopsRunningQueriesAndNewStatementsOnAnOpenConnection() throws Exception {
    String grantId = grant(Map.of("dataset", datasetId, "grantee", Map.of("kind", "user", "name", "bruno"),
        "purpose", "test de révocation"));
    try (Connection bruno = STACK.trinoAs("bruno")) {
      ItDatasets.await(Duration.ofSeconds(10), () -> readable(bruno, "SELECT count(*) FROM " + table));
      CompletableFuture<String> running = runningQueryOfBruno();

      long revokedAt = System.nanoTime();
      assertThat(Api.as("dora").delete("/api/v1/grants/" + grantId + "?reason=fin+du+besoin").statusCode())
          .isEqualTo(204);
      String outcome = running.get(10, TimeUnit.SECONDS);
      assertThat(outcome).containsIgnoringCase("révoqué");
      ItDatasets.await(Duration.ofSeconds(10), () -> !readable(bruno, "SELECT count(*) FROM " + table));
      assertThat((System.nanoTime() - revokedAt) / 1_000_000_000).isLessThanOrEqualTo(10);
    }
  }

  /** An expiry works as a revocation: running queries killed, new statements denied within seconds, both told. */
  @Test
  void expiryStopsRunningQueriesAndNewStatementsAndIsTold() throws Exception {
    String grantId = grant(Map.of("dataset", datasetId, "grantee", Map.of("kind", "user", "name", "bruno"),
        "purpose", "test d'expiration"));
    try (Connection bruno = STACK.trinoAs("bruno")) {
      ItDatasets.await(Duration.ofSeconds(10), () -> readable(bruno, "SELECT count(*) FROM " + table));
      CompletableFuture<String> running = runningQueryOfBruno();

      // the grant ends two seconds from now (a date chosen in the form ends at midnight: too long to wait)
      datasets.jdbc().update("UPDATE portal.access_grant SET expires_at = now() + interval '2 seconds' "
          + "WHERE id = CAST(? AS uuid)", grantId);
      long expiresAt = System.nanoTime() + 2_000_000_000L;
      assertThat(running.get(15, TimeUnit.SECONDS)).containsIgnoringCase("expiré");
      ItDatasets.await(Duration.ofSeconds(12), () -> !readable(bruno, "SELECT count(*) FROM " + table));
      assertThat((System.nanoTime() - expiresAt) / 1_000_000_000).isLessThanOrEqualTo(10);
    }
    ItDatasets.await(Duration.ofSeconds(10), () -> fr.socle.portal.testing.ItPortal.signIn("bruno")
        .get("/espace/notifications").body().contains("a pris fin le"));
    assertThat(fr.socle.portal.testing.ItPortal.signIn("dora").get("/espace/notifications").body())
        .contains("a pris fin le");
  }

  /** A statement of bruno's on the table still running three seconds later; it ends with its error message. */
  private static CompletableFuture<String> runningQueryOfBruno() throws InterruptedException {
    CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> {
      try (Connection other = STACK.trinoAs("bruno")) {
        // Endless enough: a cross join of the table with itself six times over.
        column(other, "SELECT count(*) FROM " + table + " a, " + table + " b, " + table + " c, " + table + " d, "
            + table + " e, " + table + " f WHERE a.montant + f.montant > 0");
        return "finished";
      } catch (SQLException e) {
        return e.getMessage();
      }
    });
    Thread.sleep(3_000);
    assertThat(running).isNotDone();
    return running;
  }

  private static String grant(Map<String, Object> body) {
    Map<String, Object> full = new java.util.HashMap<>(body);
    full.putIfAbsent("purpose", "test des contrôles de Trino");
    full.putIfAbsent("expires_on", java.time.LocalDate.now().plusDays(2).toString());
    full.putIfAbsent("agreement", "convention de test");
    var response = Api.as("dora").post("/api/v1/grants", full);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Api.json(response).path("id").asString();
  }

  private static List<Long> snapshots() throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection admin = STACK.trinoAs("admin")) {
      for (String id : column(admin, "SELECT snapshot_id FROM \"" + table.replace(".", "\".\"")
          + "$snapshots\" ORDER BY committed_at")) {
        ids.add(Long.parseLong(id));
      }
    }
    return ids;
  }

  private static boolean readable(Connection connection, String sql) {
    try {
      column(connection, sql);
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static List<String> row(Connection connection, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      assertThat(rs.next()).isTrue();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        values.add(rs.getString(i));
      }
    }
    return values;
  }

  private static List<String> column(Connection connection, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
