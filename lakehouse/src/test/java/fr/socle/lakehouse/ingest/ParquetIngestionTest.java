package fr.socle.lakehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.iceberg.Files;
import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.data.parquet.GenericParquetWriter;
import org.apache.iceberg.io.FileAppender;
import org.apache.iceberg.parquet.Parquet;
import org.apache.iceberg.types.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetIngestionTest {
  @TempDir Path dir;

  @Test
  void parquetColumnsKeepTheirTypes() throws Exception {
    Schema schema = new Schema(
        Types.NestedField.optional(1, "code_insee", Types.StringType.get()),
        Types.NestedField.optional(2, "habitants", Types.IntegerType.get()),
        Types.NestedField.optional(3, "budget", Types.DoubleType.get()),
        Types.NestedField.optional(4, "vote", Types.DateType.get()),
        Types.NestedField.optional(5, "maj", Types.TimestampType.withoutZone()),
        Types.NestedField.optional(6, "actif", Types.BooleanType.get()));
    Path file = dir.resolve("communes.parquet");
    try (FileAppender<Record> out = Parquet.write(Files.localOutput(file.toFile())).schema(schema)
        .createWriterFunc(GenericParquetWriter::create).build()) {
      GenericRecord record = GenericRecord.create(schema);
      out.add(record.copy(java.util.Map.of("code_insee", "01053", "habitants", 41_000, "budget", 12.5, "vote",
          LocalDate.of(2024, 4, 2), "maj", LocalDateTime.of(2024, 4, 2, 10, 30), "actif", true)));
      out.add(record.copy(java.util.Map.of("code_insee", "75056")));
    }
    LocalCatalog local = new LocalCatalog(dir.resolve("lake"));
    TableIdentifier table = TableIdentifier.of("essais", "communes");

    IngestionResult result = local.ingestion().ingest(IngestionRequest.of(file, table, LoadMode.CREATE),
        ProgressListener.NONE);

    assertThat(result.columns()).extracting(ColumnSpec::type).containsExactly(ColumnType.STRING, ColumnType.LONG,
        ColumnType.DOUBLE, ColumnType.DATE, ColumnType.TIMESTAMP, ColumnType.BOOLEAN);
    List<Record> rows = local.rows(table);
    Record first = rows.stream().filter(r -> r.getField("code_insee").equals("01053")).findFirst().orElseThrow();
    assertThat(first.getField("habitants")).isEqualTo(41_000L);
    assertThat(first.getField("maj")).isEqualTo(LocalDateTime.of(2024, 4, 2, 10, 30));
    assertThat(first.getField("vote")).isEqualTo(LocalDate.of(2024, 4, 2));
    Record second = rows.stream().filter(r -> r.getField("code_insee").equals("75056")).findFirst().orElseThrow();
    assertThat(second.getField("budget")).isNull();
  }

  /** Doubles appended to a whole-number column are converted when whole, refused with their line when not. */
  @Test
  void parquetDoublesAppendedToAWholeNumberColumnAreConvertedOrRefusedNeverDropped() throws Exception {
    Path first = parquet("avant.parquet", Types.LongType.get(), 100L);
    Path whole = parquet("entiers.parquet", Types.DoubleType.get(), 300.0);
    Path fraction = parquet("fraction.parquet", Types.DoubleType.get(), 2.5);
    LocalCatalog local = new LocalCatalog(dir.resolve("lake"));
    TableIdentifier table = TableIdentifier.of("essais", "population");
    local.ingestion().ingest(IngestionRequest.of(first, table, LoadMode.CREATE), ProgressListener.NONE);

    local.ingestion().ingest(IngestionRequest.of(whole, table, LoadMode.APPEND), ProgressListener.NONE);

    assertThat(local.rows(table)).extracting(r -> r.getField("population")).containsExactlyInAnyOrder(100L, 300L);
    assertThatThrownBy(() -> local.ingestion().ingest(IngestionRequest.of(fraction, table, LoadMode.APPEND),
        ProgressListener.NONE)).isInstanceOfSatisfying(IngestionException.class, e -> {
          assertThat(e.code()).isEqualTo(IngestionException.Code.INVALID_ROWS);
          assertThat(e.report().errors().getFirst().value()).isEqualTo("2.5");
        });
    assertThat(local.rows(table)).hasSize(2);
  }

  private Path parquet(String name, org.apache.iceberg.types.Type type, Object value) throws Exception {
    Schema schema = new Schema(Types.NestedField.optional(1, "population", type));
    Path file = dir.resolve(name);
    try (FileAppender<Record> out = Parquet.write(Files.localOutput(file.toFile())).schema(schema)
        .createWriterFunc(GenericParquetWriter::create).build()) {
      out.add(GenericRecord.create(schema).copy(java.util.Map.of("population", value)));
    }
    return file;
  }

  @Test
  void aFileThatIsNotParquetIsRefusedInFrenchWithoutTheReadersInternals() throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("faux.parquet"), "code;nom\n1;a\n");
    LocalCatalog local = new LocalCatalog(dir.resolve("lake"));

    assertThatThrownBy(() -> local.ingestion().ingest(
            IngestionRequest.of(file, TableIdentifier.of("essais", "faux"), LoadMode.CREATE), ProgressListener.NONE))
        .isInstanceOfSatisfying(IngestionException.class, e -> {
          assertThat(e.code()).isEqualTo(IngestionException.Code.MALFORMED_FILE);
          assertThat(e.getMessage()).isEqualTo("fichier Parquet illisible : ce n'est pas un fichier Parquet, ou il est "
              + "tronqué");
        });
  }
}
