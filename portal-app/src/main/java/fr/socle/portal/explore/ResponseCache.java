package fr.socle.portal.explore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * Recent JSON answers of the Explore API, by dataset version and query: the open tier changes at publication
 * only, so a popular query is computed once a minute rather than once a request. Bounded in entries and bytes.
 */
final class ResponseCache {
  /** A cached answer and its entity tag. */
  record Entry(byte[] body, String etag, Instant storedAt) {}

  private final Clock clock;
  private final Duration ttl;
  private final int maxEntries;
  private final long maxBytes;
  private long bytes;
  private final ConcurrentHashMap<String, CompletableFuture<Entry>> inflight = new ConcurrentHashMap<>();
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);

  ResponseCache(Clock clock, Duration ttl, int maxEntries, long maxBytes) {
    this.clock = clock;
    this.ttl = ttl;
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  /**
   * The cached answer, or the computed one (cached if small enough). Concurrent misses of one key compute it once:
   * the others wait for that answer instead of sending the same query to Trino at the same time.
   */
  <E extends Exception> Entry get(String key, ThrowingSupplier<byte[], E> compute) throws E {
    Entry entry = lookup(key);
    if (entry != null) {
      return entry;
    }
    CompletableFuture<Entry> mine = new CompletableFuture<>();
    CompletableFuture<Entry> running = inflight.putIfAbsent(key, mine);
    if (running != null) {
      try {
        return running.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        // the first caller failed: try on our own, its error will be ours too
      }
      byte[] body = compute.get();
      return new Entry(body, etag(body), clock.instant());
    }
    try {
      byte[] body = compute.get();
      Entry computed = new Entry(body, etag(body), clock.instant());
      if (body.length <= maxBytes / 16) {
        store(key, computed);
      }
      mine.complete(computed);
      return computed;
    } catch (Exception e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inflight.remove(key, mine);
    }
  }

  interface ThrowingSupplier<T, E extends Exception> {
    T get() throws E;
  }

  private synchronized @Nullable Entry lookup(String key) {
    Entry entry = entries.get(key);
    if (entry != null && clock.instant().isAfter(entry.storedAt().plus(ttl))) {
      entries.remove(key);
      bytes -= entry.body().length;
      return null;
    }
    return entry;
  }

  private synchronized void store(String key, Entry entry) {
    Entry previous = entries.put(key, entry);
    if (previous != null) {
      bytes -= previous.body().length;
    }
    bytes += entry.body().length;
    var oldest = entries.entrySet().iterator();
    while ((entries.size() > maxEntries || bytes > maxBytes) && oldest.hasNext()) {
      Map.Entry<String, Entry> evicted = oldest.next();
      bytes -= evicted.getValue().body().length;
      oldest.remove();
    }
  }

  static String etag(byte[] body) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + java.util.HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Duration ttl() {
    return ttl;
  }

}
