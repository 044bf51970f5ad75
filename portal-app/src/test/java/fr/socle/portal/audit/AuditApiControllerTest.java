package fr.socle.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuditApiControllerTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Entries stored before snapshot ids were written as strings read as the new ones do, exactly. */
  @Test
  void snapshotIdsOfOlderEntriesComeOutAsExactStrings() {
    JsonNode scan = AuditApiController.snapshotIdsAsText("classification.scanned",
        JSON.readTree("{\"snapshot\": 8831754413958425338, \"rows\": 400}"));
    JsonNode download = AuditApiController.snapshotIdsAsText(AuditEntry.Kinds.DOWNLOAD,
        JSON.readTree("{\"version\": 6980972898871600864, \"rows\": 3}"));
    JsonNode metadata = AuditApiController.snapshotIdsAsText("dataset.metadata",
        JSON.readTree("{\"version\": 3}"));

    assertThat(scan.get("snapshot").isString()).isTrue();
    assertThat(scan.get("snapshot").asString()).isEqualTo("8831754413958425338");
    assertThat(scan.get("rows").isNumber()).isTrue();
    assertThat(download.get("version").asString()).isEqualTo("6980972898871600864");
    // a metadata version is a small count, not a snapshot id: left a number
    assertThat(metadata.get("version").isNumber()).isTrue();
  }
}
