package fr.socle.portal.classification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates as the pages show them, in Paris time. */
final class PageFormat {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
      .withZone(Classifier.PARIS);

  public String date(@Nullable LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public String dateTime(@Nullable Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  /** The day of an instant, in Paris. */
  public String day(@Nullable Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(Classifier.PARIS));
  }

  /** Rows per second, rounded, grouped. */
  public String rate(double perSecond) {
    return number(Math.round(perSecond));
  }

  /** 1234567 → "1 234 567" (narrow no-break spaces, as French typography wants). */
  public String number(long n) {
    return String.format(Locale.FRANCE, "%,d", n);
  }
}
