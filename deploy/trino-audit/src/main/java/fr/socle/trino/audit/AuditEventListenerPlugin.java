package fr.socle.trino.audit;

import io.trino.spi.Plugin;
import io.trino.spi.eventlistener.EventListener;
import io.trino.spi.eventlistener.EventListenerFactory;
import java.util.List;
import java.util.Map;

/** The plugin Trino finds in {@code plugin/socle-audit}: one event listener, {@code event-listener.name=socle-audit}. */
public final class AuditEventListenerPlugin implements Plugin {
  static final String NAME = "socle-audit";

  @Override
  public Iterable<EventListenerFactory> getEventListenerFactories() {
    return List.of(new EventListenerFactory() {
      @Override
      public String getName() {
        return NAME;
      }

      @Override
      public EventListener create(Map<String, String> config, EventListenerContext context) {
        return new AuditEventListener(Settings.from(config));
      }
    });
  }
}
