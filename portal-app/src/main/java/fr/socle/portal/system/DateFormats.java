package fr.socle.portal.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Instants as the collectivité reads them (Europe/Paris), for templates: {@code ${@dates.dateTime(x)}}. Instants
 * are stored in UTC; only pages turn them into local dates.
 */
@Component("dates")
public class DateFormats {
  public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);
  private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZONE);

  public String date(@Nullable Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  public String date(@Nullable LocalDate date) {
    return date == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
  }

  public String dateTime(@Nullable Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
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
