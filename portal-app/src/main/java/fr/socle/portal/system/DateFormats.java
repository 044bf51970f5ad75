package fr.socle.portal.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Instants as the collectivité reads them (Europe/Paris), for templates: {@code ${@dates.dateTime(x)}}. Instants
 * are stored in UTC; only pages turn them into local dates: {@code 02/12/2026} in French, {@code 2 Dec 2026} in
 * English (where 02/12 would read as February).
 */
@Component("dates")
public class DateFormats {
  public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);
  private static final DateTimeFormatter FRENCH_DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH);
  private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter ENGLISH_DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZONE);

  public String date(@Nullable Instant instant) {
    return instant == null ? "" : date(instant.atZone(ZONE).toLocalDate());
  }

  public String date(@Nullable LocalDate date) {
    return date == null ? "" : date(date, LocaleContextHolder.getLocale());
  }

  /**
   * The last day something lasts that ends at {@code expiry}: an expiry chosen as a date is stored as the next
   * midnight ({@link #endOfDay}), which is not a day it lasts.
   */
  public String lastDay(@Nullable Instant expiry) {
    return expiry == null ? "" : date(expiry.minusNanos(1));
  }

  public String dateTime(@Nullable Instant instant) {
    return instant == null ? "" : dateTime(instant, LocaleContextHolder.getLocale());
  }

  public static String date(LocalDate date, Locale locale) {
    return (english(locale) ? ENGLISH_DATE : FRENCH_DATE).format(date);
  }

  public static String dateTime(Instant instant, Locale locale) {
    return (english(locale) ? ENGLISH_DATE_TIME : FRENCH_DATE_TIME).format(instant.atZone(ZONE));
  }

  private static boolean english(Locale locale) {
    return locale.getLanguage().equals("en");
  }

  /** {@code yyyy-MM-dd}, for {@code <input type="date">} and machine-readable {@code <time datetime>}. */
  public String isoDate(@Nullable Instant instant) {
    return instant == null ? "" : ISO_DATE.format(instant);
  }

  /** The instant a day ends in Paris: an expiry chosen as a date lasts that whole day. */
  public static Instant endOfDay(LocalDate date) {
    return date.plusDays(1).atStartOfDay(ZONE).toInstant();
  }

  /** The start of a day in Paris (audit searches from a date). */
  public static Instant startOfDay(LocalDate date) {
    return date.atStartOfDay(ZONE).toInstant();
  }
}
