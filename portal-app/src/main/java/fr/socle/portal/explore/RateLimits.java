package fr.socle.portal.explore;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token buckets per caller (an address, or an API key), refilled continuously over a minute. Idle callers are
 * forgotten beyond a bound, so the table never grows without limit. Also used by other public forms (the
 * report form), each with callers of its own prefix.
 */
public final class RateLimits {
  private static final int MAX_CALLERS = 100_000;

  private final Map<String, Bucket> buckets = Collections.synchronizedMap(
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
          return size() > MAX_CALLERS;
        }
      });

  public ConsumptionProbe consume(String caller, int perMinute) {
    return bucket(caller, perMinute).tryConsumeAndReturnRemaining(1);
  }

  /** The whole seconds a refused caller waits for its next token (Retry-After): at least one. */
  public static long secondsToWait(ConsumptionProbe probe) {
    return Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
  }

  long available(String caller, int perMinute) {
    return bucket(caller, perMinute).getAvailableTokens();
  }

  private Bucket bucket(String caller, int perMinute) {
    // the limit is part of the key: a changed quota starts a fresh bucket
    return buckets.computeIfAbsent(caller + "#" + perMinute, k -> Bucket.builder()
        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
        .build());
  }
}
