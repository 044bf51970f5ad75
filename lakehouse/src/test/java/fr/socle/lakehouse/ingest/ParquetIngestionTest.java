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

  /**
   * Parquet types that are not Iceberg's, as other writers produce them: unsigned numbers keep their value (an
   * unsigned 64-bit column is kept as digits: it may exceed a signed whole number), times of day and UUIDs are read
   * as such, raw bytes are kept as hexadecimal rather than turned into replacement characters.
   */
  @Test
  void unsignedNumbersTimesUuidsAndRawBytesKeepTheirValues() throws Exception {
    org.apache.parquet.schema.MessageType type = org.apache.parquet.schema.MessageTypeParser.parseMessageType("""
        message ligne {
          required int32 compteur (INTEGER(32,false));
          required int64 grand (INTEGER(64,false));
          required int32 heure (TIME(MILLIS,false));
          required fixed_len_byte_array(16) ident (UUID);
          required binary empreinte;
          required binary nom;
        }""");
    Path file = dir.resolve("capteurs.parquet");
    java.util.UUID uuid = java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    java.nio.ByteBuffer uuidBytes = java.nio.ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
        .putLong(uuid.getLeastSignificantBits());
    org.apache.parquet.example.data.simple.SimpleGroupFactory groups =
        new org.apache.parquet.example.data.simple.SimpleGroupFactory(type);
    try (org.apache.parquet.hadoop.ParquetWriter<org.apache.parquet.example.data.Group> out =
        org.apache.parquet.hadoop.example.ExampleParquetWriter.builder(
            new org.apache.parquet.io.LocalOutputFile(file)).withType(type).build()) {
      out.write(groups.newGroup().append("compteur", (int) 3_000_000_000L).append("grand", 42L)
          .append("heure", (8 * 3600 + 30 * 60) * 1000)
          .append("ident", org.apache.parquet.io.api.Binary.fromConstantByteArray(uuidBytes.array()))
          .append("empreinte", org.apache.parquet.io.api.Binary.fromConstantByteArray(new byte[] {(byte) 0xff, 0, 0x1a}))
          .append("nom", "Zoé"));
    }
    LocalCatalog local = new LocalCatalog(dir.resolve("lake"));
    TableIdentifier table = TableIdentifier.of("essais", "capteurs");

    local.ingestion().ingest(IngestionRequest.of(file, table, LoadMode.CREATE), ProgressListener.NONE);

    Record row = local.rows(table).getFirst();
    assertThat(row.getField("compteur")).isEqualTo(3_000_000_000L);
    assertThat(row.getField("heure")).isEqualTo("08:30");
    assertThat(row.getField("ident")).isEqualTo(uuid.toString());
    assertThat(row.getField("empreinte")).isEqualTo("ff001a");
    assertThat(row.getField("nom")).isEqualTo("Zoé");

    Path huge = dir.resolve("grand.parquet");
    try (org.apache.parquet.hadoop.ParquetWriter<org.apache.parquet.example.data.Group> out =
        org.apache.parquet.hadoop.example.ExampleParquetWriter.builder(
            new org.apache.parquet.io.LocalOutputFile(huge)).withType(type).build()) {
      out.write(groups.newGroup().append("compteur", 1).append("grand", -1L).append("heure", 0)
          .append("ident", org.apache.parquet.io.api.Binary.fromConstantByteArray(uuidBytes.array()))
          .append("empreinte", "a").append("nom", "b"));
    }
    local.ingestion().ingest(IngestionRequest.of(huge, table, LoadMode.APPEND), ProgressListener.NONE);
    assertThat(local.rows(table)).extracting(r -> r.getField("grand")).containsExactlyInAnyOrder("42",
        "18446744073709551615");
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
