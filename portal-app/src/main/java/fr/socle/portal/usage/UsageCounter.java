package fr.socle.portal.usage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Uses of the current moment, summed per day and publication until the next flush. {@code merge} and
 * {@code remove} are atomic per key, so a use counted while a flush drains the table lands either in what the flush
 * takes or in what stays for the next one: never lost, never counted twice.
 */
final class UsageCounter {
  /** Past this many pending (day, publication) pairs, uses are dropped rather than grow the heap. */
  static final int MAX_KEYS = 50_000;

  record Key(LocalDate day, String publicationId) {}

  private final ConcurrentHashMap<Key, DailyUsage.Counts> pending = new ConcurrentHashMap<>();
  private final Clock clock;
  private final ZoneId zone;

  UsageCounter(Clock clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  void record(String publicationId, UsageKind kind) {
    Key key = new Key(LocalDate.now(clock.withZone(zone)), publicationId);
    if (pending.size() >= MAX_KEYS && !pending.containsKey(key)) {
      return;
    }
    pending.merge(key, DailyUsage.Counts.one(kind), DailyUsage.Counts::plus);
  }

  /** Takes every pending count out of the table. */
  Map<Key, DailyUsage.Counts> drain() {
    Map<Key, DailyUsage.Counts> drained = new HashMap<>();
    for (Key key : pending.keySet()) {
      DailyUsage.Counts counts = pending.remove(key);
      if (counts != null) {
        drained.put(key, counts);
      }
    }
    return drained;
  }

  /** Puts counts back (a flush that failed), added to whatever was counted meanwhile. */
  void restore(Map<Key, DailyUsage.Counts> counts) {
    counts.forEach((key, value) -> pending.merge(key, value, DailyUsage.Counts::plus));
  }

  boolean isEmpty() {
    return pending.isEmpty();
  }
}
