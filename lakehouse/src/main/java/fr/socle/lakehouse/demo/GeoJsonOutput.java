package fr.socle.lakehouse.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a GeoJSON FeatureCollection one feature per line, as ogr2ogr does. A projected file carries the
 * (pre-RFC 7946, still common) {@code crs} member naming its EPSG code; rings follow the right-hand rule (exterior
 * counter-clockwise). Coordinates are written with the given number of decimals.
 */
final class GeoJsonOutput implements AutoCloseable {
  /** Turns a point of the town's plane into the file's coordinates. */
  interface Projection {
    double[] apply(double x, double y);
  }

  private final Writer writer;
  private final Projection projection;
  private final int decimals;
  private final StringBuilder feature = new StringBuilder(4096);
  private boolean first = true;
  private boolean firstProperty;

  GeoJsonOutput(OutputStream out, String name, @Nullable String epsgCode, Projection projection, int decimals)
      throws IOException {
    this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    this.projection = projection;
    this.decimals = decimals;
    StringBuilder head = new StringBuilder("{\"type\":\"FeatureCollection\",\"name\":");
    string(head, name);
    if (epsgCode != null) {
      head.append(",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::")
          .append(epsgCode).append("\"}}");
    }
    head.append(",\"features\":[\n");
    writer.append(head);
  }

  GeoJsonOutput feature() {
    feature.setLength(0);
    if (!first) {
      feature.append(",\n");
    }
    first = false;
    feature.append("{\"type\":\"Feature\",\"properties\":{");
    firstProperty = true;
    return this;
  }

  GeoJsonOutput property(String name, @Nullable String value) {
    key(name);
    if (value == null) {
      feature.append("null");
    } else {
      string(feature, value);
    }
    return this;
  }

  GeoJsonOutput property(String name, long value) {
    key(name);
    feature.append(value);
    return this;
  }

  GeoJsonOutput property(String name, boolean value) {
    key(name);
    feature.append(value);
    return this;
  }

  /** A decimal property with the given scale ({@code value} already multiplied by 10^scale). */
  GeoJsonOutput scaledProperty(String name, long value, int scale) {
    key(name);
    Numbers.appendScaled(feature, value, scale, '.');
    return this;
  }

  void polygon(Polygon polygon) throws IOException {
    feature.append("},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[");
    ring(polygon.getExteriorRing(), true);
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      feature.append(',');
      ring(polygon.getInteriorRingN(i), false);
    }
    feature.append("]}}");
    writer.append(feature);
  }

  private void ring(LinearRing ring, boolean exterior) {
    Coordinate[] coordinates = ring.getCoordinates();
    boolean reverse = Orientation.isCCW(coordinates) != exterior;
    feature.append('[');
    for (int i = 0; i < coordinates.length; i++) {
      Coordinate c = coordinates[reverse ? coordinates.length - 1 - i : i];
      double[] projected = projection.apply(c.x, c.y);
      if (i > 0) {
        feature.append(',');
      }
      feature.append('[');
      number(projected[0]);
      feature.append(',');
      number(projected[1]);
      feature.append(']');
    }
    feature.append(']');
  }

  private void number(double value) {
    double factor = StrictMath.pow(10, decimals);
    Numbers.appendScaled(feature, Math.round(value * factor), decimals, '.');
  }

  private void key(String name) {
    if (!firstProperty) {
      feature.append(',');
    }
    firstProperty = false;
    string(feature, name);
    feature.append(':');
  }

  static void string(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  @Override
  public void close() throws IOException {
    writer.append("\n]}\n");
    writer.flush(); // the caller owns the stream
  }
}
