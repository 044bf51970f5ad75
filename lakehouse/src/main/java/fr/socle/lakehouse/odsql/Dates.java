package fr.socle.lakehouse.odsql;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Dates as ODSQL writes them ({@code 2024}, {@code 2024-05}, {@code 2024-05-03}, {@code 2024-05-03T10:00:00Z}...),
 * read into UTC date-times, and printed back as Trino literals made of digits only.
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

  record Parsed(LocalDateTime value, Precision precision) {
    LocalDateTime end() {
      return switch (precision) {
        case YEAR -> value.plusYears(1);
        case MONTH -> value.plusMonths(1);
        case DAY -> value.plusDays(1);
        case INSTANT -> value;
      };
    }
  }

  private Dates() {}

  static Parsed parse(String text) {
    String value = text.strip();
    try {
      if (YEAR.matcher(value).matches()) {
        return new Parsed(LocalDate.of(Integer.parseInt(value), 1, 1).atStartOfDay(), Precision.YEAR);
      }
      if (YEAR_MONTH.matcher(value).matches()) {
        String[] parts = value.split("[-/]");
        return new Parsed(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 1).atStartOfDay(),
            Precision.MONTH);
      }
      String normalized = value.replace('/', '-');
      if (normalized.length() == 10) {
        return new Parsed(LocalDate.parse(normalized).atStartOfDay(), Precision.DAY);
      }
      normalized = normalized.replace(' ', 'T');
      if (normalized.endsWith("Z") || normalized.matches(".*[+-]\\d{2}:?\\d{2}$")) {
        if (normalized.matches(".*[+-]\\d{4}$")) {
          normalized = normalized.substring(0, normalized.length() - 2) + ":" + normalized.substring(normalized.length() - 2);
        }
        return new Parsed(OffsetDateTime.parse(normalized).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(),
            Precision.INSTANT);
      }
      return new Parsed(LocalDateTime.parse(normalized), Precision.INSTANT);
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
