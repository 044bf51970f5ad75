package fr.socle.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.portal.usage.DailyUsage;
import fr.socle.portal.usage.UsageReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetUsageChartTest {
  private final UsageReport.Period period = new UsageReport.Period(
      LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1),
      List.of(new UsageReport.Day(LocalDate.of(2026, 11, 30), new DailyUsage.Counts(1200, 34, 0)),
          new UsageReport.Day(LocalDate.of(2026, 12, 1), new DailyUsage.Counts(5, 0, 2))),
      new DailyUsage.Counts(1205, 34, 2), Map.of());

  @Test
  void daysAndCountsAreWrittenAsTheReadersLanguageWritesThem() {
    assertThat(DatasetUsage.chart(period, "Utilisation", "d", Locale.FRENCH))
        .contains("<title>30/11 : 1\u202f234</title>", "<title>01/12 : 7</title>", "max. 1\u202f234");
    assertThat(DatasetUsage.chart(period, "Use", "d", Locale.ENGLISH))
        .contains("<title>Nov 30: 1,234</title>", "<title>Dec 1: 7</title>", "max. 1,234");
  }
}
