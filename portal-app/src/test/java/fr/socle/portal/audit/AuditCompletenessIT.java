package fr.socle.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.testing.Stack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Trino's event listener drops an event once its retries run out while the sink is down. The audit trail still
 * holds every query: the decision point records each statement when it is decided, and the reconciliation
 * recovers the finished queries whose events were lost.
 */
class AuditCompletenessIT {
  private final Stack stack = Stack.get();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void noQueryIsLostWhileTheEventSinkIsDown() throws Exception {
    String admin = stack.tokenFor("admin");
    List<String> markers = new ArrayList<>();
    setSink(admin, false);
    try {
      try (Connection connection = stack.trinoAs("alice"); Statement statement = connection.createStatement()) {
        for (int i = 0; i < 3; i++) {
          String marker = "audit-marker-" + UUID.randomUUID();
          markers.add(marker);
          // the last reads a dataset of the demo: its reconciled record names it
          try (ResultSet rs = statement.executeQuery("SELECT '" + marker + "'" + (i < 2 ? ""
              : ", count(*) FROM internal.finances.budget_primitif_2026"))) {
            rs.next();
          }
        }
      }
      // The listener retries 5 times with a backoff (1 s base, doubling): let it give up on these events.
      Thread.sleep(45_000);
    } finally {
      setSink(admin, true);
    }
    for (String marker : markers) {
      assertThat(count("kind = 'query.completed' AND details->>'sql' LIKE ?", marker))
          .as("completion events of %s, lost while the sink was down", marker).isZero();
    }

    HttpResponse<String> reconciled = http.send(HttpRequest.newBuilder(
            URI.create(stack.portalUrl() + "/api/v1/admin/audit/reconcile"))
        .header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(reconciled.statusCode()).isEqualTo(200);

    for (String marker : markers) {
      // The scheduled reconciliation may already have run meanwhile; the forced one adds no duplicate.
      assertThat(count("kind = 'query.reconciled' AND actor = 'alice' AND details->>'sql' LIKE ?", marker))
          .as("reconciled record of %s", marker).isEqualTo(1);
    }
    assertThat(count("kind = 'query.reconciled' AND dataset_id = 'budget-primitif-2026' AND details->>'sql' LIKE ?",
        markers.getLast())).as("the dataset the reconciled statement read").isEqualTo(1);
    assertThat(count("kind = 'query.decided' AND actor = 'alice' AND at > now() - interval '5 minutes'", null))
        .as("decision-time records of alice's statements").isGreaterThanOrEqualTo(markers.size());
  }

  /** A NUL character in a statement (PostgreSQL cannot store one) neither denies the statement nor loses its record. */
  @Test
  void aStatementHoldingANulCharacterIsAnsweredAndAudited() throws Exception {
    String marker = "audit-nul-" + UUID.randomUUID();
    try (Connection connection = stack.trinoAs("alice"); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT '" + marker + "\u0000'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo(marker + "\u0000");
    }
    // its completion event (sent by Trino's listener a moment later) holds its text, the NUL made legible
    long recorded = 0;
    for (int i = 0; i < 60 && recorded == 0; i++) {
      Thread.sleep(500);
      recorded = count("kind = 'query.completed' AND actor = 'alice' AND details->>'sql' LIKE ?", marker + "\u2400");
    }
    assertThat(recorded).isEqualTo(1);
  }

  /**
   * A partner's statement is in the trail from its start (created) to its end (completed), with what Trino applied:
   * the row filter of the partner's grant, the rows returned, the dataset read.
   */
  @Test
  void aPartnersStatementIsRecordedWithTheRowFilterTrinoApplied() throws Exception {
    String marker = "audit-filtre-" + UUID.randomUUID();
    int rows = 0;
    try (Connection connection = stack.trinoAs("chloe"); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT categorie, count(*) FROM internal.voirie.signalements_citoyens"
            + " WHERE categorie <> '" + marker + "' GROUP BY categorie")) {
      while (rs.next()) {
        rows++;
      }
    }
    assertThat(rows).isPositive();
    String queryId = null;
    JsonNode details = null;
    for (int i = 0; i < 60 && queryId == null; i++) {
      Thread.sleep(500);
      try (Connection db = DriverManager.getConnection(stack.jdbcUrl("socle"), "socle",
              stack.value("SOCLE_DB_PASSWORD"));
          var statement = db.prepareStatement("SELECT query_id, dataset_id, details::text FROM audit.entry "
              + "WHERE kind = 'query.completed' AND actor = 'chloe' AND details->>'sql' LIKE ?")) {
        statement.setString(1, "%" + marker + "%");
        try (ResultSet rs = statement.executeQuery()) {
          if (rs.next()) {
            queryId = rs.getString(1);
            assertThat(rs.getString(2)).isEqualTo("signalements-citoyens");
            details = tools.jackson.databind.json.JsonMapper.builder().build().readTree(rs.getString(3));
          }
        }
      }
    }
    assertThat(queryId).as("completion of chloe's statement").isNotNull();
    assertThat(details.path("rows").asLong()).isEqualTo(rows);
    assertThat(details.path("state").asString()).isEqualTo("FINISHED");
    assertThat(details.path("wallTime").asString()).isNotEmpty();
    assertThat(details.at("/tables/0/table").asString()).isEqualTo("internal.voirie.signalements_citoyens");
    assertThat(details.at("/tables/0/filters/0").asString()).contains("\"quartier\" IN");
    assertThat(count("kind = 'query.created' AND actor = 'chloe' AND details->>'sql' LIKE ?", marker))
        .as("its creation, recorded too").isEqualTo(1);
  }

  /** A refused attempt to act as someone else is in the trail of whoever tried, not of the person named. */
  @Test
  void aRefusedImpersonationIsRecordedAsItsAuthorsAct() throws Exception {
    String marker = "audit-usurpation-" + UUID.randomUUID();
    try (Connection connection = stack.trino("alice", stack.tokenFor("alice"), "bruno");
        Statement statement = connection.createStatement()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.executeQuery("SELECT '" + marker + "'"))
          .hasMessageContaining("impersonate");
    }
    long recorded = 0;
    for (int i = 0; i < 60 && recorded == 0; i++) {
      Thread.sleep(500);
      recorded = count("kind = 'query.completed' AND actor = 'alice' AND details->>'claimedUser' = 'bruno' "
          + "AND details->>'sql' LIKE ?", marker);
    }
    assertThat(recorded).isEqualTo(1);
    assertThat(count("actor = 'bruno' AND details->>'sql' LIKE ?", marker)).isZero();
    assertThat(count("kind = 'impersonation.denied' AND actor = 'alice' AND details->>'target' = 'bruno' "
        + "AND at > now() - interval '5 minutes'", null)).isPositive();
  }

  /**
   * A data officer asking who read a dataset finds every statement that touched it: one reading it second among
   * others, one reading its metadata table, one refused because the person may not see it, and the statement a BI
   * tool prepared (found by its own text, not only by « EXECUTE s »).
   */
  @Test
  void aSearchByDatasetFindsEveryStatementThatTouchedIt() throws Exception {
    try (fr.socle.portal.testing.ItDatasets datasets = new fr.socle.portal.testing.ItDatasets()) {
      String first = datasets.create(fr.socle.portal.testing.ItDatasets.budget("lu_premier", "finances", "alice",
          fr.socle.policies.access.Visibility.CONFIDENTIAL, false));
      String second = datasets.create(fr.socle.portal.testing.ItDatasets.budget("lu_second", "finances", "alice",
          fr.socle.policies.access.Visibility.CONFIDENTIAL, false));
      fr.socle.portal.testing.ItDatasets.awaitStatus(fr.socle.portal.testing.Api.as("alice"),
          "/api/v1/datasets/" + second + "/records?limit=1", 200);
      String marker = "audit-lecteurs-" + UUID.randomUUID().toString().substring(0, 8);
      String both = "SELECT count(*) FROM " + datasets.trinoName("lu_premier") + " CROSS JOIN "
          + datasets.trinoName("lu_second") + " /* " + marker + "-jointure */";
      String[] parts = datasets.trinoName("lu_second").split("\\.");
      String files = "SELECT count(*) FROM " + parts[0] + "." + parts[1] + ".\"" + parts[2] + "$files\" /* " + marker
          + "-fichiers */";
      try (Connection alice = stack.trinoAs("alice"); Statement statement = alice.createStatement()) {
        for (String sql : List.of(both, files)) {
          try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
          }
        }
      }
      java.util.Properties prepared = new java.util.Properties();
      prepared.setProperty("user", "alice");
      prepared.setProperty("accessToken", stack.tokenFor("alice"));
      prepared.setProperty("SSL", "true");
      prepared.setProperty("SSLTrustStorePath", stack.trinoTruststore());
      prepared.setProperty("explicitPrepare", "true");
      try (Connection bi = DriverManager.getConnection(stack.trinoJdbcUrl(), prepared);
          var statement = bi.prepareStatement("SELECT count(*) FROM " + datasets.trinoName("lu_second")
              + " WHERE commune = ? AND service <> '" + marker + "-prepare'")) {
        // Trino keeps a prepared statement as it formats it (comments dropped): the marker is a literal
        statement.setString(1, "A");
        try (ResultSet rs = statement.executeQuery()) {
          rs.next();
        }
      }
      try (Connection bruno = stack.trinoAs("bruno"); Statement statement = bruno.createStatement()) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM "
            + datasets.trinoName("lu_second") + " /* " + marker + "-refus */"));
        // the statement inside EXECUTE IMMEDIATE's literal
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.executeQuery("EXECUTE IMMEDIATE 'SELECT * FROM "
            + datasets.trinoName("lu_second") + " /* " + marker + "-immediat */'"));
      }

      List<String> found = List.of();
      for (int i = 0; i < 60 && found.size() < 5; i++) {
        Thread.sleep(500);
        JsonNode results = fr.socle.portal.testing.Api.json(fr.socle.portal.testing.Api.as("dora").get(
            "/api/v1/audit?kind=query.completed&dataset=" + second + "&q=" + marker)).path("results");
        List<String> summaries = new ArrayList<>();
        results.forEach(entry -> summaries.add(entry.path("actor").asString() + " " + entry.path("summary").asString()));
        found = summaries;
      }
      assertThat(found).hasSize(5).anyMatch(e -> e.startsWith("bruno") && e.contains(marker + "-immediat"))
          .anyMatch(e -> e.startsWith("alice") && e.contains(marker + "-jointure"))
          .anyMatch(e -> e.startsWith("alice") && e.contains(marker + "-fichiers"))
          .anyMatch(e -> e.startsWith("alice") && e.contains("préparée : SELECT count(*)")
              && e.contains(marker + "-prepare"))
          .anyMatch(e -> e.startsWith("bruno") && e.contains(marker + "-refus"));
    }
  }

  @Test
  void onlyAdminOperatesTheSink() throws Exception {
    HttpResponse<String> asDora = http.send(HttpRequest.newBuilder(
            URI.create(stack.portalUrl() + "/api/v1/admin/audit/sink"))
        .header("Authorization", "Bearer " + stack.tokenFor("dora"))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"accepting\":false}")).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(asDora.statusCode()).isEqualTo(404);
  }

  private long count(String where, String marker) throws Exception {
    try (Connection db = DriverManager.getConnection(stack.jdbcUrl("socle"), "socle", stack.value("SOCLE_DB_PASSWORD"));
        var statement = db.prepareStatement("SELECT count(*) FROM audit.entry WHERE " + where)) {
      if (marker != null) {
        statement.setString(1, "%" + marker + "%");
      }
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private void setSink(String token, boolean accepting) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
            URI.create(stack.portalUrl() + "/api/v1/admin/audit/sink"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"accepting\":" + accepting + "}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }
}
