package fr.socle.portal.usage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** The uses of the last days, for the producers' and data officers' pages and API. */
@Service
public class UsageReport {
  public static final int DAYS = 30;

  private final UsageStore store;
  private final Clock clock;
  private final UsageSettings settings;

  UsageReport(UsageStore store, Clock clock, UsageSettings settings) {
    this.store = store;
    this.clock = clock;
    this.settings = settings;
  }

  /** One day of the period, zero when nothing was used. */
  public record Day(LocalDate day, DailyUsage.Counts counts) {}

  /** The period's days (oldest first, every day present), its totals, and the totals of each publication. */
  public record Period(LocalDate from, LocalDate to, List<Day> days, DailyUsage.Counts totals,
      Map<String, DailyUsage.Counts> byPublication) {
    public Period {
      days = List.copyOf(days);
      byPublication = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byPublication));
    }

    public DailyUsage.Counts of(String publicationId) {
      return byPublication.getOrDefault(publicationId, DailyUsage.Counts.ZERO);
    }
  }

  /** The last {@value #DAYS} days, today included, of these publications together. */
  public Period lastDays(Collection<String> publicationIds) {
    LocalDate to = LocalDate.now(clock.withZone(settings.zone()));
    return period(store.between(publicationIds, to.minusDays(DAYS - 1), to), publicationIds, to);
  }

  static Period period(List<DailyUsage> stored, Collection<String> publicationIds, LocalDate to) {
    LocalDate from = to.minusDays(DAYS - 1);
    Map<LocalDate, DailyUsage.Counts> perDay = new TreeMap<>();
    Map<String, DailyUsage.Counts> perPublication = new LinkedHashMap<>();
    publicationIds.stream().sorted().forEach(id -> perPublication.put(id, DailyUsage.Counts.ZERO));
    DailyUsage.Counts totals = DailyUsage.Counts.ZERO;
    for (DailyUsage row : stored) {
      perDay.merge(row.day(), row.counts(), DailyUsage.Counts::plus);
      perPublication.merge(row.publicationId(), row.counts(), DailyUsage.Counts::plus);
      totals = totals.plus(row.counts());
    }
    List<Day> days = new ArrayList<>(DAYS);
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      days.add(new Day(day, perDay.getOrDefault(day, DailyUsage.Counts.ZERO)));
    }
    return new Period(from, to, days, totals, perPublication);
  }
}
