package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.ingest.ColumnType;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.CoordinateForm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * GeoJSON, when the published rows have a geometry: a geometry column (WKB), a pair of latitude and longitude
 * columns, or a column of "lat, lon" or WKT points. One feature per row, its id the record id, every column in its
 * properties (the geometry column's WKT aside). Written by the JSON export's thread, which encodes each row once.
 */
final class GeoJsonExport extends TextExport {
  private static final byte[] OPEN = ascii("{\"type\":\"FeatureCollection\",\"features\":[\n");
  private static final byte[] BETWEEN = ascii(",\n");
  private static final byte[] CLOSE = ascii("\n]}\n");
  private static final byte[] EMPTY = ascii("]}\n");
  private static final byte[] FEATURE = ascii("{\"type\":\"Feature\",\"id\":");
  private static final byte[] GEOMETRY = ascii(",\"geometry\":");
  private static final byte[] PROPERTIES_KEY = ascii(",\"properties\":");

  /** Where a row's geometry comes from. */
  sealed interface Source {
    /** A geometry column, WKB. */
    record Wkb(int column) implements Source {}

    /** Numeric latitude and longitude columns. */
    record LatLon(int latitude, int longitude) implements Source {}

    /** A text column of "lat, lon" or WKT points. */
    record Text(int column, CoordinateForm form) implements Source {}
  }

  /** The geometry of the published rows, if they have one. */
  static Optional<Source> source(OutputLayout layout) {
    List<OutputColumn> columns = layout.columns;
    for (int c = 1; c < columns.size(); c++) {
      if (columns.get(c).type() == ColumnType.GEOMETRY) {
        return Optional.of(new Source.Wkb(c));
      }
    }
    Optional<PointColumns.Pair> point = PointColumns.find(columns.stream().map(OutputColumn::name).toList(),
        c -> columns.get(c).type() == ColumnType.DOUBLE, 1);
    if (point.isPresent()) {
      return Optional.of(new Source.LatLon(point.get().latitude(), point.get().longitude()));
    }
    for (int c = 1; c < columns.size(); c++) {
      if (columns.get(c) instanceof OutputColumn.Rule rule && rule.rule() instanceof ColumnRule.GeneraliseCoordinates g
          && (g.form() == CoordinateForm.LAT_LON || g.form() == CoordinateForm.WKT_POINT)) {
        return Optional.of(new Source.Text(c, g.form()));
      }
    }
    return Optional.empty();
  }

  private final Source source;
  private final WKBReader wkb = new WKBReader();
  private final StringBuilder geometry = new StringBuilder();

  GeoJsonExport(ExportTarget file, List<String> names, List<ColumnType> types, Source source) {
    super(ExportFile.Format.GEOJSON, file, names, types);
    this.source = source;
  }

  @Override
  void start() throws IOException {
    out.write(OPEN);
  }

  Source source() {
    return source;
  }

  /** The GeoJSON is written with the JSON export, from its encoding of each row: see {@link JsonExport}. */
  @Override
  void write(OutputBatch batch) {
    throw new UnsupportedOperationException("written by JsonExport");
  }

  /** One feature: the record id, the geometry, and the row's JSON object (encoded once) as its properties. */
  void feature(OutputBatch batch, int r, ByteSink.Scratch properties) throws IOException {
    if (rows > 0) {
      out.write(BETWEEN);
    }
    out.write(FEATURE);
    jsonValue(batch, 0, r);
    out.write(GEOMETRY);
    geometry(batch, r);
    out.write(PROPERTIES_KEY);
    out.write(properties.buffer, 0, properties.position);
    out.write((byte) '}');
    rows++;
  }

  @Override
  void end() throws IOException {
    out.write(rows == 0 ? EMPTY : CLOSE);
  }

  private void geometry(OutputBatch batch, int r) throws IOException {
    geometry.setLength(0);
    switch (source) {
      case Source.LatLon ll -> {
        if (!batch.isNull(ll.latitude(), r) && !batch.isNull(ll.longitude(), r)) {
          out.write(POINT);
          out.write(batch.textBytes(ll.longitude()), batch.textStart(ll.longitude(), r),
              batch.textLength(ll.longitude(), r));
          out.write((byte) ',');
          out.write(batch.textBytes(ll.latitude()), batch.textStart(ll.latitude(), r),
              batch.textLength(ll.latitude(), r));
          out.write(POINT_END);
          return;
        }
      }
      case Source.Wkb w -> {
        if (!batch.isNull(w.column(), r)) {
          try {
            byte[] bytes = java.util.Arrays.copyOfRange(batch.values.bytes(w.column()),
                batch.values.start(w.column(), r), batch.values.start(w.column(), r) + batch.values.length(w.column(), r));
            appendGeometry(wkb.read(bytes));
          } catch (ParseException e) {
            geometry.setLength(0);
          }
        }
      }
      case Source.Text t -> {
        if (!batch.isNull(t.column(), r)) {
          String text = new String(batch.textBytes(t.column()), batch.textStart(t.column(), r),
              batch.textLength(t.column(), r), StandardCharsets.UTF_8);
          point(text, t.form());
        }
      }
    }
    out.write(geometry.isEmpty() ? NULL : geometry.toString().getBytes(StandardCharsets.US_ASCII));
  }

  private static final byte[] POINT = ascii("{\"type\":\"Point\",\"coordinates\":[");
  private static final byte[] POINT_END = ascii("]}");

  /** "lat, lon" or "POINT (lon lat)" to a GeoJSON point; nothing when unreadable. */
  private void point(String text, CoordinateForm form) {
    String[] parts;
    if (form == CoordinateForm.WKT_POINT) {
      int open = text.indexOf('(');
      int close = text.indexOf(')');
      if (open < 0 || close < open) {
        return;
      }
      parts = text.substring(open + 1, close).strip().split("\\s+");
      if (parts.length == 2) {
        coordinates(parts[0], parts[1]);
      }
    } else {
      parts = text.split(text.contains(";") ? ";" : ",\\s*|\\s+");
      if (parts.length == 2) {
        coordinates(parts[1], parts[0]);
      }
    }
  }

  private void coordinates(String x, String y) {
    try {
      double lon = Double.parseDouble(x.strip().replace(',', '.'));
      double lat = Double.parseDouble(y.strip().replace(',', '.'));
      geometry.append("{\"type\":\"Point\",\"coordinates\":[").append(lon).append(',').append(lat).append("]}");
    } catch (NumberFormatException e) {
      geometry.setLength(0);
    }
  }

  private void appendGeometry(Geometry g) {
    switch (g) {
      case Point p -> {
        geometry.append("{\"type\":\"Point\",\"coordinates\":");
        coordinate(p.getCoordinate());
        geometry.append('}');
      }
      case LineString line -> {
        geometry.append("{\"type\":\"LineString\",\"coordinates\":");
        coordinates(line.getCoordinates());
        geometry.append('}');
      }
      case Polygon polygon -> {
        geometry.append("{\"type\":\"Polygon\",\"coordinates\":");
        rings(polygon);
        geometry.append('}');
      }
      case MultiPoint multi -> collection("MultiPoint", multi, p -> coordinate(p.getCoordinate()));
      case MultiLineString multi -> collection("MultiLineString", multi, l -> coordinates(l.getCoordinates()));
      case MultiPolygon multi -> collection("MultiPolygon", multi, p -> rings((Polygon) p));
      case GeometryCollection collection -> {
        geometry.append("{\"type\":\"GeometryCollection\",\"geometries\":[");
        for (int i = 0; i < collection.getNumGeometries(); i++) {
          if (i > 0) {
            geometry.append(',');
          }
          appendGeometry(collection.getGeometryN(i));
        }
        geometry.append("]}");
      }
      default -> geometry.append("null");
    }
  }

  private void collection(String type, GeometryCollection multi, java.util.function.Consumer<Geometry> part) {
    geometry.append("{\"type\":\"").append(type).append("\",\"coordinates\":[");
    for (int i = 0; i < multi.getNumGeometries(); i++) {
      if (i > 0) {
        geometry.append(',');
      }
      part.accept(multi.getGeometryN(i));
    }
    geometry.append("]}");
  }

  private void rings(Polygon polygon) {
    geometry.append('[');
    coordinates(polygon.getExteriorRing().getCoordinates());
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      geometry.append(',');
      coordinates(polygon.getInteriorRingN(i).getCoordinates());
    }
    geometry.append(']');
  }

  private void coordinates(Coordinate[] coordinates) {
    geometry.append('[');
    for (int i = 0; i < coordinates.length; i++) {
      if (i > 0) {
        geometry.append(',');
      }
      coordinate(coordinates[i]);
    }
    geometry.append(']');
  }

  private void coordinate(Coordinate c) {
    geometry.append('[').append(c.getX()).append(',').append(c.getY()).append(']');
  }
}
