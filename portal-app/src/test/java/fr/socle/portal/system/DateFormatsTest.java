package fr.socle.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates on pages: Paris time, day first in French, the month spelt out in English (02/12 is February there). */
class DateFormatsTest {
  private static final Instant EVENING_UTC = Instant.parse("2026-12-01T23:30:00Z");

  @Test
  void frenchPagesReadDayMonthYearInParisTime() {
    assertThat(DateFormats.date(LocalDate.of(2026, 12, 2), Locale.FRENCH)).isEqualTo("02/12/2026");
    assertThat(DateFormats.dateTime(EVENING_UTC, Locale.FRENCH)).isEqualTo("02/12/2026 00:30");
    assertThat(DateFormats.dateTime(Instant.parse("2026-07-14T10:00:00Z"), Locale.FRENCH))
        .isEqualTo("14/07/2026 12:00");
  }

  @Test
  void englishPagesSpellTheMonthOut() {
    assertThat(DateFormats.date(LocalDate.of(2026, 12, 2), Locale.ENGLISH)).isEqualTo("2 Dec 2026");
    assertThat(DateFormats.dateTime(EVENING_UTC, Locale.ENGLISH)).isEqualTo("2 Dec 2026, 00:30");
  }
}
