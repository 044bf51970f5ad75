package fr.socle.lakehouse.ingest;

import fr.socle.lakehouse.iceberg.Tier;
import fr.socle.lakehouse.schema.TableSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.iceberg.MetricsConfig;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.exceptions.NoSuchTableException;
import org.jspecify.annotations.Nullable;

/**
 * Loads files into the tables of one tier: reads the file as a stream, types its columns (inferred from a sample,
 * corrected by a steward, or fixed by a TableSchema), validates every row, writes Parquet and commits it as one
 * Iceberg snapshot. An invalid file, or any failure, commits nothing and leaves no file behind.
 *
 * <p>Thread-safe: one instance per tier serves concurrent loads (of different tables).
 */
public final class Ingestion {
  static final int SAMPLE_ROWS = 10_000;
  static final int PREVIEW_ROWS = 20;
  private static final int MAX_PASSES = 4;

  private final Catalog catalog;
  private final String warehouse;
  private final WriterSettings settings;

  public Ingestion(Tier tier) {
    this(tier.catalog(), tier.settings().warehouse(), WriterSettings.DEFAULTS);
  }

  /** For tests and benchmarks: any catalogue, any writer settings. */
  Ingestion(Catalog catalog, String warehouse, WriterSettings settings) {
    this.catalog = catalog;
    this.warehouse = warehouse;
    this.settings = settings;
  }

  /** What the file holds and how it would be typed, without writing anything. */
  public FileInspection inspect(Path file, @Nullable SourceFormat format, ReadOptions read)
      throws IngestionException {
    try {
      SourceFormat resolved = format != null ? format : SourceFormat.detect(file);
      try {
        return preview(file, resolved, read);
      } catch (CharacterCodingException e) {
        if (!Sources.mayFallBack(file, resolved, read)) {
          throw e;
        }
        return preview(file, resolved, read.withCharset(CsvDialect.WINDOWS_1252));
      }
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(e);
    }
  }

  private static FileInspection preview(Path file, SourceFormat format, ReadOptions read)
      throws IOException, IngestionException {
    Source source = Sources.open(file, format, read);
    List<String> labels = Sources.labels(source, read);
    List<String> names = ColumnNames.normalise(labels);
    SampleSink sample = sample(source, labels.size(), read, PREVIEW_ROWS);
    List<@Nullable ColumnType> natives = Sources.nativeTypes(source, read);
    List<ColumnSpec> columns = new ArrayList<>();
    for (int c = 0; c < labels.size(); c++) {
      ColumnType type = natives.get(c) != null ? natives.get(c) : sample.inferred(c, names.get(c));
      columns.add(new ColumnSpec(names.get(c), type, labels.get(c)));
    }
    return new FileInspection(format, columns, sample.preview(), source.charsetName(), source.delimiter());
  }

  public IngestionResult ingest(IngestionRequest request, ProgressListener progress) throws IngestionException {
    try {
      SourceFormat format = request.format() != null ? request.format() : SourceFormat.detect(request.file());
      try {
        return load(request, format, progress);
      } catch (CharacterCodingException e) {
        // Strict UTF-8 held on an all-ASCII sample but not further on: the file is Windows-1252 after all.
        if (!Sources.mayFallBack(request.file(), format, request.read())) {
          throw e;
        }
        return load(request.withRead(request.read().withCharset(CsvDialect.WINDOWS_1252)), format, progress);
      }
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IngestionException(IngestionException.Code.IO_ERROR, Message.of("load.interrupted"), e);
    }
  }

  private IngestionResult load(IngestionRequest request, SourceFormat format, ProgressListener progress)
      throws IOException, IngestionException, InterruptedException {
    Source source = Sources.open(request.file(), format, request.read());
    Table existing = existingTable(request);
    List<String> labels = Sources.labels(source, request.read());
    List<String> names = ColumnNames.normalise(labels);
    List<TableSchema.@Nullable Field> fields = HeaderCheck.schemaFields(request.schema(), labels);
    Map<String, ColumnType> tableColumns = existing == null ? Map.of() : switch (request.mode()) {
      case APPEND -> TableLoad.columnsOf(existing);
      case REPLACE -> TableLoad.loadableColumnsOf(existing);
      case CREATE -> Map.of();
    };
    if (request.mode() == LoadMode.APPEND) {
      HeaderCheck.knownToTable(labels, names, tableColumns);
    }
    Set<String> missingValues = FieldRules.missingValues(request.schema());
    List<ColumnPlan> plans = plan(source, request, labels, names, fields, tableColumns);
    for (int pass = 1; ; pass++) {
      TableLoad load = TableLoad.prepare(catalog, warehouse, request.table(), request.mode(), existing,
          plans.stream().map(ColumnPlan::spec).toList());
      ColumnarFileWriter writer = new ColumnarFileWriter(load.table().io(), load.table().locationProvider(),
          load.fileSchema(), settings, MetricsConfig.forTable(load.table()));
      LoadPass.Outcome outcome;
      try {
        outcome = LoadPass.run(source, plans, missingValues, writer, settings,
            decoratorFor(source, request.read(), labels.size()), progress);
      } catch (IOException | IngestionException | InterruptedException | RuntimeException e) {
        cleanUpLocation(load.createdLocation());
        throw e;
      }
      if (!outcome.errors().isEmpty()) {
        cleanUpLocation(load.createdLocation());
        ValidationReport report = outcome.errors().report();
        throw new IngestionException(IngestionException.Code.INVALID_ROWS,
            Message.of(report.errorCount() > 1 ? "load.invalidRows" : "load.invalidRow", report.errorCount()),
            report, null);
      }
      if (outcome.widened()) {
        cleanUpLocation(load.createdLocation());
        if (pass >= MAX_PASSES) {
          throw new IngestionException(IngestionException.Code.MALFORMED_FILE,
              Message.of("load.typesUnsettled", pass));
        }
        plans = widen(plans, outcome.types());
        continue;
      }
      if (outcome.rows() == 0 && request.mode() != LoadMode.CREATE) {
        // a header alone: a replace would empty the dataset, an append would add a snapshot of nothing
        cleanUpLocation(load.createdLocation());
        throw new IngestionException(IngestionException.Code.EMPTY_FILE, Message.of(
            request.mode() == LoadMode.REPLACE ? "load.emptyReplace" : "load.emptyAppend"));
      }
      long snapshotId;
      try {
        snapshotId = load.commit(outcome.files(), summary(request, outcome.rows()));
      } catch (IngestionException e) {
        cleanUpLocation(load.createdLocation());
        throw e;
      }
      return new IngestionResult(snapshotId, outcome.rows(), outcome.bytesRead(),
          plans.stream().map(ColumnPlan::spec).toList(), ValidationReport.EMPTY);
    }
  }

  private static List<ColumnPlan> widen(List<ColumnPlan> plans, List<ColumnType> types) {
    List<ColumnPlan> widened = new ArrayList<>();
    for (int c = 0; c < plans.size(); c++) {
      widened.add(plans.get(c).withType(types.get(c)));
    }
    return widened;
  }

  private @Nullable Table existingTable(IngestionRequest request) throws IngestionException {
    TableIdentifier id = request.table();
    if (request.mode() == LoadMode.CREATE) {
      if (catalog.tableExists(id)) {
        throw new IngestionException(IngestionException.Code.TABLE_EXISTS, Message.of("table.exists", id));
      }
      return null;
    }
    try {
      return catalog.loadTable(id);
    } catch (NoSuchTableException e) {
      throw new IngestionException(IngestionException.Code.NO_SUCH_TABLE, Message.of("table.missing", id), e);
    }
  }

  /**
   * Types: the table's (APPEND), a steward's override, the schema's, the format's (Parquet's), the table's for the
   * columns a REPLACE keeps (widening as numbers and dates do, never to text), else inferred.
   */
  private List<ColumnPlan> plan(Source source, IngestionRequest request, List<String> labels, List<String> names,
      List<TableSchema.@Nullable Field> fields, Map<String, ColumnType> tableColumns)
      throws IOException, IngestionException {
    List<@Nullable ColumnType> natives = Sources.nativeTypes(source, request.read());
    Map<String, ColumnType> overrides = request.typeOverrides();
    List<@Nullable ColumnPlan> plans = new ArrayList<>();
    boolean inferring = false;
    for (int c = 0; c < labels.size(); c++) {
      String label = labels.get(c);
      String name = names.get(c);
      TableSchema.Field field = fields.get(c);
      ColumnType type;
      ColumnPlan.Typing typing = ColumnPlan.Typing.FIXED;
      if (request.mode() == LoadMode.APPEND) {
        type = tableColumns.get(name);
      } else if (overrides.containsKey(label) || overrides.containsKey(name)) {
        type = overrides.containsKey(label) ? overrides.get(label) : overrides.get(name);
      } else if (field != null) {
        type = FieldRules.columnType(field);
      } else if (natives.get(c) != null || !tableColumns.containsKey(name)) {
        type = natives.get(c);
      } else {
        type = tableColumns.get(name);
        typing = ColumnPlan.Typing.KEPT;
      }
      if (type == null) {
        inferring = true;
        plans.add(null);
      } else {
        plans.add(new ColumnPlan(new ColumnSpec(name, type, label), typing, field));
      }
    }
    SampleSink sample = inferring ? sample(source, labels.size(), request.read(), 0) : null;
    List<ColumnPlan> result = new ArrayList<>();
    for (int c = 0; c < labels.size(); c++) {
      ColumnPlan plan = plans.get(c);
      result.add(plan != null
          ? plan
          : new ColumnPlan(new ColumnSpec(names.get(c), sample.inferred(c, names.get(c)), labels.get(c)),
              ColumnPlan.Typing.INFERRED,
              fields.get(c)));
    }
    return result;
  }

  private static SampleSink sample(Source source, int columns, ReadOptions read, int previewRows)
      throws IOException, IngestionException {
    SampleSink sample = new SampleSink(columns, previewRows);
    try (RowReader reader = source.open()) {
      CellSink sink = decoratorFor(source, read, columns).apply(sample);
      while (sample.rows() < SAMPLE_ROWS && reader.next(sink)) {
        // Reads until the sample is full or the file ends.
      }
    }
    return sample;
  }

  /** For CSV and XLSX with X/Y columns named: the point columns appended after the file's. */
  private static UnaryOperator<CellSink> decoratorFor(Source source, ReadOptions read, int columns)
      throws IngestionException {
    if (read.xColumn() == null || source instanceof GeoJsonSource) {
      return UnaryOperator.identity();
    }
    int x = source.headers().indexOf(read.xColumn());
    int y = source.headers().indexOf(read.yColumn());
    if (x < 0 || y < 0) {
      throw new IngestionException(IngestionException.Code.MISSING_COLUMNS,
          Message.of("file.coordinatesMissing", x < 0 ? read.xColumn() : read.yColumn()));
    }
    Reprojection reprojection = read.reprojectFrom() == null ? null : Reprojection.from(read.reprojectFrom());
    int geometry = source.headers().size();
    return sink -> new PointSink(sink, x, y, geometry, reprojection);
  }

  private static Map<String, String> summary(IngestionRequest request, long rows) {
    Map<String, String> summary = new LinkedHashMap<>(request.snapshotProperties());
    summary.put("socle.mode", request.mode().name().toLowerCase(Locale.ROOT));
    summary.put("socle.source", request.sourceName());
    summary.put("socle.rows", Long.toString(rows));
    return summary;
  }

  /** Removes the empty folders a failed CREATE left on a local warehouse (object stores have no folders). */
  private static void cleanUpLocation(@Nullable String location) {
    if (location == null || !location.startsWith("file:")) {
      return;
    }
    Path root = Path.of(URI.create(location));
    for (Path dir : List.of(root.resolve("data"), root.resolve("metadata"), root)) {
      try {
        Files.deleteIfExists(dir);
      } catch (DirectoryNotEmptyException | NoSuchFileException e) {
        // Something else lives there: leave it.
      } catch (IOException e) {
        // Best effort.
      }
    }
  }

  private static IngestionException unreadable(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof CharacterCodingException) {
      return new IngestionException(IngestionException.Code.UNREADABLE_ENCODING,
          Message.of("file.encoding"), e);
    }
    if (cause instanceof NoSuchFileException) {
      return new IngestionException(IngestionException.Code.IO_ERROR,
          Message.of("file.notFound", cause.getMessage()), e);
    }
    return new IngestionException(IngestionException.Code.IO_ERROR,
        Message.of("file.unreadable", cause.getMessage()), e);
  }
}
