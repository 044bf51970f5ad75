package fr.socle.portal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.policies.access.Visibility;
import fr.socle.portal.testing.Api;
import fr.socle.portal.testing.ItDatasets;
import fr.socle.portal.testing.ItPortal;
import fr.socle.portal.testing.PortalSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The SQL console and its API against the real stack: reads only, the person's rights, paging, cancel, quota. */
class SqlConsoleIT {
  private static ItDatasets datasets;
  private static String table;
  private static String datasetId;

  @BeforeAll
  static void createDataset() {
    datasets = new ItDatasets();
    String id = datasets.create(ItDatasets.budget("budget", "finances", "alice", Visibility.CONFIDENTIAL, false));
    table = datasets.trinoName("budget");
    datasetId = id;
    ItDatasets.awaitStatus(Api.as("alice"), "/api/v1/datasets/" + id + "/records?limit=1", 200);
  }

  @AfterAll
  static void dropDataset() {
    if (datasets != null) {
      datasets.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      DROP TABLE {t}                                                     | DROP TABLE
      INSERT INTO {t} (id) VALUES (99)                                   | INSERT
      CALL system.runtime.kill_query(query_id => 'x', message => 'y')   | CALL
      """)
  void writesAndCallsAreRefusedWithAClearMessage(String sql, String kind) {
    HttpResponse<String> response = Api.as("alice").post("/api/v1/sql", Map.of("sql", sql.replace("{t}", table)));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    JsonNode problem = Api.json(response);
    assertThat(problem.path("type").asString()).endsWith("/requete-not-read-only");
    assertThat(problem.path("detail").asString()).endsWith("instruction " + kind + " refusée");
  }

  @Test
  void aMissingTableAndAConfidentialOneReadTheSame() {
    Api bruno = Api.as("bruno");

    JsonNode confidential = Api.json(bruno.post("/api/v1/sql", Map.of("sql", "SELECT * FROM " + table)));
    JsonNode missingTable = Api.json(bruno.post("/api/v1/sql", Map.of("sql", "SELECT * FROM "
        + table.replace("budget", "nope"))));
    JsonNode missingSchema = Api.json(bruno.post("/api/v1/sql", Map.of("sql",
        "SELECT * FROM internal.it_ui_nope.nope")));
    JsonNode missingColumn = Api.json(Api.as("alice").post("/api/v1/sql", Map.of("sql", "SELECT nope FROM " + table)));
    JsonNode describe = Api.json(bruno.post("/api/v1/sql", Map.of("sql", "DESCRIBE " + table)));
    // Trino resolves a version before it checks access: its errors must not tell that the table exists
    JsonNode byVersion = Api.json(bruno.post("/api/v1/sql", Map.of("sql", "SELECT 1 FROM " + table
        + " FOR VERSION AS OF 'x'")));
    JsonNode byTime = Api.json(bruno.post("/api/v1/sql", Map.of("sql", "SELECT 1 FROM " + table
        + " FOR TIMESTAMP AS OF TIMESTAMP '2000-01-01 00:00:00 UTC'")));

    // Trino analyses types before it checks access: a type error must not tell the table and its columns exist
    JsonNode typeError = Api.json(bruno.post("/api/v1/sql", Map.of("sql", "SELECT commune + 1 FROM " + table)));
    JsonNode versionType = Api.json(bruno.post("/api/v1/sql", Map.of("sql", "SELECT 1 FROM " + table
        + " FOR VERSION AS OF 1")));

    for (JsonNode other : new JsonNode[] {missingTable, missingSchema, missingColumn, describe, byVersion, byTime,
        typeError, versionType}) {
      assertThat(other.path("detail")).isEqualTo(confidential.path("detail"));
      assertThat(other.path("type")).isEqualTo(confidential.path("type"));
    }
    assertThat(confidential.path("detail").asString()).isEqualTo(SqlConsole.NOT_FOUND_OR_DENIED)
        .doesNotContain(datasets.schema());
    // the steward, who sees the table, is told what is wrong with her statement
    assertThat(Api.json(Api.as("alice").post("/api/v1/sql", Map.of("sql", "SELECT commune + 1 FROM " + table)))
        .path("detail").asString()).containsIgnoringCase("cannot apply operator");
    JsonNode tables = Api.json(bruno.post("/api/v1/sql", Map.of("sql", "SHOW TABLES FROM internal."
        + datasets.schema())));
    assertThat(tables.path("rows")).isEmpty();
  }

  /**
   * A column outside one's grant reads as a column that does not exist, whatever Trino says first (it analyses
   * types, and table functions check their columns, before it checks access).
   */
  @Test
  void aColumnOutsideOnesGrantReadsLikeAMissingOne() {
    // a schema of its own: bruno's grant must not show in the other tests' listings
    try (ItDatasets own = new ItDatasets()) {
      columnOutsideTheGrant(own);
    }
  }

  private static void columnOutsideTheGrant(ItDatasets own) {
    String id = own.create(ItDatasets.budget("budget_colonnes", "finances", "alice", Visibility.DISCOVERABLE,
        false));
    String restricted = own.trinoName("budget_colonnes");
    HttpResponse<String> granted = Api.as("dora").post("/api/v1/grants", Map.of("dataset", id,
        "grantee", Map.of("kind", "user", "name", "bruno"), "columns", List.of("id", "commune"),
        "purpose", "test de la console", "expires_on", java.time.LocalDate.now().plusDays(2).toString()));
    assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
    Api bruno = Api.as("bruno");
    ItDatasets.awaitStatus(bruno, "/api/v1/datasets/" + id + "/records?limit=1", 200);

    JsonNode missing = Api.json(bruno.post("/api/v1/sql", Map.of("sql", "SELECT nope + 1 FROM " + restricted)));
    for (String sql : List.of("SELECT montant + 'x' FROM " + restricted,
        "SELECT 1 FROM " + restricted + " WHERE montant > 'a'",
        "SELECT * FROM TABLE(exclude_columns(input => TABLE(" + restricted + "), columns => DESCRIPTOR(montant)))",
        // Trino folds look-alike letters as it compares names (a dotless ı is an i)
        "SELECT \"montant\" + 'x' FROM " + restricted, "SELECT \"servıce\" + 1 FROM " + restricted,
        "SELECT 1 FROM " + restricted + " a JOIN (VALUES 1) v(montant) USING (montant)",
        "SELECT 1 FROM " + restricted + " a JOIN (VALUES 1) v(nope) USING (nope)",
        // on a table one reads some columns of, even a visible column's error reads the same: told apart, the
        // answers would tell which names are hidden columns
        "SELECT commune + 1 FROM " + restricted)) {
      JsonNode hidden = Api.json(bruno.post("/api/v1/sql", Map.of("sql", sql)));
      assertThat(hidden.path("detail")).as(sql).isEqualTo(missing.path("detail"));
    }
    assertThat(missing.path("detail").asString()).isEqualTo(SqlConsole.NOT_FOUND_OR_DENIED);
  }

  /** A page of huge texts is refused before it fills the portal's memory, with what to do instead. */
  @Test
  void aPageTooLargeIsRefusedWithWhatToDoInstead() {
    HttpResponse<String> response = Api.as("alice").post("/api/v1/sql", Map.of("sql",
        "SELECT x, array_join(transform(sequence(1, 10000), i -> 'abcdefghij'), '') AS big "
            + "FROM UNNEST(sequence(1, 500)) t(x)"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Api.json(response).path("detail").asString()).startsWith("page trop volumineuse (plus de 16 Mo)");
    assertThat(response.body().length()).isLessThan(10_000);
    // bytes count too, as the hexadecimal they are written as
    assertThat(Api.as("alice").post("/api/v1/sql", Map.of("sql",
        "SELECT to_utf8(lpad('', 40000, 'y')) FROM UNNEST(sequence(1, 500)) u(i)")).statusCode()).isEqualTo(400);
  }

  @Test
  void agentReadsHerDataAndPagesThroughALargeResult() {
    Api alice = Api.as("alice");

    JsonNode sum = Api.json(alice.post("/api/v1/sql", Map.of("sql", "SELECT count(*), sum(montant) FROM " + table)));
    JsonNode first = Api.json(alice.post("/api/v1/sql", Map.of("sql",
        "SELECT x FROM UNNEST(sequence(1, 1200)) AS t(x) ORDER BY x;")));
    JsonNode last = Api.json(alice.post("/api/v1/sql", Map.of("sql",
        "SELECT x FROM UNNEST(sequence(1, 1200)) AS t(x) ORDER BY x", "offset", 1000)));

    assertThat(sum.path("rows").get(0).get(0).asLong()).isEqualTo(30);
    assertThat(sum.path("rows").get(0).get(1).asDouble()).isEqualTo(46500.0);
    assertThat(first.path("rows")).hasSize(500);
    assertThat(first.path("next_offset").asLong()).isEqualTo(500);
    assertThat(first.path("query_id").asString()).isNotBlank();
    assertThat(last.path("rows")).hasSize(200);
    assertThat(last.path("rows").get(0).get(0).asLong()).isEqualTo(1001);
    assertThat(last.path("next_offset").isNull()).isTrue();
  }

  @Test
  void aRunningStatementIsCancelledByItsRunId() throws Exception {
    Api alice = Api.as("alice");
    String runId = UUID.randomUUID().toString();
    CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> alice.post("/api/v1/sql",
        Map.of("run_id", runId, "sql", "SELECT count(*) FROM UNNEST(sequence(1, 10000)) a(x) "
            + "CROSS JOIN UNNEST(sequence(1, 10000)) b(y) CROSS JOIN UNNEST(sequence(1, 100)) c(z) "
            + "WHERE (x * y + z) % 7 = 3")));

    ItDatasets.await(Duration.ofSeconds(20),
        () -> running.isDone() || alice.delete("/api/v1/sql/runs/" + runId).statusCode() == 204);
    HttpResponse<String> cancelled = running.get();

    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(409);
    assertThat(Api.json(cancelled).path("type").asString()).endsWith("/requete-cancelled");
    assertThat(alice.delete("/api/v1/sql/runs/" + runId).statusCode()).isEqualTo(404);
  }

  @Test
  void theConsolePageRunsReadsAndExplainsRefusals() {
    PortalSession alice = ItPortal.signIn("alice");

    HttpResponse<String> form = alice.get("/espace/sql");
    assertThat(form.statusCode()).isEqualTo(200);
    // the script is named by its content, so browsers may keep it a year
    assertThat(form.body()).contains("<textarea id=\"sql\"", "name=\"run\"").containsPattern("/js/sql-[0-9a-f]{32}\\.js");
    HttpResponse<String> refused = alice.post("/espace/sql", Map.of("sql", "DROP TABLE " + table));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("instruction DROP TABLE refusée").contains("DROP TABLE " + table);
    HttpResponse<String> read = alice.post("/espace/sql", Map.of("sql", "SELECT commune, count(*) AS n FROM "
        + table + " GROUP BY commune ORDER BY commune"));
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("<span>commune</span>", "<td>A</td>", "<td>10</td>", "Lignes 1 à 3");
  }

  /**
   * The console lists the tables alice may read, and starts a statement with one's first rows; a dataset she may
   * only know of starts nothing, one she may not see is not found.
   */
  @Test
  void theConsoleListsTheReadableTablesAndStartsWithTheirFirstRows() {
    PortalSession alice = ItPortal.signIn("alice");
    String id = datasetId;
    String page = alice.get("/espace/sql").body();
    assertThat(page).contains("<code>" + table + "</code>", "/espace/sql?jeu=" + id)
        .contains("<code>internal.finances.budget_primitif_2026</code>")
        // discoverable but not granted to alice: she may ask for it, not query it
        .doesNotContain("<code>internal.voirie.signalements_citoyens</code>");

    HttpResponse<String> started = alice.get("/espace/sql?jeu=" + id);
    String statement = "SELECT *\nFROM " + table + "\nLIMIT 100";
    assertThat(started.body()).contains(">" + statement + "</textarea>");
    assertThat(alice.post("/espace/sql", Map.of("sql", statement)).body()).contains("Lignes 1 à 30");
    assertThat(alice.get("/espace/jeux/" + id).body()).contains("/espace/sql?jeu=" + id);

    assertThat(alice.get("/espace/sql?jeu=signalements-citoyens").body()).contains("></textarea>");
    assertThat(ItPortal.signIn("bruno").get("/espace/sql?jeu=" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void partnersHaveNoConsole() {
    assertThat(Api.as("chloe").post("/api/v1/sql", Map.of("sql", "SELECT 1")).statusCode()).isEqualTo(403);
    assertThat(ItPortal.signIn("chloe").get("/espace/sql").statusCode()).isEqualTo(403);
  }

  @Test
  void beyondTheQuotaTheApiAnswers429WithRetryAfter() {
    Api dora = Api.as("dora");
    HttpResponse<String> response = null;
    for (int i = 0; i < 30; i++) {
      response = dora.post("/api/v1/sql", Map.of("sql", "SELECT 1"));
      if (response.statusCode() == 429) {
        break;
      }
      assertThat(response.statusCode()).isEqualTo(200);
    }

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
    assertThat(Api.json(response).path("detail").asString()).startsWith("trop de requêtes");
  }
}
