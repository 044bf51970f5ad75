package fr.socle.portal.audit;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * Whether the event sink takes Trino's events. An operator can pause it (maintenance of the audit database); the
 * reconciliation then recovers the queries whose events Trino gave up on. Tests use it to prove that no query is
 * lost while the sink is down.
 */
@Component
public class SinkSwitch {
  private final AtomicBoolean accepting = new AtomicBoolean(true);

  public boolean accepting() {
    return accepting.get();
  }

  public void set(boolean value) {
    accepting.set(value);
  }
}
