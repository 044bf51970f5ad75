package fr.socle.portal.explore;

import fr.socle.lakehouse.odsql.FieldType;
import fr.socle.lakehouse.odsql.OutputColumn;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Coordinate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/** The text formats of dataset exports: CSV, JSON, JSON Lines and GeoJSON. */
final class ExportWriters {
  private ExportWriters() {}

  static final class Csv implements ExportWriter {
    private final Writer out;
    private final CsvCells cells;
    private final ZoneId zone;
    private final boolean bom;
    private List<OutputColumn> columns = List.of();

    Csv(OutputStream out, ExploreParams.CsvFormat format, ZoneId zone) {
      this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      this.cells = new CsvCells(this.out, format.delimiter(), format.neutralise(), format.quoteAll());
      this.zone = zone;
      this.bom = format.bom();
    }

    @Override
    public void start(List<OutputColumn> columns, List<String> headers) throws IOException {
      this.columns = columns;
      if (bom) {
        out.write('\uFEFF');
      }
      cells.row(List.copyOf(headers));
    }

    @Override
    public void row(@Nullable Object[] values) throws IOException {
      for (int i = 0; i < values.length; i++) {
        Object value = values[i];
        if (value instanceof Number || value instanceof Boolean || value instanceof LocalDate
            || value instanceof LocalDateTime) {
          cells.raw(OdsValues.text(value, zone), i == 0);
        } else {
          cells.text(OdsValues.text(value, zone), i == 0);
        }
      }
      cells.end();
    }

    @Override
    public void finish(boolean truncated) throws IOException {
      out.flush();
    }
  }

  /** A JSON array of flat records ({@code json}), or one record per line ({@code jsonl}). */
  static final class Json implements ExportWriter {
    private final JsonGenerator json;
    private final OutputStream out;
    private final boolean lines;
    private final ZoneId zone;
    private List<OutputColumn> columns = List.of();

    Json(OutputStream out, boolean lines, ZoneId zone) {
      this.out = out;
      this.json = (lines ? GeoJson.LINES : GeoJson.FACTORY).createGenerator(ObjectWriteContext.empty(), out);
      this.lines = lines;
      this.zone = zone;
    }

    @Override
    public void start(List<OutputColumn> columns, List<String> headers) {
      this.columns = columns;
      if (!lines) {
        json.writeStartArray();
      }
    }

    @Override
    public void row(@Nullable Object[] values) throws IOException {
      ExploreRecordsApiController.writeRecord(json, columns, values, zone);
    }

    @Override
    public void finish(boolean truncated) throws IOException {
      if (!lines) {
        json.writeEndArray();
      }
      json.flush();
      if (lines) {
        out.write('\n');
      }
    }
  }

  /** A FeatureCollection: the geometry from {@code geo_shape} (or the point), every other field a property. */
  static final class GeoJsonCollection implements ExportWriter {
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();
    private final JsonGenerator json;
    private final ZoneId zone;
    private List<OutputColumn> columns = List.of();
    private int shape = -1;
    private int point = -1;

    GeoJsonCollection(OutputStream out, ZoneId zone) {
      this.json = GeoJson.FACTORY.createGenerator(ObjectWriteContext.empty(), out);
      this.zone = zone;
    }

    @Override
    public void start(List<OutputColumn> columns, List<String> headers) {
      this.columns = columns;
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).type() == FieldType.GEO_SHAPE && shape < 0) {
          shape = i;
        }
        if (columns.get(i).type() == FieldType.GEO_POINT_2D && point < 0) {
          point = i;
        }
      }
      json.writeStartObject();
      json.writeName("type");
      json.writeString("FeatureCollection");
      json.writeName("features");
      json.writeStartArray();
    }

    @Override
    public void row(@Nullable Object[] values) {
      json.writeStartObject();
      json.writeName("type");
      json.writeString("Feature");
      json.writeName("geometry");
      Geometry geometry = shape >= 0 && values[shape] instanceof Geometry g ? g
          : point >= 0 && values[point] instanceof double[] p ? GEOMETRIES.createPoint(new Coordinate(p[0], p[1]))
          : null;
      if (geometry == null) {
        json.writeNull();
      } else {
        GeoJson.geometry(json, geometry);
      }
      json.writeName("properties");
      json.writeStartObject();
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).type() == FieldType.GEO_SHAPE) {
          continue;
        }
        json.writeName(columns.get(i).key());
        OdsValues.write(json, columns.get(i).type(), values[i], zone);
      }
      json.writeEndObject();
      json.writeEndObject();
    }

    @Override
    public void finish(boolean truncated) {
      json.writeEndArray();
      json.writeEndObject();
      json.flush();
    }
  }

  static @Nullable Double decimal(@Nullable Object value) {
    return switch (value) {
      case null -> null;
      case BigDecimal number -> number.doubleValue();
      case Number number -> number.doubleValue();
      default -> null;
    };
  }
}
