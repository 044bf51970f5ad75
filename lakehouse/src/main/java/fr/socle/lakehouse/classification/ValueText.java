package fr.socle.lakehouse.classification;

import fr.socle.lakehouse.promotion.DecimalText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * A value as the Trino driver returns it, written as the detectors expect it in a file: dates in ISO form
 * ({@code 1985-03-14}), timestamps as {@code 2026-01-05 08:30:00}, numbers plain ({@code 45.76401}, never
 * {@code 4.576401E1}), booleans as {@code true}/{@code false}, geometries already WKT from the query.
 */
final class ValueText {
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private ValueText() {}

  static @Nullable String of(@Nullable Object value) {
    return switch (value) {
      case null -> null;
      case String s -> s;
      case Long l -> Long.toString(l);
      case Integer i -> Integer.toString(i);
      case Short s -> Short.toString(s);
      case Byte b -> Byte.toString(b);
      case Double d -> plain(d);
      case Float f -> plain(f.doubleValue());
      case BigDecimal d -> d.toPlainString();
      case java.sql.Date d -> d.toLocalDate().toString();
      case LocalDate d -> d.toString();
      case java.sql.Timestamp t -> timestamp(t.toLocalDateTime());
      case LocalDateTime t -> timestamp(t);
      case Boolean b -> b.toString();
      case byte[] bytes -> null;
      default -> value.toString();
    };
  }

  static String plain(double d) {
    return DecimalText.trimmed(d);
  }

  private static String timestamp(LocalDateTime t) {
    return t.toLocalTime().getNano() == 0 ? SECONDS.format(t)
        : t.toLocalDate() + " " + t.toLocalTime().format(DateTimeFormatter.ISO_LOCAL_TIME);
  }
}
