package fr.socle.lakehouse.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Retraction removes public access on every channel at once: Trino as the public principal, time travel to an old
 * version, the public state the downloads check. After a leak every copy is purged (table files, exports). A
 * tombstone stays; the internal table keeps its rows; a later promotion publishes again, without the old versions.
 */
class RetractionIT {
  private static PromotionFixture fixture;

  @BeforeAll
  static void start() throws Exception {
    fixture = new PromotionFixture("retract");
    fixture.createReports("nouvelle_decision");
    fixture.createReports("fuite");
  }

  @AfterAll
  static void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void aRetractionOnANewDecisionRemovesEveryPublicChannelAndLeavesATombstone() throws Exception {
    PromotionOutcome.Published v1 = publish("nouvelle_decision");
    fixture.appendReports("nouvelle_decision", "-r", 50);
    publish("nouvelle_decision");
    String id = fixture.id("nouvelle_decision");
    String table = "open." + fixture.namespace + ".nouvelle_decision";

    fixture.promotions.retract(id, PublishedDataset.Reason.DECISION, "reclassée non communicable", "dora", 2);

    assertThatThrownBy(() -> fixture.publicQuery("SELECT count(*) FROM " + table)).isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> fixture.publicQuery("SELECT count(*) FROM " + table + " FOR VERSION AS OF "
        + v1.snapshotId())).isInstanceOf(SQLException.class);
    PublishedDataset state = fixture.promotions.publications().find(id).orElseThrow();
    assertThat(state.isPublic()).isFalse();
    assertThat(state.tombstone()).satisfies(t -> {
      assertThat(t.reason()).isEqualTo(PublishedDataset.Reason.DECISION);
      assertThat(t.by()).isEqualTo("dora");
      assertThat(t.purged()).isFalse();
    });
    assertThat(fixture.promotions.publications().versions(id)).extracting(PublishedVersion::state)
        .containsOnly(PublishedVersion.State.RETRACTED);
    assertThat(fixture.promotions.publications().changelog(id).getFirst().kind()).isEqualTo("retraction");
    assertThat(internalCount("nouvelle_decision")).isEqualTo(20_050);
  }

  @Test
  void aLeakPurgesEveryVersionAndExportAndARepromotionPublishesAfresh() throws Exception {
    PromotionOutcome.Published v1 = publish("fuite");
    fixture.appendReports("fuite", "-f", 50);
    PromotionOutcome.Published v2 = publish("fuite");
    String id = fixture.id("fuite");
    Path oldLocation = Path.of(URI.create(fixture.openTable("fuite").location()));
    List<Path> exports = fixture.promotions.publications().versions(id).stream()
        .flatMap(v -> v.exports().stream()).map(e -> Path.of(URI.create(e.location()))).toList();
    assertThat(exports).hasSize(8).allSatisfy(p -> assertThat(p).exists());

    fixture.promotions.retract(id, PublishedDataset.Reason.LEAK, "téléphones dans les adresses", "dora", 1);

    assertThat(exports).allSatisfy(p -> assertThat(p).doesNotExist());
    assertThat(files(oldLocation)).isEmpty();
    assertThat(files(fixture.exportsRoot().resolve(id))).isEmpty();
    assertThatThrownBy(() -> fixture.publicQuery("SELECT count(*) FROM open." + fixture.namespace + ".fuite"))
        .isInstanceOf(SQLException.class);
    PublishedDataset state = fixture.promotions.publications().find(id).orElseThrow();
    assertThat(state.tombstone().purged()).isTrue();
    assertThat(state.tombstone().reason()).isEqualTo(PublishedDataset.Reason.LEAK);
    assertThat(fixture.promotions.publications().versions(id)).allSatisfy(v -> {
      assertThat(v.state()).isEqualTo(PublishedVersion.State.PURGED);
      assertThat(v.exports()).isEmpty();
    });
    assertThat(internalCount("fuite")).isEqualTo(20_050);

    PromotionOutcome.Published v3 = publish("fuite");

    assertThat(v3.version()).isEqualTo(3);
    assertThat(fixture.publicCount("fuite")).isEqualTo(20_050);
    assertThatThrownBy(() -> fixture.publicQuery("SELECT count(*) FROM open." + fixture.namespace + ".fuite"
        + " FOR VERSION AS OF " + v2.snapshotId())).isInstanceOf(SQLException.class);
    assertThat(fixture.promotions.publications().find(id).orElseThrow().isPublic()).isTrue();
    assertThat(v1.snapshotId()).isNotEqualTo(v3.snapshotId());
  }

  private static PromotionOutcome.Published publish(String table) throws Exception {
    return (PromotionOutcome.Published) fixture.promotions.promote(fixture.request(table,
        PromotionFixture.reportsPlan(), 1), PromotionProgress.NONE);
  }

  private static long internalCount(String table) throws SQLException {
    try (Connection admin = fixture.adminConnection(); Statement statement = admin.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM internal." + fixture.namespace + "." + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<Path> files(Path root) throws Exception {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (var walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }
}
