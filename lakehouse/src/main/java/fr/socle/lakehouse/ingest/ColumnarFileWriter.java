package fr.socle.lakehouse.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.DataFiles;
import org.apache.iceberg.FileFormat;
import org.apache.iceberg.Metrics;
import org.apache.iceberg.MetricsConfig;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.SchemaParser;
import org.apache.iceberg.io.FileIO;
import org.apache.iceberg.io.LocationProvider;
import org.apache.iceberg.parquet.ParquetSchemaUtil;
import org.apache.iceberg.parquet.ParquetUtil;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.jspecify.annotations.Nullable;

/**
 * Writes column batches as Parquet data files with parquet-column's low-level API: each column's values go
 * straight from the batch's primitive arrays to its column writer, with no record objects in between. The Parquet
 * schema carries the Iceberg field ids, so Trino maps columns by id. A row group is flushed past
 * {@link WriterSettings#rowGroupBytes()}, a new file started past {@link WriterSettings#targetFileBytes()}.
 * Single-threaded: the writing thread of a load (or of a promotion) owns it.
 */
public final class ColumnarFileWriter implements Closeable {
  private static final Configuration HADOOP = new Configuration(false);

  private final FileIO io;
  private final LocationProvider locations;
  private final Schema schema;
  private final MessageType parquetSchema;
  private final ColumnDescriptor[] descriptors;
  private final WriterSettings settings;
  private final MetricsConfig metricsConfig;
  private final ParquetProperties properties;
  private final CodecFactory codecs;
  private final BytesInputCompressor compressor;
  private final String filePrefix = UUID.randomUUID().toString();
  private final List<DataFile> done = new ArrayList<>();
  private final List<String> written = new ArrayList<>();

  private @Nullable ParquetFileWriter file;
  private @Nullable IcebergOutputFile output;
  private @Nullable String location;
  private @Nullable ColumnChunkPageWriteStore pages;
  private @Nullable ColumnWriteStore store;
  private ColumnWriter[] writers = new ColumnWriter[0];
  private long rowsInGroup;
  private long rowsInFile;
  private int fileCount;

  public ColumnarFileWriter(FileIO io, LocationProvider locations, Schema schema, WriterSettings settings,
      MetricsConfig metricsConfig) {
    this(io, locations, schema, settings, metricsConfig, java.util.Set.of());
  }

  /**
   * @param plainColumns columns known to be unique (a record id): written without a dictionary, which would only be
   *     tried and abandoned
   */
  public ColumnarFileWriter(FileIO io, LocationProvider locations, Schema schema, WriterSettings settings,
      MetricsConfig metricsConfig, java.util.Set<String> plainColumns) {
    this.io = io;
    this.locations = locations;
    this.schema = schema;
    this.parquetSchema = ParquetSchemaUtil.convert(schema, "table");
    this.descriptors = parquetSchema.getColumns().toArray(ColumnDescriptor[]::new);
    this.settings = settings;
    this.metricsConfig = metricsConfig;
    ParquetProperties.Builder builder = ParquetProperties.builder();
    plainColumns.forEach(column -> builder.withDictionaryEncoding(column, false));
    this.properties = builder
        .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0)
        .withPageSize(settings.pageBytes())
        .withDictionaryPageSize(2 << 20)
        .withDictionaryEncoding(true)
        // Min/max statistics stay (Iceberg metrics, Trino's pruning); page checksums and size histograms, which no
        // reader here uses, cost a pass over every page and every value.
        .withPageWriteChecksumEnabled(false)
        .withSizeStatisticsEnabled(false)
        .build();
    Configuration conf = new Configuration(HADOOP);
    conf.setInt("parquet.compression.codec.zstd.level", settings.zstdLevel());
    this.codecs = new CodecFactory(conf, settings.pageBytes());
    this.compressor = codecs.getCompressor(settings.codec());
  }

  public void write(ColumnBatch batch) throws IOException {
    if (batch.size == 0) {
      return;
    }
    if (file == null) {
      startFile();
    }
    int rows = batch.size;
    for (int c = 0; c < descriptors.length; c++) {
      writeColumn(writers[c], batch, c, rows);
    }
    for (int r = 0; r < rows; r++) {
      store.endRecord();
    }
    rowsInGroup += rows;
    rowsInFile += rows;
    if (store.getBufferedSize() >= settings.rowGroupBytes()) {
      flushRowGroup();
      if (file.getPos() >= settings.targetFileBytes()) {
        finishFile();
      } else {
        startRowGroup();
      }
    }
  }

  private static void writeColumn(ColumnWriter w, ColumnBatch batch, int c, int rows) {
    boolean[] nulls = batch.nulls[c];
    switch (batch.types[c]) {
      case LONG, TIMESTAMP -> {
        long[] values = batch.longs[c];
        for (int r = 0; r < rows; r++) {
          if (nulls[r]) {
            w.writeNull(0, 0);
          } else {
            w.write(values[r], 0, 1);
          }
        }
      }
      case DOUBLE -> {
        double[] values = batch.doubles[c];
        for (int r = 0; r < rows; r++) {
          if (nulls[r]) {
            w.writeNull(0, 0);
          } else {
            w.write(values[r], 0, 1);
          }
        }
      }
      case DATE -> {
        int[] values = batch.ints[c];
        for (int r = 0; r < rows; r++) {
          if (nulls[r]) {
            w.writeNull(0, 0);
          } else {
            w.write(values[r], 0, 1);
          }
        }
      }
      case BOOLEAN -> {
        boolean[] values = batch.booleans[c];
        for (int r = 0; r < rows; r++) {
          if (nulls[r]) {
            w.writeNull(0, 0);
          } else {
            w.write(values[r], 0, 1);
          }
        }
      }
      case STRING, GEOMETRY -> {
        byte[] data = batch.bytes[c];
        int[] starts = batch.starts[c];
        int[] lengths = batch.lengths[c];
        for (int r = 0; r < rows; r++) {
          if (nulls[r]) {
            w.writeNull(0, 0);
          } else {
            // Reused: dictionaries and statistics copy what they keep.
            w.write(Binary.fromReusedByteArray(data, starts[r], lengths[r]), 0, 1);
          }
        }
      }
    }
  }

  /** Closes the current file and returns every data file written. */
  public List<DataFile> finish() throws IOException {
    if (file != null) {
      if (rowsInGroup > 0) {
        flushRowGroup();
      }
      finishFile();
    }
    return List.copyOf(done);
  }

  /** Closes what is open and deletes every file written; never throws. */
  public void abort() {
    try {
      close();
    } catch (IOException | RuntimeException e) {
      // The files are deleted below whatever state the writer was left in.
    }
    for (String path : written) {
      try {
        io.deleteFile(path);
      } catch (RuntimeException e) {
        // Best effort: an orphan file is not referenced by any snapshot.
      }
    }
    done.clear();
  }

  public List<String> writtenLocations() {
    return List.copyOf(written);
  }

  @Override
  public void close() throws IOException {
    try {
      if (store != null) {
        store.close();
      }
      if (pages != null) {
        pages.close();
      }
      if (file != null) {
        file.close();
      }
    } finally {
      store = null;
      pages = null;
      file = null;
      codecs.release();
    }
  }

  private void startFile() throws IOException {
    location = locations.newDataLocation(filePrefix + "-" + (fileCount++) + ".parquet");
    output = new IcebergOutputFile(io.newOutputFile(location));
    written.add(location);
    file = new ParquetFileWriter(output, parquetSchema, ParquetFileWriter.Mode.CREATE, settings.rowGroupBytes(),
        0, null, properties);
    file.start();
    rowsInFile = 0;
    startRowGroup();
  }

  private void startRowGroup() {
    pages = new ColumnChunkPageWriteStore(compressor, parquetSchema, HeapByteBufferAllocator.getInstance(),
        properties.getColumnIndexTruncateLength(), properties.getPageWriteChecksumEnabled(), null, 0);
    store = properties.newColumnWriteStore(parquetSchema, pages, pages);
    writers = new ColumnWriter[descriptors.length];
    for (int c = 0; c < descriptors.length; c++) {
      writers[c] = store.getColumnWriter(descriptors[c]);
    }
    rowsInGroup = 0;
  }

  private void flushRowGroup() throws IOException {
    file.startBlock(rowsInGroup);
    store.flush();
    pages.flushToFileWriter(file);
    file.endBlock();
    store.close();
    pages.close();
    store = null;
    pages = null;
    rowsInGroup = 0;
  }

  private void finishFile() throws IOException {
    if (store != null) {
      store.close();
      pages.close();
      store = null;
      pages = null;
    }
    file.end(Map.of("iceberg.schema", SchemaParser.toJson(schema)));
    ParquetMetadata footer = file.getFooter();
    file = null;
    Metrics metrics = ParquetUtil.footerMetrics(footer, Stream.empty(), metricsConfig);
    List<Long> splits = footer.getBlocks().stream().map(BlockMetaData::getStartingPos).sorted().toList();
    done.add(DataFiles.builder(PartitionSpec.unpartitioned())
        .withPath(location)
        .withFormat(FileFormat.PARQUET)
        .withFileSizeInBytes(output.length())
        .withMetrics(metrics)
        .withSplitOffsets(splits)
        .build());
  }
}
