package fr.socle.lakehouse.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.lakehouse.query.TrinoGateway;
import fr.socle.lakehouse.query.TrinoSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.iceberg.types.Types;
import org.junit.jupiter.api.Test;

class TableScannerTest {
  private final TableScanner scanner = new TableScanner(new TrinoGateway(
      new TrinoSettings("jdbc:trino://127.0.0.1:1", null, Duration.ofMinutes(1)), "svc", () -> "token"),
      ScanSettings.DEFAULT);

  private static ScanTarget target(long rows) {
    return new ScanTarget("signalements", "internal", "voirie", "signalements", 42L, rows, List.of(
        new ScanColumn("email", ValueKind.TEXT), new ScanColumn("geom", ValueKind.GEOMETRY),
        new ScanColumn("tags", ValueKind.OTHER)), null);
  }

  @Test
  void pinsTheSnapshotAndReadsGeometriesAsWkt() {
    assertThat(scanner.sql(target(1000), SamplingMethod.FULL)).isEqualTo("SELECT \"email\", "
        + "try(ST_AsText(ST_GeomFromBinary(\"geom\"))), try(json_format(CAST(\"tags\" AS json))) "
        + "FROM \"internal\".\"voirie\".\"signalements\" FOR VERSION AS OF 42");
  }

  @Test
  void bernoulliSampleIsSizedForTheWantedRows() {
    assertThat(scanner.sql(target(10_000_000), SamplingMethod.TABLESAMPLE))
        .endsWith("FOR VERSION AS OF 42 TABLESAMPLE BERNOULLI (1.00000000)");
    assertThat(scanner.sql(target(10_000_000), SamplingMethod.STREAM)).endsWith("FOR VERSION AS OF 42");
  }

  @Test
  void refusesUncheckedTableNames() {
    ScanTarget evil = new ScanTarget("x", "internal", "voirie\"; DROP", "t", 1L, 1, List.of(), null);
    assertThatThrownBy(() -> scanner.sql(evil, SamplingMethod.FULL)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void icebergTypesMapToValueKinds() {
    assertThat(ValueKind.of(Types.StringType.get())).isEqualTo(ValueKind.TEXT);
    assertThat(ValueKind.of(Types.LongType.get())).isEqualTo(ValueKind.INTEGER);
    assertThat(ValueKind.of(Types.DoubleType.get())).isEqualTo(ValueKind.DECIMAL);
    assertThat(ValueKind.of(Types.DateType.get())).isEqualTo(ValueKind.DATE);
    assertThat(ValueKind.of(Types.TimestampType.withoutZone())).isEqualTo(ValueKind.TIMESTAMP);
    assertThat(ValueKind.of(Types.BinaryType.get())).isEqualTo(ValueKind.GEOMETRY);
    assertThat(ValueKind.of(Types.UUIDType.get())).isEqualTo(ValueKind.OTHER);
  }

  @Test
  void rowCountsComeFromTheSnapshotSummaryAndSchemasAreNormalised() {
    assertThat(ScanTargets.liveRows(Map.of("total-records", "1200", "total-position-deletes", "200"))).isEqualTo(1000);
    assertThat(ScanTargets.liveRows(Map.of())).isZero();
    assertThat(ScanTargets.scdl("scdl-equipements")).isEqualTo("equipements");
    assertThat(ScanTargets.scdl(" ")).isNull();
  }
}
