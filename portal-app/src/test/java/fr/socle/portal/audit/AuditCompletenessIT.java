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
          try (ResultSet rs = statement.executeQuery("SELECT '" + marker + "'")) {
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
