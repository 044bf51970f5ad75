package fr.socle.portal.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Decision-time records (a statement about to run, an access denied, admin acting as someone), written in the
 * background so that a decision stays in the microseconds. When the buffer is full, the caller writes itself:
 * slower, never lost.
 */
@Component
public class DecisionLog {
  private static final Logger log = LoggerFactory.getLogger(DecisionLog.class);

  private final AuditTrail trail;
  private final BlockingQueue<AuditEntry> pending = new ArrayBlockingQueue<>(10_000);

  DecisionLog(AuditTrail trail) {
    this.trail = trail;
  }

  public void record(AuditEntry entry) {
    if (!pending.offer(entry)) {
      trail.record(entry);
    }
  }

  @Scheduled(fixedDelay = 250)
  public void flush() {
    List<AuditEntry> batch = new ArrayList<>();
    pending.drainTo(batch, 1000);
    for (int i = 0; i < batch.size(); i++) {
      try {
        trail.record(batch.get(i));
      } catch (RuntimeException e) {
        // Put back what was not written; the next flush retries.
        log.warn("audit write failed, retrying later: {}", e.toString());
        for (int j = i; j < batch.size(); j++) {
          if (!pending.offer(batch.get(j))) {
            log.error("audit buffer full while the database is unavailable: entry dropped {}", batch.get(j));
          }
        }
        return;
      }
    }
  }
}
