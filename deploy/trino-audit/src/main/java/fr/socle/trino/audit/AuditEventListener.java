package fr.socle.trino.audit;

import io.trino.spi.eventlistener.EventListener;
import io.trino.spi.eventlistener.QueryCompletedEvent;
import io.trino.spi.eventlistener.QueryCreatedEvent;
import java.time.Duration;

/** Sends each query's created and completed events to the decision point, reduced to what the trail records. */
final class AuditEventListener implements EventListener {
  private static final System.Logger log = System.getLogger(AuditEventListener.class.getName());

  private final Settings settings;
  private final Delivery delivery;

  AuditEventListener(Settings settings) {
    this.settings = settings;
    this.delivery = new Delivery(settings);
  }

  @Override
  public void queryCreated(QueryCreatedEvent event) {
    if (settings.logCreated()) {
      delivery.submit(EventJson.write(AuditEvent.of(event)), event.getMetadata().getQueryId());
    }
  }

  @Override
  public void queryCompleted(QueryCompletedEvent event) {
    if (settings.logCompleted()) {
      delivery.submit(EventJson.write(AuditEvent.of(event)), event.getMetadata().getQueryId());
    }
  }

  @Override
  public void shutdown() {
    try {
      delivery.drain(Duration.ofSeconds(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (delivery.pending() > 0) {
        log.log(System.Logger.Level.WARNING, "{0} audit events undelivered at shutdown; the portal''s reconciliation "
            + "records the queries Trino still lists", delivery.pending());
      }
      delivery.close();
    }
  }
}
