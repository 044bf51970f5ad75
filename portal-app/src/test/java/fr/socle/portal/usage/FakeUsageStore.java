package fr.socle.portal.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The store's contract in memory: additive per (publication, day), and able to fail like a database outage. */
final class FakeUsageStore implements UsageStore {
  private final Map<UsageCounter.Key, DailyUsage.Counts> rows = new LinkedHashMap<>();
  boolean down;
  int flushes;

  @Override
  public synchronized void add(Collection<DailyUsage> usage) {
    if (down) {
      throw new IllegalStateException("database unavailable");
    }
    flushes++;
    usage.forEach(u -> rows.merge(new UsageCounter.Key(u.day(), u.publicationId()), u.counts(),
        DailyUsage.Counts::plus));
  }

  @Override
  public synchronized List<DailyUsage> between(Collection<String> publicationIds, LocalDate from, LocalDate to) {
    List<DailyUsage> found = new ArrayList<>();
    rows.forEach((key, counts) -> {
      if (publicationIds.contains(key.publicationId()) && !key.day().isBefore(from) && !key.day().isAfter(to)) {
        found.add(new DailyUsage(key.day(), key.publicationId(), counts));
      }
    });
    return found;
  }

  synchronized DailyUsage.Counts of(LocalDate day, String publicationId) {
    return rows.getOrDefault(new UsageCounter.Key(day, publicationId), DailyUsage.Counts.ZERO);
  }
}
