package fr.socle.portal.catalogue;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import fr.socle.lakehouse.query.GovernedQueries;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.lakehouse.query.QueryHandle;
import fr.socle.lakehouse.query.ResultSink;
import fr.socle.policies.access.Subject;
import fr.socle.portal.audit.AuditEntry;
import fr.socle.portal.audit.AuditTrail;
import fr.socle.portal.explore.CsvCells;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Downloads of a dataset: exactly the rows and columns Trino returns to the person, streamed from Trino to the
 * response row by row (never a whole result in memory), each one recorded in the audit trail with its outcome.
 */
@Service
class DatasetExports {
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final DatasetReads reads;
  private final AuditTrail audit;
  private final JsonMapper json;
  private final Clock clock;

  DatasetExports(DatasetReads reads, AuditTrail audit, JsonMapper json, Clock clock) {
    this.reads = reads;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /**
   * How to write: the format, the CSV separator ({@code ;} also writes a BOM and decimal commas, as French
   * spreadsheets expect), the version read, where the request came from (for the audit trail), and the rows wanted
   * (no condition: all).
   */
  public record Options(ExportFormat format, char separator, @Nullable Long version, String channel,
      List<fr.socle.lakehouse.query.TableQuery.Condition> conditions) {
    public Options {
      if (separator != ',' && separator != ';') {
        throw new IllegalArgumentException("séparateur accepté : « , » ou « ; »");
      }
      conditions = List.copyOf(conditions);
    }

    public Options(ExportFormat format, char separator, @Nullable Long version, String channel) {
      this(format, separator, version, channel, List.of());
    }
  }

  /** Where the file goes: opened only once Trino has accepted the query, so a refusal can still be an error. */
  @FunctionalInterface
  public interface Target {
    OutputStream open(String contentType, String fileName) throws IOException;
  }

  public GovernedQueries.Outcome export(Subject me, ReadableTable table, Options options, Target target)
      throws QueryException {
    if (options.format() == ExportFormat.GEOJSON && table.geo() == null) {
      throw new IllegalArgumentException("ce jeu de données n'a pas de géométrie : pas d'export GeoJSON");
    }
    String fileName = table.dataset().id() + (options.version() == null ? "" : "-v" + options.version()) + "."
        + options.format().extension();
    FileSink sink = switch (options.format()) {
      case CSV -> new CsvSink(options.separator());
      case PARQUET -> new ParquetSink();
      case GEOJSON -> new GeoJsonSink(java.util.Objects.requireNonNull(table.geo()), json);
    };
    sink.target = () -> target.open(options.format().contentType(), fileName);
    DatasetReads.Selection all = new DatasetReads.Selection(0, 0, null,
        fr.socle.lakehouse.query.TableQuery.Direction.ASC, options.conditions(), options.version());
    GovernedQueries.Outcome outcome = null;
    String failure = null;
    try {
      outcome = reads.stream(me, table, all, Long.MAX_VALUE, sink, new QueryHandle());
      sink.finish();
      return outcome;
    } catch (QueryException e) {
      failure = e.code().name().toLowerCase(java.util.Locale.ROOT);
      throw e;
    } catch (IOException e) {
      failure = "interrupted";
      throw new QueryException(QueryException.Code.CANCELLED, "téléchargement interrompu", e);
    } finally {
      record(me, table, options, outcome, sink.rows, failure);
    }
  }

  private void record(Subject me, ReadableTable table, Options options, GovernedQueries.@Nullable Outcome outcome,
      long rows, @Nullable String failure) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("format", options.format().extension());
    details.put("rows", rows);
    details.put("channel", options.channel());
    details.put("columns", table.columnNames());
    if (options.format() == ExportFormat.CSV) {
      details.put("separator", String.valueOf(options.separator()));
    }
    if (options.version() != null) {
      details.put("version", Long.toString(options.version())); // a 63-bit snapshot id, as the APIs write it
    }
    if (outcome != null && outcome.truncated()) {
      details.put("truncated", true);
    }
    audit.record(new AuditEntry(clock.instant(), AuditEntry.Kinds.DOWNLOAD, me.user(), null, table.dataset().id(),
        outcome == null ? null : outcome.queryId(), failure == null ? "completed" : failure,
        "téléchargement " + options.format().extension().toUpperCase(java.util.Locale.ROOT) + " de "
            + table.dataset().id() + " (" + rows + " lignes)", details));
  }

  /** Opens the target at the first callback, counts rows, completes the file at the end. */
  private abstract static class FileSink implements ResultSink {
    @FunctionalInterface
    interface Opener {
      OutputStream open() throws IOException;
    }

    @Nullable Opener target;
    long rows;

    OutputStream open() throws IOException {
      return java.util.Objects.requireNonNull(target).open();
    }

    abstract void finish() throws IOException;
  }

  private static final class CsvSink extends FileSink {
    private final char separator;
    private @Nullable CsvWriter csv;

    CsvSink(char separator) {
      this.separator = separator;
    }

    @Override
    public void columns(List<ResultColumn> columns) throws IOException {
      OutputStream out = open();
      if (separator == ';') {
        out.write(UTF8_BOM);
      }
      csv = CsvWriter.builder().fieldSeparator(separator).lineDelimiter(LineDelimiter.CRLF)
          .build(out, StandardCharsets.UTF_8);
      csv.writeRecord(columns.stream().map(ResultColumn::name).toList());
    }

    @Override
    public void row(@Nullable Object[] values) {
      List<String> fields = new ArrayList<>(values.length);
      for (Object value : values) {
        // citizens' free text may start like a formula: never run by the spreadsheet that opens the file
        fields.add(value instanceof String text ? CsvCells.neutralised(text) : Values.text(value, separator == ';'));
      }
      java.util.Objects.requireNonNull(csv).writeRecord(fields);
      rows++;
    }

    @Override
    void finish() throws IOException {
      if (csv != null) {
        csv.close();
      }
    }
  }

  private static final class ParquetSink extends FileSink {
    private @Nullable ParquetRows parquet;

    @Override
    public void columns(List<ResultColumn> columns) throws IOException {
      parquet = new ParquetRows(columns, open());
    }

    @Override
    public void row(@Nullable Object[] values) throws IOException {
      java.util.Objects.requireNonNull(parquet).write(values);
      rows++;
    }

    @Override
    void finish() throws IOException {
      if (parquet != null) {
        parquet.close();
      }
    }
  }

  /** A FeatureCollection: the location column(s) become the geometry, the other columns the properties. */
  private static final class GeoJsonSink extends FileSink {
    private final ReadableTable.Geo geo;
    private final JsonMapper json;
    private @Nullable JsonGenerator out;
    private List<ResultColumn> columns = List.of();
    private int geometry = -1;
    private int lat = -1;
    private int lon = -1;

    GeoJsonSink(ReadableTable.Geo geo, JsonMapper json) {
      this.geo = geo;
      this.json = json;
    }

    @Override
    public void columns(List<ResultColumn> columns) throws IOException {
      this.columns = List.copyOf(columns);
      List<String> names = columns.stream().map(ResultColumn::name).toList();
      switch (geo) {
        case ReadableTable.Geo.Wkb wkb -> geometry = names.indexOf(wkb.column());
        case ReadableTable.Geo.LatLon latLon -> {
          lat = names.indexOf(latLon.lat());
          lon = names.indexOf(latLon.lon());
        }
      }
      JsonGenerator generator = json.createGenerator(open());
      generator.writeStartObject();
      generator.writeStringProperty("type", "FeatureCollection");
      generator.writeArrayPropertyStart("features");
      out = generator;
    }

    @Override
    public void row(@Nullable Object[] values) {
      JsonGenerator generator = java.util.Objects.requireNonNull(out);
      generator.writeStartObject();
      generator.writeStringProperty("type", "Feature");
      generator.writeName("geometry");
      generator.writePOJO(geometryOf(values));
      generator.writeObjectPropertyStart("properties");
      for (int i = 0; i < values.length; i++) {
        if (i != geometry) {
          generator.writeName(columns.get(i).name());
          generator.writePOJO(Values.json(values[i]));
        }
      }
      generator.writeEndObject();
      generator.writeEndObject();
      rows++;
    }

    private @Nullable Object geometryOf(@Nullable Object[] values) {
      if (geometry >= 0) {
        return values[geometry] instanceof byte[] wkb ? Values.geoJson(wkb) : null;
      }
      if (lat >= 0 && lon >= 0 && values[lat] instanceof Number y && values[lon] instanceof Number x) {
        return Map.of("type", "Point", "coordinates", List.of(x.doubleValue(), y.doubleValue()));
      }
      return null;
    }

    @Override
    void finish() {
      if (out != null) {
        out.writeEndArray();
        out.writeEndObject();
        out.close();
      }
    }
  }
}
