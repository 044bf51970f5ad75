package fr.socle.trino.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventJsonTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Instant CREATED = Instant.parse("2026-12-04T10:00:00.123Z");

  private static AuditEvent event(String sql, AuditEvent.Completion completion) {
    return new AuditEvent("20261204_100000_00001_abcde", sql, null, completion == null ? "QUEUED" : "FINISHED",
        List.of(new AuditEvent.Table("internal", "voirie", "signalements_citoyens",
            List.of("(\"quartier\" IN ('Centre-Ville'))"),
            List.of(new AuditEvent.Mask("email_declarant", "CAST(null AS varchar)")))),
        "chloe", "chloe", "chloe", "socle", "internal", null, CREATED, completion);
  }

  @Test
  void aCreatedEventCarriesWhoAndWhatInTrinosShape() {
    JsonNode json = JSON.readTree(EventJson.write(event("SELECT 1", null)));

    assertThat(json.at("/metadata/queryId").asString()).isEqualTo("20261204_100000_00001_abcde");
    assertThat(json.at("/metadata/query").asString()).isEqualTo("SELECT 1");
    assertThat(json.at("/metadata/queryState").asString()).isEqualTo("QUEUED");
    assertThat(json.at("/metadata/tables/0/table").asString()).isEqualTo("signalements_citoyens");
    assertThat(json.at("/metadata/tables/0/filters/0").asString()).isEqualTo("(\"quartier\" IN ('Centre-Ville'))");
    assertThat(json.at("/metadata/tables/0/columns/0/column").asString()).isEqualTo("email_declarant");
    assertThat(json.at("/metadata/tables/0/columns/0/mask").asString()).isEqualTo("CAST(null AS varchar)");
    assertThat(json.at("/context/user").asString()).isEqualTo("chloe");
    assertThat(json.at("/context/catalog").asString()).isEqualTo("internal");
    assertThat(json.at("/createTime").asString()).isEqualTo("2026-12-04T10:00:00.123Z");
    // absent, not null: the decision point tells a completion by its statistics or end time
    assertThat(json.has("statistics")).isFalse();
    assertThat(json.has("endTime")).isFalse();
    assertThat(json.at("/metadata").has("preparedQuery")).isFalse();
    assertThat(json.at("/context").has("schema")).isFalse();
  }

  @Test
  void aCompletedEventCarriesTheOutcomeWithDurationsInSeconds() {
    var failed = new AuditEvent.Completion(CREATED.plusSeconds(2), 0, Duration.ofMillis(1058), Duration.ofMillis(2),
        "PERMISSION_DENIED", "Access Denied: Cannot select from table internal.rh.agents");
    JsonNode json = JSON.readTree(EventJson.write(event("SELECT * FROM internal.rh.agents", failed)));

    assertThat(json.at("/endTime").asString()).isEqualTo("2026-12-04T10:00:02.123Z");
    assertThat(json.at("/statistics/outputRows").asLong()).isZero();
    assertThat(json.at("/statistics/wallTime").asString()).isEqualTo("1.058");
    assertThat(json.at("/statistics/cpuTime").asString()).isEqualTo("0.002");
    assertThat(json.at("/failureInfo/errorCode/name").asString()).isEqualTo("PERMISSION_DENIED");
    assertThat(json.at("/failureInfo/failureMessage").asString()).startsWith("Access Denied");

    var finished = new AuditEvent.Completion(CREATED.plusSeconds(1), 42, Duration.ZERO, Duration.ZERO, null, null);
    assertThat(JSON.readTree(EventJson.write(event("SELECT 1", finished))).has("failureInfo")).isFalse();
  }

  @Test
  void anyStatementTextSurvivesTheRoundTrip() {
    String sql = "SELECT '\"quoted\"', 'back\\slash', 'é€😀', 'nul\u0000', 'tab\tnew\nline' -- \u2028";
    JsonNode json = JSON.readTree(EventJson.write(event(sql, null)));

    assertThat(json.at("/metadata/query").asString()).isEqualTo(sql);
  }
}
