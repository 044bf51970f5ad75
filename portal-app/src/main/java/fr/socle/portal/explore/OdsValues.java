package fr.socle.portal.explore;

import fr.socle.lakehouse.odsql.FieldType;
import fr.socle.lakehouse.odsql.OutputColumn;
import fr.socle.lakehouse.promotion.DecimalText;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import tools.jackson.core.JsonGenerator;

/**
 * Values of a result as the Explore API writes them: dates as ISO text (date-times with their offset, in the
 * {@code timezone} asked for), {@code geo_point_2d} as {@code {"lon", "lat"}}, {@code geo_shape} as a GeoJSON feature.
 * The lakehouse stores date-times in UTC.
 */
final class OdsValues {
  private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  private OdsValues() {}

  /** What the SQL returned for a column, as a plain Java value (String, Long, Double, Boolean, LocalDate...). */
  static @Nullable Object normalize(OutputColumn column, @Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (column.buckets() != null) {
      return column.buckets().label(value);
    }
    return switch (column.type()) {
      case DATE -> value instanceof java.sql.Date date ? date.toLocalDate()
          : value instanceof java.sql.Timestamp ts ? ts.toLocalDateTime().toLocalDate() : value;
      case DATETIME -> switch (value) {
        case java.sql.Timestamp ts -> ts.toLocalDateTime();
        case java.sql.Date date -> date.toLocalDate().atStartOfDay();
        case ZonedDateTime zoned -> zoned.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        case OffsetDateTime offset -> offset.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        default -> value;
      };
      case GEO_POINT_2D -> point(value);
      case GEO_SHAPE -> value instanceof byte[] wkb ? shape(wkb) : null;
      case DOUBLE -> value instanceof Double d && (d.isNaN() || d.isInfinite()) ? null : value;
      default -> value;
    };
  }

  /** {@code [lon, lat]}, or null. */
  private static double @Nullable [] point(Object value) {
    Object[] parts;
    try {
      parts = switch (value) {
        case java.sql.Array array -> (Object[]) array.getArray();
        case List<?> list -> list.toArray();
        case Object[] array -> array;
        default -> null;
      };
    } catch (SQLException e) {
      return null;
    }
    if (parts == null || parts.length != 2 || parts[0] == null || parts[1] == null) {
      return null;
    }
    return new double[] {((Number) parts[0]).doubleValue(), ((Number) parts[1]).doubleValue()};
  }

  private static @Nullable Geometry shape(byte[] wkb) {
    try {
      return new WKBReader().read(wkb);
    } catch (ParseException e) {
      return null;
    }
  }

  static void write(JsonGenerator json, FieldType type, @Nullable Object value, ZoneId zone) {
    if (value == null) {
      json.writeNull();
      return;
    }
    switch (value) {
      case String text -> json.writeString(text);
      case Boolean bool -> json.writeBoolean(bool);
      case Long number -> json.writeNumber(number);
      case Integer number -> json.writeNumber(number);
      case Short number -> json.writeNumber(number);
      case Byte number -> json.writeNumber(number);
      case Double number -> json.writeNumber(number);
      case Float number -> json.writeNumber(number);
      case BigDecimal number -> json.writeNumber(number);
      case LocalDate date -> json.writeString(date.toString());
      case LocalDateTime dateTime -> json.writeString(dateTime(dateTime, zone));
      case double[] point -> {
        json.writeStartObject();
        json.writeName("lon");
        json.writeNumber(point[0]);
        json.writeName("lat");
        json.writeNumber(point[1]);
        json.writeEndObject();
      }
      case Geometry geometry -> {
        json.writeStartObject();
        json.writeName("type");
        json.writeString("Feature");
        json.writeName("geometry");
        GeoJson.geometry(json, geometry);
        json.writeName("properties");
        json.writeStartObject();
        json.writeEndObject();
        json.writeEndObject();
      }
      default -> json.writeString(value.toString());
    }
  }

  /** A date-time stored in UTC, shown in the zone asked for with its offset ({@code 2024-05-03T10:00:00+02:00}). */
  static String dateTime(LocalDateTime utc, ZoneId zone) {
    return DATETIME.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone));
  }

  /** A value as one text cell (CSV, XLSX): points as {@code lat, lon} like ODS, shapes as GeoJSON. */
  static @Nullable String text(@Nullable Object value, ZoneId zone) {
    return switch (value) {
      case null -> null;
      case LocalDateTime dateTime -> dateTime(dateTime, zone);
      case double[] point -> point[1] + ", " + point[0];
      case Geometry geometry -> GeoJson.toString(geometry);
      case BigDecimal number -> number.toPlainString();
      case Double number -> DecimalText.of(number);
      case Float number -> DecimalText.of(number.doubleValue());
      default -> value.toString();
    };
  }
}
