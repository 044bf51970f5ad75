package fr.socle.policies.occultation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Dates to the month or the year. Reads what French producers write: {@code 12/03/1985}, {@code 12-03-1985},
 * {@code 12.03.1985}, {@code 1985-03-12}, with or without a time after; also an already generalised
 * {@code 1985-03} or {@code 1985}, so that applying twice changes nothing. A value that is not a date gives empty:
 * the executor publishes nothing rather than the raw value.
 */
public final class DateGeneralisation {
  private DateGeneralisation() {}

  public static YearMonth toMonth(LocalDate date) {
    return YearMonth.from(date);
  }

  public static int toYear(LocalDate date) {
    return date.getYear();
  }

  /** "1985-03" or "1985", or empty when the value is no date. */
  public static Optional<String> apply(@Nullable CharSequence value, DatePrecision precision) {
    Optional<YearMonth> month = parse(value);
    if (month.isEmpty()) {
      return yearOnly(value).filter(y -> precision == DatePrecision.YEAR).map(String::valueOf);
    }
    return Optional.of(precision == DatePrecision.MONTH ? month.get().toString()
        : String.valueOf(month.get().getYear()));
  }

  /** The month of a date written in any of the accepted forms. */
  static Optional<YearMonth> parse(@Nullable CharSequence value) {
    if (value == null) {
      return Optional.empty();
    }
    String s = value.toString().strip();
    int[] parts = new int[3];
    int[] lengths = new int[3];
    int count = 0;
    char separator = 0;
    int i = 0;
    while (i < s.length() && count < 3) {
      int start = i;
      int n = 0;
      while (i < s.length() && Character.isDigit(s.charAt(i)) && i - start < 4) {
        n = n * 10 + (s.charAt(i) - '0');
        i++;
      }
      if (i == start) {
        return Optional.empty();
      }
      parts[count] = n;
      lengths[count] = i - start;
      count++;
      if (count == 3 || i >= s.length()) {
        break;
      }
      char c = s.charAt(i);
      if (c != '/' && c != '-' && c != '.') {
        break;
      }
      if (separator != 0 && c != separator) {
        return Optional.empty();
      }
      separator = c;
      i++;
    }
    boolean rest = i >= s.length() || s.charAt(i) == 'T' || s.charAt(i) == ' ';
    try {
      if (count == 3 && rest && lengths[0] == 4) {
        return Optional.of(YearMonth.from(LocalDate.of(parts[0], parts[1], parts[2])));
      }
      if (count == 3 && rest && lengths[2] == 4 && lengths[0] <= 2) {
        return Optional.of(YearMonth.from(LocalDate.of(parts[2], parts[1], parts[0])));
      }
      if (count == 2 && i >= s.length() && lengths[0] == 4 && lengths[1] <= 2 && separator == '-') {
        return Optional.of(YearMonth.of(parts[0], parts[1]));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<Integer> yearOnly(@Nullable CharSequence value) {
    if (value == null) {
      return Optional.empty();
    }
    String s = value.toString().strip();
    if (s.length() == 4 && s.chars().allMatch(Character::isDigit)) {
      return Optional.of(Integer.parseInt(s));
    }
    return Optional.empty();
  }
}
