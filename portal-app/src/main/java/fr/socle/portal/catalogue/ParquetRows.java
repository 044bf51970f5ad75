package fr.socle.portal.catalogue;

import fr.socle.lakehouse.query.ResultSink;
import fr.socle.portal.system.StreamOutputFile;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.jspecify.annotations.Nullable;

/**
 * Rows of a Trino result written as a Parquet file straight to an output stream (the HTTP response): Parquet
 * needs only the current write position, never to seek, so nothing is staged on disk. Memory holds one row group
 * at a time, kept small.
 */
final class ParquetRows implements AutoCloseable {
  static final long ROW_GROUP_BYTES = 8L * 1024 * 1024;

  private final ParquetWriter<@Nullable Object[]> writer;

  ParquetRows(List<ResultSink.ResultColumn> columns, OutputStream out) throws IOException {
    MessageType schema = schema(columns);
    this.writer = new Builder(new StreamOutputFile(out, true, "rows.parquet"), schema)
        .withConf(new PlainParquetConfiguration())
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withRowGroupSize(ROW_GROUP_BYTES)
        .build();
  }

  void write(@Nullable Object[] row) throws IOException {
    writer.write(row);
  }

  /** Writes the footer: the file is complete only after this. */
  @Override
  public void close() throws IOException {
    writer.close();
  }

  /** Parquet types for Trino's; every column optional (nullable); what has no Parquet match is written as text. */
  static MessageType schema(List<ResultSink.ResultColumn> columns) {
    Types.MessageTypeBuilder message = Types.buildMessage();
    for (ResultSink.ResultColumn column : columns) {
      message.addField(field(column.name(), column.trinoType()));
    }
    return message.named("socle");
  }

  private static PrimitiveType field(String name, String trinoType) {
    String type = trinoType.toLowerCase(Locale.ROOT);
    String base = type.contains("(") ? type.substring(0, type.indexOf('(')) : type;
    return switch (base) {
      case "boolean" -> Types.optional(PrimitiveTypeName.BOOLEAN).named(name);
      case "tinyint", "smallint", "integer" -> Types.optional(PrimitiveTypeName.INT32).named(name);
      case "bigint" -> Types.optional(PrimitiveTypeName.INT64).named(name);
      case "real" -> Types.optional(PrimitiveTypeName.FLOAT).named(name);
      case "double" -> Types.optional(PrimitiveTypeName.DOUBLE).named(name);
      case "date" -> Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(name);
      case "timestamp" -> type.contains("with time zone")
          ? text(name)
          : Types.optional(PrimitiveTypeName.INT64)
              .as(LogicalTypeAnnotation.timestampType(false, LogicalTypeAnnotation.TimeUnit.MICROS)).named(name);
      case "varbinary" -> Types.optional(PrimitiveTypeName.BINARY).named(name);
      default -> text(name);
    };
  }

  private static PrimitiveType text(String name) {
    return Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
  }

  private static final class Builder extends ParquetWriter.Builder<@Nullable Object[], Builder> {
    private final MessageType schema;

    Builder(OutputFile file, MessageType schema) {
      super(file);
      this.schema = schema;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<@Nullable Object[]> getWriteSupport(Configuration conf) {
      return new RowWriteSupport(schema);
    }

    @Override
    protected WriteSupport<@Nullable Object[]> getWriteSupport(ParquetConfiguration conf) {
      return new RowWriteSupport(schema);
    }
  }

  private static final class RowWriteSupport extends WriteSupport<@Nullable Object[]> {
    private final MessageType schema;
    private @Nullable RecordConsumer consumer;

    RowWriteSupport(MessageType schema) {
      this.schema = schema;
    }

    @Override
    public WriteContext init(Configuration configuration) {
      return new WriteContext(schema, Map.of());
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
      return new WriteContext(schema, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.consumer = recordConsumer;
    }

    @Override
    public void write(@Nullable Object[] row) {
      RecordConsumer out = java.util.Objects.requireNonNull(consumer);
      out.startMessage();
      for (int i = 0; i < row.length; i++) {
        Object value = row[i];
        if (value == null) {
          continue;
        }
        PrimitiveType field = schema.getType(i).asPrimitiveType();
        out.startField(field.getName(), i);
        add(out, field, value);
        out.endField(field.getName(), i);
      }
      out.endMessage();
    }

    private static void add(RecordConsumer out, PrimitiveType field, Object value) {
      LogicalTypeAnnotation logical = field.getLogicalTypeAnnotation();
      switch (field.getPrimitiveTypeName()) {
        case BOOLEAN -> out.addBoolean((Boolean) value);
        case INT32 -> out.addInteger(logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
            ? (int) epochDay(value) : ((Number) value).intValue());
        case INT64 -> out.addLong(logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation
            ? epochMicros(value) : ((Number) value).longValue());
        case FLOAT -> out.addFloat(((Number) value).floatValue());
        case DOUBLE -> out.addDouble(((Number) value).doubleValue());
        case BINARY -> out.addBinary(value instanceof byte[] bytes && logical == null
            ? Binary.fromConstantByteArray(bytes)
            : Binary.fromString(value instanceof BigDecimal d ? d.toPlainString() : Values.text(value, false)));
        default -> throw new IllegalStateException("unexpected Parquet type " + field);
      }
    }

    private static long epochDay(Object value) {
      return switch (value) {
        case Date d -> d.toLocalDate().toEpochDay();
        case LocalDate d -> d.toEpochDay();
        default -> LocalDate.parse(value.toString()).toEpochDay();
      };
    }

    /** Wall-clock time as Trino holds it ({@code timestamp} without zone), counted as if at UTC. */
    private static long epochMicros(Object value) {
      LocalDateTime time = switch (value) {
        case Timestamp t -> t.toLocalDateTime();
        case LocalDateTime t -> t;
        default -> LocalDateTime.parse(value.toString().replace(' ', 'T'));
      };
      return time.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + time.getNano() / 1_000;
    }
  }
}
