package fr.socle.portal.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The trail holds personal data (who queried what, SQL text): it is kept for a configured time
 * ({@code socle.audit.retention}, one year by default) and deleted after, every night.
 */
@Component
@Profile("!cli")
class AuditRetention {
  private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

  private final AuditTrail trail;
  private final Clock clock;
  private final Duration retention;

  AuditRetention(AuditTrail trail, Clock clock, @Value("${socle.audit.retention:P365D}") Duration retention) {
    if (retention.compareTo(Duration.ofDays(1)) < 0) {
      throw new IllegalArgumentException("socle.audit.retention must be at least one day");
    }
    this.trail = trail;
    this.clock = clock;
    this.retention = retention;
  }

  @Scheduled(cron = "${socle.audit.purge-cron:0 17 3 * * *}", zone = "Europe/Paris")
  long purge() {
    Instant limit = clock.instant().minus(retention);
    long removed = trail.purgeOlderThan(limit);
    if (removed > 0) {
      log.info("audit retention: {} entries older than {} deleted", removed, limit);
    }
    return removed;
  }
}
