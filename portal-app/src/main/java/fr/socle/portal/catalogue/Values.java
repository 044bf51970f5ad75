package fr.socle.portal.catalogue;

import fr.socle.lakehouse.promotion.DecimalText;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
import org.locationtech.jts.io.WKTWriter;

/**
 * Values as the Trino driver returns them, written for people (pages, CSV) and programs (JSON): ISO dates and
 * times, decimals without exponent, geometries (WKB) as WKT or GeoJSON.
 */
public final class Values {
  private static final int DISPLAY_MAX = 200;

  private Values() {}

  /** Text for a page cell: short, never an exponent, geometries as (shortened) WKT. */
  public static String display(@Nullable Object value) {
    // as the reader writes them: a decimal comma in French; a date-time with a space, not ISO's T
    boolean french = "fr".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
    String text = switch (value) {
      case Timestamp t -> t.toLocalDateTime().toString().replace('T', ' ');
      case java.time.LocalDateTime t -> t.toString().replace('T', ' ');
      case null, default -> text(value, french);
    };
    return text.length() > DISPLAY_MAX ? text.substring(0, DISPLAY_MAX) + "…" : text;
  }

  /** Text for a file: complete; {@code decimalComma} for French spreadsheets. */
  public static String text(@Nullable Object value, boolean decimalComma) {
    return switch (value) {
      case null -> "";
      case Double d -> decimal(d, decimalComma);
      case Float f -> decimal(f.doubleValue(), decimalComma);
      case BigDecimal d -> decimalComma ? d.toPlainString().replace('.', ',') : d.toPlainString();
      case Timestamp t -> t.toLocalDateTime().toString();
      case Date d -> d.toLocalDate().toString();
      case Time t -> t.toLocalTime().toString();
      case TemporalAccessor t -> t.toString();
      case byte[] bytes -> wkt(bytes);
      default -> String.valueOf(value);
    };
  }

  /** A value for JSON: numbers, booleans and strings as they are; dates as ISO text; geometries as GeoJSON. */
  public static @Nullable Object json(@Nullable Object value) {
    return switch (value) {
      case null -> null;
      case Double d when d.isNaN() || d.isInfinite() -> d.toString();
      case Number n -> n;
      case Boolean b -> b;
      case String s -> s;
      case byte[] bytes -> geoJson(bytes) instanceof Map<?, ?> geometry ? geometry
          : java.util.Base64.getEncoder().encodeToString(bytes);
      default -> text(value, false);
    };
  }

  static String decimal(double value, boolean decimalComma) {
    String text = DecimalText.trimmed(value);
    return decimalComma ? text.replace('.', ',') : text;
  }

  /** WKT of a WKB geometry; bytes that are no geometry as hexadecimal. */
  public static String wkt(byte[] wkb) {
    Geometry geometry = geometry(wkb);
    return geometry == null ? "0x" + HexFormat.of().formatHex(wkb) : new WKTWriter().write(geometry);
  }

  /** A GeoJSON geometry object (maps and lists, for a JSON writer), or null when the bytes are no geometry. */
  public static @Nullable Map<String, Object> geoJson(byte[] wkb) {
    Geometry geometry = geometry(wkb);
    return geometry == null ? null : geoJson(geometry);
  }

  static @Nullable Geometry geometry(byte[] wkb) {
    try {
      return new WKBReader().read(wkb);
    } catch (ParseException | RuntimeException e) {
      return null;
    }
  }

  static Map<String, Object> geoJson(Geometry geometry) {
    Map<String, Object> object = new LinkedHashMap<>();
    switch (geometry) {
      case Point p -> {
        object.put("type", "Point");
        object.put("coordinates", p.isEmpty() ? List.of() : position(p.getCoordinate()));
      }
      case LineString l -> {
        object.put("type", "LineString");
        object.put("coordinates", positions(l.getCoordinates()));
      }
      case Polygon p -> {
        object.put("type", "Polygon");
        object.put("coordinates", rings(p));
      }
      case MultiPoint m -> {
        object.put("type", "MultiPoint");
        object.put("coordinates", parts(m, g -> position(g.getCoordinate())));
      }
      case MultiLineString m -> {
        object.put("type", "MultiLineString");
        object.put("coordinates", parts(m, g -> positions(g.getCoordinates())));
      }
      case MultiPolygon m -> {
        object.put("type", "MultiPolygon");
        object.put("coordinates", parts(m, g -> rings((Polygon) g)));
      }
      case GeometryCollection c -> {
        object.put("type", "GeometryCollection");
        object.put("geometries", parts(c, Values::geoJson));
      }
      default -> throw new IllegalArgumentException("unsupported geometry " + geometry.getGeometryType());
    }
    return object;
  }

  private static List<Object> parts(GeometryCollection collection, java.util.function.Function<Geometry, Object> f) {
    List<Object> parts = new ArrayList<>();
    for (int i = 0; i < collection.getNumGeometries(); i++) {
      parts.add(f.apply(collection.getGeometryN(i)));
    }
    return parts;
  }

  private static List<Object> rings(Polygon polygon) {
    List<Object> rings = new ArrayList<>();
    rings.add(positions(polygon.getExteriorRing().getCoordinates()));
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      rings.add(positions(polygon.getInteriorRingN(i).getCoordinates()));
    }
    return rings;
  }

  private static List<Object> positions(Coordinate[] coordinates) {
    List<Object> positions = new ArrayList<>(coordinates.length);
    for (Coordinate coordinate : coordinates) {
      positions.add(position(coordinate));
    }
    return positions;
  }

  private static List<Double> position(Coordinate coordinate) {
    return List.of(coordinate.getX(), coordinate.getY());
  }
}
