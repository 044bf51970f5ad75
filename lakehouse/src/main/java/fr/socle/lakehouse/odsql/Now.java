package fr.socle.lakehouse.odsql;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code now()} and its named arguments, as Opendatasoft reads them: singular names set a part of the date
 * ({@code now(month=1, day=1)}: the first of January of this year), plural names shift it ({@code now(days=-7)}).
 * Parts are set first, from the year down, then shifts are added, from the years down; a day past the month's end
 * becomes its last day, as in {@code now(month=2, day=31)}. Evaluated once per query, on the query's clock (its
 * {@code timezone}, UTC by default).
 */
final class Now {
  private static final Map<String, ChronoField> PARTS = Map.of(
      "year", ChronoField.YEAR, "month", ChronoField.MONTH_OF_YEAR, "day", ChronoField.DAY_OF_MONTH,
      "hour", ChronoField.HOUR_OF_DAY, "minute", ChronoField.MINUTE_OF_HOUR, "second", ChronoField.SECOND_OF_MINUTE,
      "microsecond", ChronoField.MICRO_OF_SECOND);
  private static final Map<String, ChronoUnit> SHIFTS = Map.of(
      "years", ChronoUnit.YEARS, "months", ChronoUnit.MONTHS, "weeks", ChronoUnit.WEEKS, "days", ChronoUnit.DAYS,
      "hours", ChronoUnit.HOURS, "minutes", ChronoUnit.MINUTES, "seconds", ChronoUnit.SECONDS,
      "microseconds", ChronoUnit.MICROS);
  private static final List<String> ORDER = List.of("year", "month", "day", "hour", "minute", "second",
      "microsecond", "years", "months", "weeks", "days", "hours", "minutes", "seconds", "microseconds");
  /** Ten thousand years either way: beyond, Trino's timestamps and Java's dates part ways. */
  private static final Duration MAX_SHIFT = ChronoUnit.YEARS.getDuration().multipliedBy(10_000);

  private Now() {}

  /** The date-time {@code now(arguments)} stands for, {@code now} being the statement's instant in UTC. */
  static LocalDateTime at(LocalDateTime now, List<Expr> arguments) {
    Map<String, Long> named = new LinkedHashMap<>();
    for (Expr argument : arguments) {
      if (!(argument instanceof Expr.Compare(Expr.FieldRef(String raw), String operator, Expr value))
          || !operator.equals("=")) {
        throw OdsqlException.semantic("now() takes named arguments, as now(days=-7) or now(month=1, day=1)");
      }
      String name = raw.toLowerCase(Locale.ROOT);
      if (!ORDER.contains(name)) {
        throw OdsqlException.semantic("Unknown argument of now(): " + raw + " (expected one of "
            + String.join(", ", ORDER) + ")");
      }
      if (named.put(name, integer(value, name)) != null) {
        throw OdsqlException.semantic("The argument " + name + " of now() is given twice");
      }
    }
    LocalDateTime at = now;
    try {
      for (String name : ORDER) {
        Long amount = named.get(name);
        if (amount == null) {
          continue;
        }
        ChronoField part = PARTS.get(name);
        if (part == ChronoField.DAY_OF_MONTH) {
          part.checkValidValue(amount);
          at = at.withDayOfMonth((int) Math.min(amount, at.toLocalDate().lengthOfMonth()));
        } else if (part != null) {
          at = at.with(part, part.checkValidValue(amount));
        } else {
          ChronoUnit unit = SHIFTS.get(name);
          if (Math.abs(amount) > MAX_SHIFT.dividedBy(unit.getDuration())) {
            throw OdsqlException.semantic("The shift " + name + "=" + amount + " of now() is too large");
          }
          at = at.plus(amount, unit);
        }
      }
    } catch (java.time.DateTimeException | ArithmeticException e) {
      throw OdsqlException.semantic("Invalid argument of now(): " + e.getMessage());
    }
    if (at.getYear() < 1 || at.getYear() > 9999) {
      throw OdsqlException.semantic("now() falls outside years 1 to 9999");
    }
    return at;
  }

  private static long integer(Expr value, String name) {
    BigDecimal number = switch (value) {
      case Expr.Number n -> n.value();
      case Expr.Negate(Expr.Number n) -> n.value().negate();
      default -> throw OdsqlException.semantic("The argument " + name + " of now() takes a whole number");
    };
    try {
      return number.longValueExact();
    } catch (ArithmeticException e) {
      throw OdsqlException.semantic("The argument " + name + " of now() takes a whole number");
    }
  }
}
