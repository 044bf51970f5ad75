package fr.socle.lakehouse.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.policies.occultation.CoordinateGeneralisation;
import fr.socle.policies.occultation.OccultationPlan;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.iceberg.Snapshot;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The citizen reports (20,000 rows with e-mails, mobile phones, free text, 6-decimal positions) promoted with the
 * plan "drop e-mail and phone, empty the description, positions to a 200 m grid, keep the rest": what the public
 * reads through Trino, the attestation, the exports, and record ids across re-promotions and an append.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PromotionIT {
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
  /** A mobile number standing alone (not digits inside a snapshot id or a hash). */
  private static final Pattern MOBILE = Pattern.compile("(?<![\\w.])(?:\\+33|0)\\s*[67](?:[\\s.-]*\\d{2}){4}(?!\\w)");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static PromotionFixture fixture;
  private static PromotionOutcome.Published first;

  @BeforeAll
  static void start() throws Exception {
    fixture = new PromotionFixture("reports");
    fixture.createReports("signalements");
  }

  @AfterAll
  static void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  @Order(1)
  void citizenReportsArePublishedOccultedAndReadableByThePublic() throws Exception {
    PromotionOutcome outcome = fixture.promotions.promote(request(1), PromotionProgress.NONE);

    assertThat(outcome).isInstanceOf(PromotionOutcome.Published.class);
    first = (PromotionOutcome.Published) outcome;
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.rowsWritten()).isEqualTo(20_000);
    String table = "open." + fixture.namespace + ".signalements";
    assertThat(fixture.publicCount("signalements")).isEqualTo(20_000);
    List<Object> columns = fixture.publicQuery("SHOW COLUMNS FROM " + table).stream().map(List::getFirst).toList();
    assertThat(columns).startsWith("record_id").contains("adresse", "latitude", "description")
        .doesNotContain("email_declarant", "telephone_declarant");
    assertThat(fixture.publicQuery("SELECT count(description) FROM " + table).getFirst().getFirst()).isEqualTo(0L);
    List<List<Object>> rows = fixture.publicQuery("SELECT * FROM " + table);
    for (List<Object> row : rows) {
      for (Object value : row) {
        String text = String.valueOf(value);
        assertThat(EMAIL.matcher(text).find()).as(text).isFalse();
        assertThat(MOBILE.matcher(text).find()).as(text).isFalse();
      }
    }
    List<List<Object>> positions = fixture.publicQuery("SELECT DISTINCT latitude, longitude FROM " + table
        + " WHERE latitude IS NOT NULL");
    assertThat(positions.size()).isLessThan(1_000);
    for (List<Object> position : positions) {
      double latitude = (Double) position.get(0);
      double longitude = (Double) position.get(1);
      assertThat(CoordinateGeneralisation.snapLatitude(latitude, 200)).isEqualTo(latitude);
      assertThat(CoordinateGeneralisation.snapLongitude(longitude, latitude, 200)).isEqualTo(longitude);
    }
  }

  @Test
  @Order(2)
  void theAttestationIsInTheSnapshotSummaryAndSaysWhatWasRemovedAndWhy() {
    Snapshot snapshot = fixture.openTable("signalements").currentSnapshot();
    assertThat(snapshot.summary()).containsEntry("socle.attestation-id", first.attestationId().toString())
        .containsEntry("socle.source-snapshot-id",
            String.valueOf(fixture.sourceTable("signalements").currentSnapshot().snapshotId()))
        .containsEntry("socle.decision-version", "1");

    Attestation attestation = fixture.promotions.publications().attestation(first.attestationId()).orElseThrow();

    assertThat(attestation.version()).isEqualTo(1);
    assertThat(attestation.passed()).isTrue();
    assertThat(attestation.counts().rowsPublished()).isEqualTo(20_000);
    assertThat(attestation.decision().legalBases()).anySatisfy(b -> assertThat(b).startsWith("L311-7"));
    assertThat(attestation.columns()).anySatisfy(c -> {
      assertThat(c.column()).isEqualTo("email_declarant");
      assertThat(c.published()).isFalse();
      assertThat(c.treatment()).isEqualTo("supprimer la colonne");
    }).anySatisfy(c -> {
      assertThat(c.column()).isEqualTo("latitude");
      assertThat(c.transformed()).isTrue();
      assertThat(c.treatment()).contains("200 m");
    });
    assertThat(attestation.checks()).extracting(Attestation.Check::code).contains("detecteurs", "schema");
    String body = fixture.promotions.publications().attemptReport(first.attestationId()).orElseThrow();
    assertThat(body).doesNotContain("@").doesNotContainPattern(MOBILE.pattern());
  }

  @Test
  @Order(3)
  void exportsExistWithTheRightRowCountsAndChecksums() throws Exception {
    PublishedVersion version = fixture.promotions.publications().version(fixture.id("signalements"), 1).orElseThrow();
    Map<ExportFile.Format, ExportFile> exports = new HashMap<>();
    version.exports().forEach(e -> exports.put(e.format(), e));
    assertThat(exports).containsOnlyKeys(ExportFile.Format.values());
    for (ExportFile export : exports.values()) {
      Path file = Path.of(URI.create(export.location()));
      assertThat(file).exists().hasSize(export.bytes());
      assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))))
          .isEqualTo(export.sha256());
      assertThat(export.rows()).isEqualTo(20_000);
      assertThat(file.getFileName().toString()).isEqualTo(fixture.id("signalements") + "-v1."
          + export.format().extension());
    }
    try (var lines = Files.lines(Path.of(URI.create(exports.get(ExportFile.Format.CSV).location())))) {
      assertThat(lines.count()).isEqualTo(20_001);
    }
    JsonNode json = JSON.readTree(Path.of(URI.create(exports.get(ExportFile.Format.JSON).location())).toFile());
    assertThat(json.size()).isEqualTo(20_000);
    assertThat(json.get(0).has("record_id")).isTrue();
    assertThat(json.get(0).has("email_declarant")).isFalse();
    JsonNode geojson = JSON.readTree(Path.of(URI.create(exports.get(ExportFile.Format.GEOJSON).location())).toFile());
    assertThat(geojson.get("features").size()).isEqualTo(20_000);
    assertThat(geojson.get("features").get(0).get("geometry").get("type").asString()).isEqualTo("Point");
    try (ParquetFileReader parquet = ParquetFileReader.open(HadoopInputFile.fromPath(
        new org.apache.hadoop.fs.Path(exports.get(ExportFile.Format.PARQUET).location()),
        new org.apache.hadoop.conf.Configuration()))) {
      assertThat(parquet.getRecordCount()).isEqualTo(20_000);
    }
  }

  @Test
  @Order(4)
  void promotingTheSameSnapshotAgainChangesNothing() throws Exception {
    PromotionOutcome again = fixture.promotions.promote(request(1), PromotionProgress.NONE);

    assertThat(again).isInstanceOf(PromotionOutcome.UpToDate.class);
    assertThat(fixture.openTable("signalements").currentSnapshot().snapshotId()).isEqualTo(first.snapshotId());
  }

  @Test
  @Order(5)
  void afterAnAppendUnchangedRowsKeepTheirRecordIdsAndOldVersionsStayReadable() throws Exception {
    fixture.admin("INSERT INTO internal." + fixture.namespace + ".signalements SELECT concat(id_signalement, '-b'),"
        + " date_signalement, canal, categorie, description, adresse, code_postal, quartier, latitude, longitude,"
        + " email_declarant, telephone_declarant, statut, date_cloture, service_traitant"
        + " FROM internal.voirie.signalements_citoyens WHERE id_signalement < 'SIG-00000101'");

    PromotionOutcome outcome = fixture.promotions.promote(request(1), PromotionProgress.NONE);

    assertThat(outcome).isInstanceOf(PromotionOutcome.Published.class);
    PromotionOutcome.Published second = (PromotionOutcome.Published) outcome;
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.added()).isEqualTo(100);
    assertThat(second.removed()).isZero();
    String table = "open." + fixture.namespace + ".signalements";
    Map<Object, Object> before = ids("SELECT id_signalement, record_id FROM " + table + " FOR VERSION AS OF "
        + first.snapshotId());
    Map<Object, Object> after = ids("SELECT id_signalement, record_id FROM " + table);
    assertThat(before).hasSize(20_000);
    assertThat(after).hasSize(20_100).containsAllEntriesOf(before);
    List<ChangeEntry> changes = fixture.promotions.publications().changelog(fixture.id("signalements"));
    assertThat(changes.getFirst().rowsAdded()).isEqualTo(100);
    assertThat(changes.getFirst().summary()).contains("Version 2", "100 ajoutés");
  }

  @Test
  @Order(6)
  void withARecordKeyAnUpdatedRowKeepsItsIdAndCountsAsChanged() throws Exception {
    fixture.createReports("avec_cle");
    OccultationPlan plan = PromotionFixture.reportsPlan();
    PromotionRequest keyed = new PromotionRequest(fixture.publication("avec_cle"), plan,
        PromotionFixture.afterOccultation(1, plan).withRecordKey(List.of("id_signalement")), null, "dora", "manual");
    PromotionOutcome.Published v1 = (PromotionOutcome.Published) fixture.promotions.promote(keyed,
        PromotionProgress.NONE);
    String table = "open." + fixture.namespace + ".avec_cle";
    Map<Object, Object> before = ids("SELECT id_signalement, record_id FROM " + table);

    // Trino writes row-level deletes: the source snapshot is then read through Iceberg's generic reader.
    fixture.admin("UPDATE internal." + fixture.namespace + ".avec_cle SET statut = 'clos sans suite'"
        + " WHERE id_signalement IN ('SIG-00000001', 'SIG-00000002', 'SIG-00000003')");
    fixture.admin("DELETE FROM internal." + fixture.namespace + ".avec_cle WHERE id_signalement = 'SIG-00000004'");
    PromotionOutcome.Published v2 = (PromotionOutcome.Published) fixture.promotions.promote(keyed,
        PromotionProgress.NONE);

    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.changed()).isEqualTo(3);
    assertThat(v2.removed()).isEqualTo(1);
    assertThat(v2.added()).isZero();
    Map<Object, Object> after = ids("SELECT id_signalement, record_id FROM " + table);
    assertThat(after).hasSize(19_999);
    before.remove("SIG-00000004");
    assertThat(after).isEqualTo(before);
    assertThat(fixture.publicQuery("SELECT statut FROM " + table + " WHERE id_signalement = 'SIG-00000001'"))
        .containsExactly(List.of("clos sans suite"));
    assertThat(fixture.promotions.publications().changelog(fixture.id("avec_cle")).getFirst().rowsChanged())
        .isEqualTo(3);
    assertThat(v1.changed()).isNull();
  }

  private static Map<Object, Object> ids(String sql) throws Exception {
    Map<Object, Object> ids = new HashMap<>();
    for (List<Object> row : fixture.publicQuery(sql)) {
      ids.put(row.get(0), row.get(1));
    }
    return ids;
  }

  private static PromotionRequest request(int decisionVersion) {
    return fixture.request("signalements", PromotionFixture.reportsPlan(), decisionVersion);
  }
}
