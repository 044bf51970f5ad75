package fr.socle.lakehouse.odsql;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A column of a query's result: the key it has in a record, its ODS type (how to write its values) and, for a
 * {@code range()} group, the labels of its buckets (the SQL returns the bucket's number: its index among the
 * bounds, or how many steps its lower bound is from zero).
 */
public record OutputColumn(String key, FieldType type, @Nullable Buckets buckets) {
  public OutputColumn {
    requireNonNull(key, "key");
    requireNonNull(type, "type");
  }

  /**
   * Buckets of {@code range(f, step)} (by number of steps), {@code range(f, *, a, b, *)} (by index) or
   * {@code range(date, 1 day)} (by the start of the period, in epoch milliseconds).
   */
  public record Buckets(java.math.@Nullable BigDecimal step, List<String> labels, @Nullable Interval interval) {
    public Buckets(java.math.@Nullable BigDecimal step, List<String> labels) {
      this(step, labels, null);
    }

    public Buckets {
      labels = List.copyOf(labels);
    }

    /** The label of the bucket a row falls in, from the value the SQL returned. */
    public @Nullable String label(@Nullable Object value) {
      if (value == null) {
        return null;
      }
      if (interval != null) {
        return interval.label(((java.lang.Number) value).longValue());
      }
      if (step != null) {
        java.math.BigDecimal low = step.multiply(new java.math.BigDecimal(value.toString()));
        return "[" + low.stripTrailingZeros().toPlainString() + ", "
            + low.add(step).stripTrailingZeros().toPlainString() + "[";
      }
      int index = ((java.lang.Number) value).intValue();
      return index >= 0 && index < labels.size() ? labels.get(index) : null;
    }
  }

  /** The width of a date histogram's buckets, on the clock of the query. */
  public record Interval(long amount, Unit unit, java.time.ZoneId zone) {
    private static final java.time.format.DateTimeFormatter ISO =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    /** A fixed width (in milliseconds), or a calendar period ({@code date_trunc}'s name). */
    public enum Unit {
      MILLISECOND(1, null), SECOND(1_000, null), MINUTE(60_000, null), HOUR(3_600_000, null),
      DAY(86_400_000, null), WEEK(0, "week"), MONTH(0, "month"), QUARTER(0, "quarter"), YEAR(0, "year");

      private final long millis;
      private final @Nullable String calendar;

      Unit(long millis, @Nullable String calendar) {
        this.millis = millis;
        this.calendar = calendar;
      }

      public @Nullable String calendar() {
        return calendar;
      }
    }

    public long millis() {
      return unit.millis * amount;
    }

    /** {@code [2020-01-01T00:00:00.000Z, 2020-01-02T00:00:00.000Z[} for the bucket starting at that instant. */
    public String label(long startMillis) {
      java.time.ZonedDateTime start = java.time.Instant.ofEpochMilli(startMillis).atZone(zone);
      java.time.ZonedDateTime end = switch (unit) {
        case WEEK -> start.plusWeeks(1);
        case MONTH -> start.plusMonths(1);
        case QUARTER -> start.plusMonths(3);
        case YEAR -> start.plusYears(1);
        default -> start.plus(java.time.Duration.ofMillis(millis()));
      };
      return "[" + ISO.format(start) + ", " + ISO.format(end) + "[";
    }
  }
}
