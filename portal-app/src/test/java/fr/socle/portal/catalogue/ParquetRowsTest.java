package fr.socle.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.query.ResultSink;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet written to a plain stream, read back by an independent reader (DuckDB). */
class ParquetRowsTest {
  @TempDir Path dir;

  @Test
  void rowsWrittenToAStreamReadBackWithTheirTypes() throws Exception {
    Path file = dir.resolve("export.parquet");
    List<ResultSink.ResultColumn> columns = List.of(
        new ResultSink.ResultColumn("id", "bigint"),
        new ResultSink.ResultColumn("libelle", "varchar"),
        new ResultSink.ResultColumn("montant", "double"),
        new ResultSink.ResultColumn("le", "date"),
        new ResultSink.ResultColumn("a", "timestamp(6)"),
        new ResultSink.ResultColumn("actif", "boolean"),
        new ResultSink.ResultColumn("geom", "varbinary"));
    try (OutputStream out = Files.newOutputStream(file); ParquetRows parquet = new ParquetRows(columns, out)) {
      parquet.write(new Object[] {1L, "Médiathèque", 12.5, Date.valueOf(LocalDate.of(2026, 1, 31)),
          Timestamp.valueOf(LocalDateTime.of(2026, 1, 31, 9, 15, 0, 123_456_000)), true, new byte[] {1, 2, 3}});
      parquet.write(new Object[] {2L, null, null, null, null, null, null});
    }

    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement();
        ResultSet rs = statement.executeQuery("SELECT id, libelle, montant, le, a, actif, octet_length(geom) "
            + "FROM read_parquet('" + file + "') ORDER BY id")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong(1)).isEqualTo(1);
      assertThat(rs.getString(2)).isEqualTo("Médiathèque");
      assertThat(rs.getDouble(3)).isEqualTo(12.5);
      assertThat(rs.getObject(4, LocalDate.class)).isEqualTo(LocalDate.of(2026, 1, 31));
      assertThat(rs.getObject(5, LocalDateTime.class)).isEqualTo(LocalDateTime.of(2026, 1, 31, 9, 15, 0, 123_456_000));
      assertThat(rs.getBoolean(6)).isTrue();
      assertThat(rs.getInt(7)).isEqualTo(3);
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(2)).isNull();
      assertThat(rs.getObject(3)).isNull();
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void anEmptyResultIsAValidFile() throws Exception {
    Path file = dir.resolve("empty.parquet");
    try (OutputStream out = Files.newOutputStream(file);
        ParquetRows parquet = new ParquetRows(List.of(new ResultSink.ResultColumn("x", "bigint")), out)) {
      // no rows
    }
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM read_parquet('" + file + "')")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
  }
}
