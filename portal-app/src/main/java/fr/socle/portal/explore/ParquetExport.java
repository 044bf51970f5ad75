package fr.socle.portal.explore;

import fr.socle.lakehouse.odsql.OutputColumn;
import fr.socle.portal.system.StreamOutputFile;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.jspecify.annotations.Nullable;

/**
 * Parquet written straight to the response: row groups of 8 MB bound the memory; ints as INT64, doubles as
 * DOUBLE, dates as DATE, date-times as UTC microseconds, everything else (geography included) as UTF-8 text.
 */
final class ParquetExport implements ExportWriter {
  private static final int ROW_GROUP_BYTES = 8 * 1024 * 1024;

  private final OutputStream out;
  private final ZoneId zone;
  private @Nullable ParquetWriter<Group> writer;
  private @Nullable SimpleGroupFactory groups;
  private List<OutputColumn> columns = List.of();
  private List<String> names = List.of();

  ParquetExport(OutputStream out, ZoneId zone) {
    this.out = out;
    this.zone = zone;
  }

  @Override
  public void start(List<OutputColumn> columns, List<String> headers) throws IOException {
    this.columns = columns;
    this.names = headers;
    Types.MessageTypeBuilder schema = Types.buildMessage();
    for (int i = 0; i < columns.size(); i++) {
      String name = headers.get(i);
      switch (columns.get(i).buckets() != null ? fr.socle.lakehouse.odsql.FieldType.TEXT : columns.get(i).type()) {
        case INT -> schema.optional(PrimitiveTypeName.INT64).named(name);
        case DOUBLE -> schema.optional(PrimitiveTypeName.DOUBLE).named(name);
        case BOOLEAN -> schema.optional(PrimitiveTypeName.BOOLEAN).named(name);
        case DATE -> schema.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(name);
        case DATETIME -> schema.optional(PrimitiveTypeName.INT64)
            .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS)).named(name);
        default -> schema.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
      }
    }
    MessageType message = schema.named("export");
    groups = new SimpleGroupFactory(message);
    writer = ExampleParquetWriter.builder(new StreamOutputFile(out, false, "export.parquet"))
        .withType(message)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withRowGroupSize((long) ROW_GROUP_BYTES)
        .withPageSize(1024 * 1024)
        .build();
  }

  @Override
  public void row(@Nullable Object[] values) throws IOException {
    Group group = groups.newGroup();
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value == null) {
        continue;
      }
      String name = names.get(i);
      switch (columns.get(i).buckets() != null ? fr.socle.lakehouse.odsql.FieldType.TEXT : columns.get(i).type()) {
        case INT -> group.add(name, ((Number) value).longValue());
        case DOUBLE -> group.add(name, ((Number) value).doubleValue());
        case BOOLEAN -> group.add(name, (Boolean) value);
        case DATE -> group.add(name, (int) ((LocalDate) value).toEpochDay());
        case DATETIME -> {
          LocalDateTime utc = (LocalDateTime) value;
          java.time.Instant instant = utc.toInstant(ZoneOffset.UTC);
          group.add(name, instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000);
        }
        default -> group.add(name, String.valueOf(OdsValues.text(value, zone)));
      }
    }
    writer.write(group);
  }

  @Override
  public void finish(boolean truncated) throws IOException {
    if (writer != null) {
      writer.close();
    }
    out.flush();
  }
}
