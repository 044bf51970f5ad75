package fr.socle.lakehouse.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.lakehouse.promotion.ExportFile;
import fr.socle.lakehouse.query.PreparedSql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.iceberg.inmemory.InMemoryFileIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replicas of a Parquet export: built once in the background, read in order, sandboxed, deleted when not current. */
class ReplicasTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  @TempDir
  Path temp;
  private Replicas replicas;

  @AfterEach
  void close() {
    if (replicas != null) {
      replicas.close();
    }
  }

  private Replicas replicas() {
    replicas = new Replicas(new Replicas.Settings(temp.resolve("replicas"), 1L << 30, 2, 64L << 20),
        new InMemoryFileIO());
    return replicas;
  }

  /** An export like a promotion's: record ids in no order, one row group. */
  private ExportFile export(String name, int rows, String extra) throws Exception {
    Path file = temp.resolve("exports").resolve(name + ".parquet");
    Files.createDirectories(file.getParent());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("COPY (SELECT md5(i::varchar) AS record_id, 'nom ' || i AS nom, i AS nb, i * 0.5 AS montant,"
          + " DATE '2024-01-01' + (i % 365)::int AS jour" + extra + " FROM range(" + rows + ") t(i))"
          + " TO '" + file + "' (FORMAT parquet)");
    }
    byte[] bytes = Files.readAllBytes(file);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    return new ExportFile(ExportFile.Format.PARQUET, file.toUri().toString(), bytes.length, sha, rows);
  }

  private String await(ExportFile export) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      Optional<String> relation = replicas.relation(export);
      if (relation.isPresent()) {
        return relation.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("replica never ready");
  }

  @Test
  void aReplicaIsBuiltOnFirstAskAndAnswersInRecordIdOrder() throws Exception {
    ExportFile export = export("a", 100_000, "");
    Replicas replicas = replicas();
    assertThat(replicas.relation(export)).as("built in the background: the caller reads through Trino").isEmpty();
    String relation = await(export);

    List<Object[]> page = replicas.rows(PreparedSql.of("SELECT record_id, nb, jour FROM " + relation
        + " WHERE nb >= ? ORDER BY record_id ASC OFFSET 10 LIMIT 5", 50_000L), 100, TIMEOUT);
    List<Object[]> expected;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT md5(i::varchar) AS r, i FROM range(50000, 100000) t(i) ORDER BY r"
            + " OFFSET 10 LIMIT 5")) {
      expected = new java.util.ArrayList<>();
      while (rs.next()) {
        expected.add(new Object[] {rs.getString(1), rs.getLong(2)});
      }
    }
    assertThat(page).hasSize(5);
    for (int i = 0; i < 5; i++) {
      assertThat(page.get(i)[0]).isEqualTo(expected.get(i)[0]);
      assertThat(((Number) page.get(i)[1]).longValue()).isEqualTo(expected.get(i)[1]);
      assertThat(page.get(i)[2]).isInstanceOf(LocalDate.class);
    }
    Object count = replicas.rows(PreparedSql.of("SELECT count(*) FROM " + relation + " WHERE nb >= ?", 50_000L), 1,
        TIMEOUT).getFirst()[0];
    assertThat(((Number) count).longValue()).isEqualTo(50_000);
    try (var files = Files.list(temp.resolve("replicas"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("the replica only: no copy, no partial file left").containsExactlyInAnyOrder(export.sha256() + ".parquet",
              "tmp");
    }
  }

  @Test
  void theEngineReadsNothingButTheReplicas() throws Exception {
    ExportFile export = export("b", 10, "");
    Replicas replicas = replicas();
    String relation = await(export);
    assertThat(replicas.rows(PreparedSql.of("SELECT count(*) FROM " + relation), 1, TIMEOUT)).hasSize(1);
    String source = Path.of(java.net.URI.create(export.location())).toString();
    Files.writeString(temp.resolve("secret.csv"), "a,b\n1,2\n");
    for (String sql : List.of("SELECT * FROM read_parquet('" + source + "')",
        "SELECT * FROM read_csv('" + temp.resolve("secret.csv") + "')",
        "SELECT * FROM read_csv('/etc/passwd')",
        "COPY (SELECT 1) TO '" + temp.resolve("written.csv") + "'",
        "SET enable_external_access = true",
        "INSTALL httpfs")) {
      assertThatThrownBy(() -> replicas.rows(PreparedSql.of(sql), 10, TIMEOUT)).as(sql)
          .isInstanceOf(Replicas.ReplicaException.class);
    }
    assertThat(temp.resolve("written.csv")).doesNotExist();
  }

  @Test
  void replicasOfVersionsNoLongerCurrentAreDeleted() throws Exception {
    ExportFile first = export("v1", 1_000, "");
    ExportFile second = export("v2", 2_000, "");
    Replicas replicas = replicas();
    String old = await(first);
    await(second);
    replicas.retain(List.of(second));
    assertThat(replicas.isReady(first)).isFalse();
    assertThat(temp.resolve("replicas").resolve(first.sha256() + ".parquet")).doesNotExist();
    assertThatThrownBy(() -> replicas.rows(PreparedSql.of("SELECT count(*) FROM " + old), 1, TIMEOUT))
        .isInstanceOf(Replicas.ReplicaException.class);
    assertThat(replicas.isReady(second)).isTrue();
  }

  @Test
  void aVersionWithNotANumberOrANegativeZeroStaysOnTrino() throws Exception {
    // Trino compares NaN with nothing and sorts -0.0 before 0.0; DuckDB sorts NaN above every number and -0.0 with
    // 0.0: the answers would differ
    ExportFile nan = export("nan", 1_000, ", CASE WHEN i = 7 THEN 'NaN'::double ELSE i END AS ratio");
    ExportFile zero = export("zero", 1_000, ", CASE WHEN i = 7 THEN '-0.0'::double ELSE i END AS ratio");
    ExportFile plain = export("plain", 1_000, ", CASE WHEN i = 7 THEN 0.0::double ELSE i END AS ratio");
    Replicas replicas = replicas();
    assertThat(replicas.relation(nan)).isEmpty();
    assertThat(replicas.relation(zero)).isEmpty();
    await(plain);
    assertThat(replicas.relation(nan)).isEmpty();
    assertThat(replicas.relation(zero)).isEmpty();
    assertThat(replicas.isReady(nan)).isFalse();
    assertThat(replicas.isReady(zero)).isFalse();
  }

  @Test
  void aReplicaLargerThanTheDiskBoundIsNotKeptNorBuiltAgain() throws Exception {
    ExportFile large = export("large", 200_000, "");
    ExportFile small = export("small", 100, "");
    replicas = new Replicas(new Replicas.Settings(temp.resolve("replicas"), 1L << 20, 1, 64L << 20),
        new InMemoryFileIO());
    assertThat(replicas.relation(large)).isEmpty();
    await(small);
    assertThat(replicas.relation(large)).as("refused for good, not rebuilt on every call").isEmpty();
    assertThat(replicas.isReady(large)).isFalse();
    try (var files = Files.list(temp.resolve("replicas"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(small.sha256() + ".parquet",
          "tmp");
    }
  }

  @Test
  void aCopyFromObjectStorageMustMatchTheRecordedDigest() throws Exception {
    ExportFile local = export("s3", 1_000, "");
    InMemoryFileIO io = new InMemoryFileIO();
    byte[] bytes = Files.readAllBytes(Path.of(java.net.URI.create(local.location())));
    io.addFile("s3://open/exports/s3.parquet", bytes.clone());
    byte[] altered = bytes.clone();
    altered[altered.length / 2] ^= 1;
    io.addFile("s3://open/exports/tampered.parquet", altered);
    replicas = new Replicas(new Replicas.Settings(temp.resolve("replicas"), 1L << 30, 1, 64L << 20), io);
    ExportFile good = new ExportFile(ExportFile.Format.PARQUET, "s3://open/exports/s3.parquet", bytes.length,
        local.sha256(), 1_000);
    ExportFile tampered = new ExportFile(ExportFile.Format.PARQUET, "s3://open/exports/tampered.parquet",
        bytes.length, export("other", 500, "").sha256(), 1_000);
    assertThat(replicas.relation(tampered)).isEmpty();
    String relation = await(good);
    assertThat(((Number) replicas.rows(PreparedSql.of("SELECT count(*) FROM " + relation), 1, TIMEOUT)
        .getFirst()[0]).longValue()).isEqualTo(1_000);
    assertThat(replicas.relation(tampered)).as("refused: its copy differs from what the promotion recorded").isEmpty();
    assertThat(replicas.isReady(tampered)).isFalse();
  }
}
