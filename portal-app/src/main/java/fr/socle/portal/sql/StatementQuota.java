package fr.socle.portal.sql;

import fr.socle.portal.explore.RateLimits;
import fr.socle.portal.system.RateLimited;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many statements each person may send to Trino per minute, whether from the console or the API: a token
 * bucket per person (Bucket4j, greedy refill), in memory. Per portal replica, which is fine for a guard against
 * runaway scripts and loops; a shared quota would need a shared store.
 */
@Component
class StatementQuota {
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final int perMinute;

  StatementQuota(SqlSettings settings) {
    this.perMinute = settings.statementsPerMinute();
  }

  /** Takes one statement from the person's quota, or refuses with the seconds to wait. */
  void take(String user) {
    ConsumptionProbe probe = buckets.computeIfAbsent(user, u -> newBucket()).tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      long seconds = RateLimits.secondsToWait(probe);
      throw new RateLimited("trop de requêtes : " + perMinute + " par minute au plus ; réessayez dans " + seconds
          + " s", seconds);
    }
  }

  /** Forgets full buckets, so memory holds only people who queried in the last minute or so. */
  @Scheduled(fixedDelay = 600_000)
  void forgetIdle() {
    buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= perMinute);
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
        .build();
  }
}
