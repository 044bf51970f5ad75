package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.ingest.ColumnBatch;
import fr.socle.lakehouse.ingest.ColumnType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.io.FileIO;
import org.apache.iceberg.types.Type;
import org.apache.iceberg.types.Types;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.jspecify.annotations.Nullable;

/**
 * Reads some columns of one snapshot of a table into column batches, in a fixed order (data files by sequence
 * number, then path; rows in file order), so that a promotion of the same snapshot sees the same rows in the same
 * order. Data files without row-level deletes, in the types the lakehouse writes, are decoded column by column with
 * parquet-column's low-level readers (no record objects); a snapshot with deletes, or with a type this path does
 * not decode, is read through Iceberg's generic reader, which applies the deletes.
 */
final class SnapshotReader {
  /** Receives filled batches and returns an empty one to fill next. */
  @FunctionalInterface
  interface Sink {
    ColumnBatch accept(ColumnBatch full) throws InterruptedException;
  }

  private final Table table;
  private final Snapshot snapshot;
  private final Schema projection;
  private final List<ColumnType> types;

  SnapshotReader(Table table, long snapshotId, List<String> columns) {
    this.table = table;
    this.snapshot = table.snapshot(snapshotId);
    if (snapshot == null) {
      throw new IllegalArgumentException("no snapshot " + snapshotId);
    }
    Schema schema = table.schemas().get(snapshot.schemaId());
    Schema full = schema == null ? table.schema() : schema;
    List<Types.NestedField> fields = new ArrayList<>();
    for (String column : columns) {
      Types.NestedField field = full.findField(column);
      if (field == null) {
        throw new IllegalArgumentException("no column " + column);
      }
      fields.add(field);
    }
    this.projection = new Schema(fields);
    this.types = fields.stream().map(f -> columnType(f.type())).toList();
  }

  /** The lakehouse type a column is read as: ints as longs, floats as doubles, other types as their text. */
  static ColumnType columnType(Type type) {
    return switch (type.typeId()) {
      case BOOLEAN -> ColumnType.BOOLEAN;
      case INTEGER, LONG -> ColumnType.LONG;
      case FLOAT, DOUBLE -> ColumnType.DOUBLE;
      case DATE -> ColumnType.DATE;
      case TIMESTAMP -> ColumnType.TIMESTAMP;
      case BINARY -> ColumnType.GEOMETRY;
      default -> ColumnType.STRING;
    };
  }

  List<ColumnType> types() {
    return types;
  }

  /** Rows of the snapshot as its summary counts them (deletes not applied): for progress and sizing. */
  long estimatedRows() {
    String total = snapshot.summary().get("total-records");
    return total == null ? 0 : Long.parseLong(total);
  }

  void read(ColumnBatch first, Sink sink) throws IOException, InterruptedException {
    List<FileScanTask> tasks = new ArrayList<>();
    try (CloseableIterable<FileScanTask> planned = table.newScan().useSnapshot(snapshot.snapshotId())
        .project(projection).planFiles()) {
      planned.forEach(tasks::add);
    }
    tasks.sort(Comparator.comparing((FileScanTask t) -> t.file().dataSequenceNumber(),
        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(t -> t.file().location()));
    boolean columnar = tasks.stream().allMatch(t -> t.deletes().isEmpty()
        && t.file().format() == org.apache.iceberg.FileFormat.PARQUET && t.start() == 0)
        && projection.columns().stream().allMatch(f -> decodable(f.type()));
    ColumnBatch batch = first;
    if (columnar) {
      for (FileScanTask task : tasks) {
        batch = readParquet(table.io(), task.file().location(), task.file().fileSizeInBytes(), batch, sink);
      }
    } else {
      batch = readGeneric(batch, sink);
    }
    if (batch.size() > 0) {
      sink.accept(batch);
    }
  }

  private static boolean decodable(Type type) {
    return switch (type.typeId()) {
      case BOOLEAN, INTEGER, LONG, FLOAT, DOUBLE, DATE, TIMESTAMP, STRING, BINARY -> true;
      default -> false;
    };
  }

  // ---------------------------------------------------------------------------------------------- columnar path

  private ColumnBatch readParquet(FileIO io, String location, long length, ColumnBatch batch, Sink sink)
      throws IOException, InterruptedException {
    try (ParquetFileReader reader = ParquetFileReader.open(new ParquetInput(io.newInputFile(location, length)),
        ParquetReadOptions.builder().build())) {
      MessageType fileSchema = reader.getFooter().getFileMetaData().getSchema();
      int n = projection.columns().size();
      ColumnDescriptor[] descriptors = new ColumnDescriptor[n];
      List<org.apache.parquet.schema.Type> selected = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        Types.NestedField field = projection.columns().get(c);
        org.apache.parquet.schema.Type found = fieldById(fileSchema, field);
        if (found != null) {
          descriptors[c] = fileSchema.getColumnDescription(new String[] {found.getName()});
          selected.add(found);
        }
      }
      MessageType requested = new MessageType(fileSchema.getName(), selected);
      reader.setRequestedSchema(requested);
      String createdBy = reader.getFooter().getFileMetaData().getCreatedBy();
      PageReadStore pages;
      while ((pages = reader.readNextRowGroup()) != null) {
        ColumnReadStoreImpl store = new ColumnReadStoreImpl(pages, NoConversion.INSTANCE, requested, createdBy);
        ColumnReader[] readers = new ColumnReader[n];
        for (int c = 0; c < n; c++) {
          readers[c] = descriptors[c] == null ? null : store.getColumnReader(descriptors[c]);
        }
        long remaining = pages.getRowCount();
        while (remaining > 0) {
          int rows = (int) Math.min(remaining, batch.capacity() - batch.size());
          int from = batch.size();
          for (int c = 0; c < n; c++) {
            fill(batch, c, from, rows, readers[c], descriptors[c]);
          }
          batch.setSize(from + rows);
          remaining -= rows;
          if (batch.full()) {
            batch = sink.accept(batch);
          }
        }
      }
    }
    return batch;
  }

  private static org.apache.parquet.schema.@Nullable Type fieldById(MessageType schema, Types.NestedField field) {
    for (org.apache.parquet.schema.Type type : schema.getFields()) {
      if (type.getId() != null && type.getId().intValue() == field.fieldId() && type.isPrimitive()) {
        return type;
      }
    }
    return null;
  }

  private void fill(ColumnBatch batch, int c, int from, int rows, @Nullable ColumnReader reader,
      @Nullable ColumnDescriptor descriptor) {
    if (reader == null || descriptor == null) {
      for (int r = from; r < from + rows; r++) {
        batch.setNull(c, r);
      }
      return;
    }
    int maxDefinition = descriptor.getMaxDefinitionLevel();
    PrimitiveType primitive = descriptor.getPrimitiveType();
    Type icebergType = projection.columns().get(c).type();
    long timestampScale = timestampScale(primitive);
    for (int r = from; r < from + rows; r++) {
      if (reader.getCurrentDefinitionLevel() < maxDefinition) {
        batch.setNull(c, r);
      } else {
        switch (icebergType.typeId()) {
          case BOOLEAN -> batch.setBoolean(c, r, reader.getBoolean());
          case INTEGER -> batch.setLong(c, r, reader.getInteger());
          case LONG -> batch.setLong(c, r, primitive.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT32
              ? reader.getInteger() : reader.getLong());
          case FLOAT -> batch.setDouble(c, r, reader.getFloat());
          case DOUBLE -> batch.setDouble(c, r,
              primitive.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.FLOAT
                  ? reader.getFloat() : reader.getDouble());
          case DATE -> batch.setInt(c, r, reader.getInteger());
          case TIMESTAMP -> {
            long raw = reader.getLong();
            batch.setLong(c, r, timestampScale >= 0 ? raw * timestampScale : raw / -timestampScale);
          }
          default -> setBinary(batch, c, r, reader.getBinary());
        }
      }
      reader.consume();
    }
  }

  /** Factor to microseconds: positive multiplies, negative divides. */
  private static long timestampScale(PrimitiveType type) {
    if (type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation ts) {
      return switch (ts.getUnit()) {
        case MILLIS -> 1000;
        case MICROS -> 1;
        case NANOS -> -1000;
      };
    }
    return 1;
  }

  private static void setBinary(ColumnBatch batch, int c, int r, Binary value) {
    ByteBuffer buffer = value.toByteBuffer();
    if (buffer.hasArray()) {
      batch.setBytes(c, r, buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
    } else {
      byte[] copy = new byte[buffer.remaining()];
      buffer.duplicate().get(copy);
      batch.setBytes(c, r, copy, 0, copy.length);
    }
  }

  // ---------------------------------------------------------------------------------------------- generic path

  private ColumnBatch readGeneric(ColumnBatch batch, Sink sink) throws IOException, InterruptedException {
    int n = projection.columns().size();
    try (CloseableIterable<Record> records = IcebergGenerics.read(table).useSnapshot(snapshot.snapshotId())
        .select(projection.columns().stream().map(Types.NestedField::name).toList()).build()) {
      for (Record record : records) {
        int r = batch.size();
        for (int c = 0; c < n; c++) {
          setValue(batch, c, r, record.getField(projection.columns().get(c).name()));
        }
        batch.setSize(r + 1);
        if (batch.full()) {
          batch = sink.accept(batch);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return batch;
  }

  private void setValue(ColumnBatch batch, int c, int r, @Nullable Object value) {
    if (value == null) {
      batch.setNull(c, r);
      return;
    }
    switch (types.get(c)) {
      case BOOLEAN -> batch.setBoolean(c, r, (Boolean) value);
      case LONG -> batch.setLong(c, r, ((Number) value).longValue());
      case DOUBLE -> batch.setDouble(c, r, ((Number) value).doubleValue());
      case DATE -> batch.setInt(c, r, (int) ((LocalDate) value).toEpochDay());
      case TIMESTAMP -> batch.setLong(c, r, switch (value) {
        case LocalDateTime local -> ChronoUnit.MICROS.between(LocalDateTime.of(1970, 1, 1, 0, 0), local);
        case OffsetDateTime offset -> ChronoUnit.MICROS.between(LocalDateTime.of(1970, 1, 1, 0, 0),
            offset.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        default -> throw new IllegalStateException("timestamp read as " + value.getClass());
      });
      case GEOMETRY -> {
        ByteBuffer buffer = ((ByteBuffer) value).duplicate();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        batch.setBytes(c, r, bytes, 0, bytes.length);
      }
      case STRING -> {
        String text = value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        batch.setBytes(c, r, bytes, 0, bytes.length);
      }
    }
  }

  /** Parquet's view of an Iceberg input file. */
  private record ParquetInput(org.apache.iceberg.io.InputFile file) implements org.apache.parquet.io.InputFile {
    @Override
    public long getLength() {
      return file.getLength();
    }

    @Override
    public SeekableInputStream newStream() {
      org.apache.iceberg.io.SeekableInputStream in = file.newStream();
      return new DelegatingSeekableInputStream(in) {
        @Override
        public long getPos() throws IOException {
          return in.getPos();
        }

        @Override
        public void seek(long position) throws IOException {
          in.seek(position);
        }
      };
    }
  }

  /** Values are read straight from the column readers: no converter is ever called. */
  private static final class NoConversion extends GroupConverter {
    static final NoConversion INSTANCE = new NoConversion();
    private static final PrimitiveConverter PRIMITIVE = new PrimitiveConverter() {};

    @Override
    public Converter getConverter(int fieldIndex) {
      return PRIMITIVE;
    }

    @Override
    public void start() {}

    @Override
    public void end() {}
  }
}
