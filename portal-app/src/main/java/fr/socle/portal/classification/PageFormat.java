package fr.socle.portal.classification;

import fr.socle.portal.system.DateFormats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;

/** Dates as the pages show them ({@link DateFormats}: Paris time, in the page's language), rates, counts. */
final class PageFormat {
  public String date(@Nullable LocalDate date) {
    return date == null ? "" : DateFormats.date(date, LocaleContextHolder.getLocale());
  }

  public String dateTime(@Nullable Instant instant) {
    return instant == null ? "" : DateFormats.dateTime(instant, LocaleContextHolder.getLocale());
  }

  /** The day of an instant, in Paris. */
  public String day(@Nullable Instant instant) {
    return instant == null ? "" : date(instant.atZone(DateFormats.ZONE).toLocalDate());
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
