package fr.socle.portal.access;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.testing.Stack;
import fr.socle.policies.access.Visibility;
import fr.socle.portal.testing.Api;
import fr.socle.portal.testing.ItDatasets;
import fr.socle.portal.testing.ItPortal;
import fr.socle.portal.testing.PortalSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * A partner's governed view: chloe asks for three columns of a dataset discoverable by partners, dora approves
 * them on two communes only, and the page preview, the records API and the CSV export then return exactly what
 * Trino returns to chloe's own token; once revoked, the API denies within seconds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GrantedViewIT {
  private static final List<String> GRANTED = List.of("id", "commune", "montant");

  private static ItDatasets datasets;
  private static String id;
  private static String grantId;

  @BeforeAll
  static void createDataset() {
    datasets = new ItDatasets();
    id = datasets.create(ItDatasets.budget("mobilite", "finances", "alice", Visibility.DISCOVERABLE, true));
    ItDatasets.awaitStatus(Api.as("alice"), "/api/v1/datasets/" + id + "/records?limit=1", 200);
  }

  @AfterAll
  static void dropDataset() {
    if (datasets != null) {
      datasets.close();
    }
  }

  @Test
  @Order(1)
  void requestApprovedThroughTheApiOpensExactlyTheGrantedRowsAndColumnsEverywhere() throws Exception {
    Api chloe = Api.as("chloe");
    Api dora = Api.as("dora");
    assertThat(chloe.get("/api/v1/datasets/" + id + "/records").statusCode()).isEqualTo(403);

    HttpResponse<String> asked = chloe.post("/api/v1/requests", Map.of("dataset", id, "columns", GRANTED,
        "purpose", "étude des mobilités", "duration_days", 30));
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
    String requestId = Api.json(asked).path("id").asString();
    assertThat(Api.json(dora.get("/api/v1/requests")).path("to_decide").toString()).contains(requestId);
    HttpResponse<String> approved = dora.post("/api/v1/requests/" + requestId + "/approve", Map.of(
        "columns", GRANTED,
        "row_filters", List.of(Map.of("column", "commune", "operator", "IN", "values", List.of("A", "B"))),
        "expires_on", LocalDate.now().plusDays(30).toString(),
        "agreement", "Convention labo-mobilité 2026"));
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(201);
    grantId = Api.json(approved).path("id").asString();
    ItDatasets.awaitStatus(chloe, "/api/v1/datasets/" + id + "/records?limit=1", 200);

    List<List<String>> trino = trinoAsChloe("SELECT id, commune, montant FROM " + datasets.trinoName("mobilite")
        + " ORDER BY id");
    assertThat(trino).hasSize(20).allSatisfy(row -> assertThat(row.get(1)).isIn("A", "B"));
    // statistics and the table's definition would tell of the rows and columns outside her grant: they do not
    for (List<String> stat : trinoAsChloe("SHOW STATS FOR " + datasets.trinoName("mobilite"))) {
      assertThat(stat.subList(1, stat.size())).as("statistics of %s", stat.getFirst()).containsOnly("null");
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> trinoAsChloe("SHOW CREATE TABLE "
        + datasets.trinoName("mobilite"))).hasMessageContaining("Access Denied");

    JsonNode records = Api.json(chloe.get("/api/v1/datasets/" + id + "/records?limit=1000&order_by=id"));
    // an order it cannot read whole is refused, not half followed
    assertThat(chloe.get("/api/v1/datasets/" + id + "/records?order_by=id%20desc%20nulls").statusCode())
        .isEqualTo(400);
    assertThat(Api.json(chloe.get("/api/v1/datasets/" + id + "/records?order_by=-id&limit=1")).path("results")
        .get(0).path("id").asLong()).isGreaterThan(records.path("results").get(0).path("id").asLong());
    assertThat(records.path("total_count").asLong()).isEqualTo(20);

    // a column the grant keeps from her reads, when asked for, as one that does not exist
    HttpResponse<String> hidden = chloe.post("/api/v1/requests", Map.of("dataset", id, "columns",
        List.of("service"), "purpose", "étude des mobilités", "duration_days", 30));
    HttpResponse<String> missing = chloe.post("/api/v1/requests", Map.of("dataset", id, "columns",
        List.of("nope"), "purpose", "étude des mobilités", "duration_days", 30));
    assertThat(hidden.statusCode()).isEqualTo(400);
    assertThat(hidden.body()).isEqualTo(missing.body());
    List<List<String>> api = new ArrayList<>();
    for (JsonNode record : records.path("results")) {
      assertThat(record.propertyNames()).containsExactlyElementsOf(GRANTED);
      api.add(List.of(record.path("id").asString(), record.path("commune").asString(),
          number(record.path("montant").asDouble())));
    }
    assertThat(api).isEqualTo(trino);

    HttpResponse<byte[]> export = chloe.download("/api/v1/datasets/" + id + "/exports/csv");
    assertThat(export.statusCode()).isEqualTo(200);
    List<String> lines = new String(export.body(), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.getFirst()).isEqualTo("id,commune,montant");
    List<List<String>> csv = lines.subList(1, lines.size()).stream().map(l -> List.of(l.split(",", -1)))
        .sorted((a, b) -> Long.compare(Long.parseLong(a.get(0)), Long.parseLong(b.get(0))))
        .map(r -> List.of(r.get(0), r.get(1), number(Double.parseDouble(r.get(2))))).toList();
    assertThat(csv).isEqualTo(trino);
    // an extract filters as the records do; a column outside the grant is unknown there too
    List<String> extract = new String(chloe.download("/api/v1/datasets/" + id + "/exports/csv?commune=A").body(),
        StandardCharsets.UTF_8).lines().toList();
    assertThat(extract.subList(1, extract.size())).isNotEmpty().allMatch(l -> l.split(",", -1)[1].equals("A"))
        .hasSize((int) trino.stream().filter(r -> r.get(1).equals("A")).count());
    assertThat(chloe.download("/api/v1/datasets/" + id + "/exports/csv?service=x").statusCode()).isEqualTo(400);

    PortalSession page = ItPortal.signIn("chloe");
    String preview = page.get("/espace/jeux/" + id + "?taille=50&tri=id").body();
    assertThat(preview).contains("Lignes 1 à 20 sur 20", "<span>id</span>", "<span>commune</span>",
        "<span>montant</span>", "accès restreint").doesNotContain("<span>service</span>")
        .doesNotContain("<td>C</td>").contains("<td>A</td>", "<td>B</td>");
    assertThat(page.get("/espace/notifications").body()).contains("Vous avez désormais accès");
  }

  @Test
  @Order(2)
  void revokedGrantIsDeniedByTheApiWithinTenSeconds() throws Exception {
    Api chloe = Api.as("chloe");
    // the grantee may not revoke it, and is told no more than for an id that names nothing
    HttpResponse<String> byGrantee = chloe.delete("/api/v1/grants/" + grantId + "?reason=essai");
    assertThat(byGrantee.statusCode()).isEqualTo(404);
    assertThat(Api.json(byGrantee).path("detail")).isEqualTo(Api.json(chloe.delete("/api/v1/grants/"
        + java.util.UUID.randomUUID() + "?reason=essai")).path("detail"));
    HttpResponse<String> revoked = Api.as("dora").delete("/api/v1/grants/" + grantId + "?reason=fin%20de%20l%27%C3%A9tude");
    assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(204);
    Instant start = Instant.now();

    ItDatasets.await(Duration.ofSeconds(10),
        () -> chloe.get("/api/v1/datasets/" + id + "/records").statusCode() == 403);

    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    assertThat(chloe.download("/api/v1/datasets/" + id + "/exports/csv").statusCode()).isEqualTo(403);
    ItDatasets.await(Duration.ofSeconds(10), () -> {
      try {
        trinoAsChloe("SELECT id FROM " + datasets.trinoName("mobilite"));
        return false;
      } catch (SQLException denied) {
        return denied.getMessage().contains("Access Denied");
      }
    });
    assertThat(Api.json(chloe.get("/api/v1/grants")).path("held").toString()).contains("\"revoked_by\":\"dora\"");
  }

  private static List<List<String>> trinoAsChloe(String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Connection connection = Stack.get().trinoAs("chloe"); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          Object value = rs.getObject(i);
          row.add(value instanceof Double d ? number(d) : String.valueOf(value));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static String number(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
