package fr.socle.portal.usage;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the counted uses into the store. A flush that fails puts its counts back for the next one, so a database
 * outage delays the figures without losing them; the last flush runs when the portal stops.
 */
final class UsageFlusher {
  private static final Logger log = LoggerFactory.getLogger(UsageFlusher.class);

  private final UsageCounter counter;
  private final UsageStore store;

  UsageFlusher(UsageCounter counter, UsageStore store) {
    this.counter = counter;
    this.store = store;
  }

  /** Flushes what was counted; returns how many (day, publication) rows were added. */
  synchronized int flush() {
    Map<UsageCounter.Key, DailyUsage.Counts> drained = counter.drain();
    if (drained.isEmpty()) {
      return 0;
    }
    List<DailyUsage> rows = drained.entrySet().stream()
        .map(e -> new DailyUsage(e.getKey().day(), e.getKey().publicationId(), e.getValue()))
        .toList();
    try {
      store.add(rows);
      return rows.size();
    } catch (RuntimeException e) {
      counter.restore(drained);
      log.warn("usage statistics not saved, kept for the next flush: {}", e.toString());
      return 0;
    }
  }
}
