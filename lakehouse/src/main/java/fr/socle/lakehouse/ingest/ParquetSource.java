package fr.socle.lakehouse.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.jspecify.annotations.Nullable;

/**
 * A Parquet file (for instance exported by another tool): its top-level columns keep the types Parquet gives them;
 * nested columns are read as JSON-like text.
 */
final class ParquetSource implements Source {
  private final Path file;
  private final List<String> headers;
  private final List<@Nullable ColumnType> types;
  private final long rows;
  private final long totalBytes;

  private ParquetSource(Path file, List<String> headers, List<@Nullable ColumnType> types, long rows,
      long totalBytes) {
    this.file = file;
    this.headers = headers;
    this.types = types;
    this.rows = rows;
    this.totalBytes = totalBytes;
  }

  static ParquetSource open(Path file) throws IOException, IngestionException {
    MessageType schema;
    long rows;
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
      schema = reader.getFooter().getFileMetaData().getSchema();
      rows = reader.getRecordCount();
    } catch (RuntimeException e) {
      throw new IngestionException(IngestionException.Code.MALFORMED_FILE,
          Message.of("file.notParquet"), e);
    }
    List<String> headers = new ArrayList<>();
    List<@Nullable ColumnType> types = new ArrayList<>();
    for (Type field : schema.getFields()) {
      headers.add(field.getName());
      types.add(columnType(field));
    }
    return new ParquetSource(file, List.copyOf(headers), types, rows, Files.size(file));
  }

  /** The column type of a Parquet column. */
  static ColumnType columnType(Type field) {
    if (!field.isPrimitive() || field.isRepetition(Type.Repetition.REPEATED)) {
      return ColumnType.STRING;
    }
    PrimitiveType primitive = field.asPrimitiveType();
    LogicalTypeAnnotation logical = primitive.getLogicalTypeAnnotation();
    if (logical instanceof LogicalTypeAnnotation.TimeLogicalTypeAnnotation) {
      return ColumnType.STRING; // a time of day, as 08:30:00
    }
    if (primitive.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT64 && unsigned(logical)) {
      return ColumnType.STRING; // up to 2^64 - 1: more than a signed whole number holds, kept exact as digits
    }
    return switch (primitive.getPrimitiveTypeName()) {
      case BOOLEAN -> ColumnType.BOOLEAN;
      case INT32 -> logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
          ? ColumnType.DATE
          : logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation ? ColumnType.DOUBLE : ColumnType.LONG;
      case INT64 -> logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation
          ? ColumnType.TIMESTAMP
          : logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation ? ColumnType.DOUBLE : ColumnType.LONG;
      case INT96 -> ColumnType.TIMESTAMP;
      case FLOAT, DOUBLE -> ColumnType.DOUBLE;
      case BINARY, FIXED_LEN_BYTE_ARRAY -> {
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation) {
          yield ColumnType.DOUBLE;
        }
        if (logical == null && isGeometryName(field.getName())) {
          yield ColumnType.GEOMETRY;
        }
        yield ColumnType.STRING;
      }
    };
  }

  /** An unsigned whole number (UINT_8 to UINT_64): read as such, not as the signed number of the same bits. */
  private static boolean unsigned(@Nullable LogicalTypeAnnotation logical) {
    return logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation integer && !integer.isSigned();
  }

  /** Whether bytes are well-formed UTF-8 (old writers store text as BINARY without saying so). */
  private static boolean utf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean isGeometryName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("geometry") || lower.equals("geom") || lower.equals("the_geom") || lower.equals("wkb");
  }

  @Override
  public List<String> headers() {
    return headers;
  }

  @Override
  public List<@Nullable ColumnType> nativeTypes() {
    return types;
  }

  @Override
  public long totalBytes() {
    return totalBytes;
  }

  @Override
  public RowReader open() throws IOException {
    ParquetReader<Group> reader = new ParquetReader.Builder<Group>(new LocalInputFile(file)) {
      @Override
      protected ReadSupport<Group> getReadSupport() {
        return new GroupReadSupport();
      }
    }.build();
    return new Pass(reader);
  }

  private final class Pass implements RowReader {
    private final ParquetReader<Group> reader;
    private long read;

    Pass(ParquetReader<Group> reader) {
      this.reader = reader;
    }

    @Override
    public boolean next(CellSink sink) throws IOException {
      Group group = reader.read();
      if (group == null) {
        return false;
      }
      read++;
      sink.startRow(read);
      for (int c = 0; c < headers.size(); c++) {
        if (group.getFieldRepetitionCount(c) == 0) {
          continue;
        }
        emit(sink, group, c);
      }
      sink.endRow();
      return true;
    }

    private void emit(CellSink sink, Group group, int c) {
      Type field = group.getType().getType(c);
      ColumnType type = types.get(c);
      if (!field.isPrimitive() || field.isRepetition(Type.Repetition.REPEATED)) {
        sink.text(c, group.toString());
        return;
      }
      PrimitiveType primitive = field.asPrimitiveType();
      LogicalTypeAnnotation logical = primitive.getLogicalTypeAnnotation();
      switch (primitive.getPrimitiveTypeName()) {
        case BOOLEAN -> sink.text(c, group.getBoolean(c, 0) ? "true" : "false");
        case INT32 -> {
          int value = group.getInteger(c, 0);
          if (type == ColumnType.DATE) {
            sink.text(c, LocalDate.ofEpochDay(value).toString());
          } else if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal) {
            sink.number(c, value / Math.pow(10, decimal.getScale()));
          } else if (logical instanceof LogicalTypeAnnotation.TimeLogicalTypeAnnotation) {
            sink.text(c, LocalTime.ofNanoOfDay(value * 1_000_000L).toString());
          } else {
            sink.text(c, unsigned(logical) ? Integer.toUnsignedString(value) : Integer.toString(value));
          }
        }
        case INT64 -> {
          long value = group.getLong(c, 0);
          if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation ts) {
            long micros = switch (ts.getUnit()) {
              case MILLIS -> value * 1000;
              case MICROS -> value;
              case NANOS -> value / 1000;
            };
            sink.text(c, LocalDateTime.ofInstant(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1000L), ZoneOffset.UTC).toString());
          } else if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal) {
            sink.number(c, value / Math.pow(10, decimal.getScale()));
          } else if (logical instanceof LogicalTypeAnnotation.TimeLogicalTypeAnnotation time) {
            sink.text(c, LocalTime.ofNanoOfDay(time.getUnit() == LogicalTypeAnnotation.TimeUnit.NANOS ? value
                : value * 1_000L).toString());
          } else {
            sink.text(c, unsigned(logical) ? Long.toUnsignedString(value) : Long.toString(value));
          }
        }
        case INT96 -> {
          Binary binary = group.getInt96(c, 0);
          ByteBuffer buffer = binary.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
          long nanos = buffer.getLong();
          int julianDay = buffer.getInt();
          long days = julianDay - 2_440_588L;
          sink.text(c, LocalDateTime.ofEpochSecond(days * 86_400L + nanos / 1_000_000_000L,
              (int) (nanos % 1_000_000_000L), ZoneOffset.UTC).toString());
        }
        case FLOAT -> sink.number(c, group.getFloat(c, 0));
        case DOUBLE -> sink.number(c, group.getDouble(c, 0));
        case BINARY, FIXED_LEN_BYTE_ARRAY -> {
          Binary binary = group.getBinary(c, 0);
          if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal) {
            sink.number(c, new BigDecimal(new BigInteger(binary.getBytes()), decimal.getScale()).doubleValue());
          } else if (type == ColumnType.GEOMETRY) {
            sink.binary(c, binary.getBytes());
          } else if (logical instanceof LogicalTypeAnnotation.UUIDLogicalTypeAnnotation) {
            ByteBuffer bytes = binary.toByteBuffer();
            sink.text(c, new UUID(bytes.getLong(), bytes.getLong()).toString());
          } else if (logical == null && primitive.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY
              && !utf8(binary.getBytes())) {
            // raw bytes (an image, a hash) are not text: kept readable and whole, as hexadecimal
            sink.text(c, HexFormat.of().formatHex(binary.getBytes()));
          } else {
            sink.text(c, new String(binary.getBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    }

    @Override
    public long bytesRead() {
      return rows == 0 ? totalBytes : totalBytes * read / rows;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
