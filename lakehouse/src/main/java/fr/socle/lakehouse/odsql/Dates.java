package fr.socle.lakehouse.odsql;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Dates as ODSQL writes them ({@code 2024}, {@code 2024-05}, {@code 2024-05-03}, {@code 2024-05-03T10:00:00Z}...),
 * read as UTC date-times or wall-clock times of the query's zone, and printed back as Trino literals made of digits
 * only.
 */
final class Dates {
  private static final Pattern YEAR = Pattern.compile("^\\d{4}$");
  private static final Pattern YEAR_MONTH = Pattern.compile("^\\d{4}[-/]\\d{1,2}$");
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

  /** How much of a date was written: a refinement on {@code 2024} means the whole year. */
  enum Precision {
    YEAR,
    MONTH,
    DAY,
    INSTANT
  }

  /**
   * A date as written: {@code absolute} when it named its offset ({@code Z}, {@code +02:00}) and {@code value} is
   * then in UTC; otherwise {@code value} is a wall-clock time in the query's time zone.
   */
  record Parsed(LocalDateTime value, Precision precision, boolean absolute) {
    /** Where it starts, for a field of the type: a date-time field holds UTC, a date field a calendar day. */
    LocalDateTime start(FieldType type, ZoneId zone) {
      return in(value, type, zone);
    }

    /** Where the period written ends (excluded): the year, month or day after; an instant ends where it starts. */
    LocalDateTime end(FieldType type, ZoneId zone) {
      return in(switch (precision) {
        case YEAR -> value.plusYears(1);
        case MONTH -> value.plusMonths(1);
        case DAY -> value.plusDays(1);
        case INSTANT -> value;
      }, type, zone);
    }

    private LocalDateTime in(LocalDateTime local, FieldType type, ZoneId zone) {
      return absolute || type != FieldType.DATETIME ? local : utc(local, zone);
    }
  }

  /** A wall-clock time in the zone, as the UTC date-time stored for it. */
  static LocalDateTime utc(LocalDateTime local, ZoneId zone) {
    return local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }

  private Dates() {}

  static Parsed parse(String text) {
    String value = text.strip();
    try {
      if (YEAR.matcher(value).matches()) {
        return new Parsed(LocalDate.of(Integer.parseInt(value), 1, 1).atStartOfDay(), Precision.YEAR, false);
      }
      if (YEAR_MONTH.matcher(value).matches()) {
        String[] parts = value.split("[-/]");
        return new Parsed(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 1).atStartOfDay(),
            Precision.MONTH, false);
      }
      String normalized = value.replace('/', '-');
      if (normalized.length() == 10) {
        return new Parsed(LocalDate.parse(normalized).atStartOfDay(), Precision.DAY, false);
      }
      normalized = normalized.replace(' ', 'T');
      if (normalized.endsWith("Z") || normalized.matches(".*[+-]\\d{2}:?\\d{2}$")) {
        if (normalized.matches(".*[+-]\\d{4}$")) {
          normalized = normalized.substring(0, normalized.length() - 2) + ":" + normalized.substring(normalized.length() - 2);
        }
        return new Parsed(OffsetDateTime.parse(normalized).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(),
            Precision.INSTANT, true);
      }
      return new Parsed(LocalDateTime.parse(normalized), Precision.INSTANT, false);
    } catch (java.time.DateTimeException | NumberFormatException e) {
      throw OdsqlException.semantic("Invalid date: \"" + text + "\"");
    }
  }

  /** {@code DATE 'yyyy-mm-dd'} or {@code TIMESTAMP '...'}: printed from the parsed value, never from the input. */
  static String literal(LocalDateTime value, FieldType type) {
    if (type == FieldType.DATE && value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
      return "DATE '" + value.toLocalDate() + "'";
    }
    return "TIMESTAMP '" + TIMESTAMP.format(value) + "'";
  }
}
