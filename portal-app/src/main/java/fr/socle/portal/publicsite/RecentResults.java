package fr.socle.portal.publicsite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Results of the public pages' queries for a short while, by dataset version and request: the open tier changes
 * at publication only, and a key holds the version, so a new version is never answered from an old one's entry.
 * Bounded in entries; the oldest goes first.
 */
final class RecentResults {
  private record Entry(Object value, Instant at) {}

  interface Compute<T, E extends Exception> {
    T get() throws E;
  }

  private final Clock clock;
  private final Duration ttl;
  private final int maxEntries;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);

  RecentResults(Clock clock, Duration ttl, int maxEntries) {
    this.clock = clock;
    this.ttl = ttl;
    this.maxEntries = maxEntries;
  }

  @SuppressWarnings("unchecked")
  <T, E extends Exception> T get(String key, Compute<T, E> compute) throws E {
    synchronized (this) {
      Entry entry = entries.get(key);
      if (entry != null && !clock.instant().isAfter(entry.at().plus(ttl))) {
        return (T) entry.value();
      }
    }
    T value = compute.get();
    synchronized (this) {
      entries.put(key, new Entry(value, clock.instant()));
      Iterator<Map.Entry<String, Entry>> oldest = entries.entrySet().iterator();
      while (entries.size() > maxEntries && oldest.hasNext()) {
        oldest.next();
        oldest.remove();
      }
    }
    return value;
  }
}
