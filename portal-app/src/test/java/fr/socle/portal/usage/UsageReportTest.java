package fr.socle.portal.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageReportTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Test
  void thePeriodHasThirtyDaysWithZerosAndSumsPublicationsOfTheDataset() {
    List<DailyUsage> stored = List.of(
        new DailyUsage(TODAY, "budget", new DailyUsage.Counts(3, 1, 10)),
        new DailyUsage(TODAY, "budget-agrege", new DailyUsage.Counts(1, 0, 5)),
        new DailyUsage(TODAY.minusDays(29), "budget", new DailyUsage.Counts(2, 2, 0)));

    UsageReport.Period period = UsageReport.period(stored, List.of("budget", "budget-agrege"), TODAY);

    assertThat(period.days()).hasSize(UsageReport.DAYS);
    assertThat(period.from()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(period.days().getFirst().counts()).isEqualTo(new DailyUsage.Counts(2, 2, 0));
    assertThat(period.days().get(1).counts()).isEqualTo(DailyUsage.Counts.ZERO);
    assertThat(period.days().getLast().counts()).isEqualTo(new DailyUsage.Counts(4, 1, 15));
    assertThat(period.totals()).isEqualTo(new DailyUsage.Counts(6, 3, 15));
    assertThat(period.of("budget")).isEqualTo(new DailyUsage.Counts(5, 3, 10));
    assertThat(period.of("budget-agrege").total()).isEqualTo(6);
    assertThat(period.of("unknown")).isEqualTo(DailyUsage.Counts.ZERO);
  }
}
