package fr.socle.trino.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
  @Test
  void readsTheListenersPropertiesWithTrinosDefaults() {
    Settings settings = Settings.from(Map.of(
        "socle-audit.ingest-uri", "http://127.0.0.1:8182/trino/events",
        "socle-audit.retry-delay", "500ms",
        "socle-audit.max-delay", "2m"));

    assertThat(settings.ingestUri().getPort()).isEqualTo(8182);
    assertThat(settings.retryDelay()).isEqualTo(Duration.ofMillis(500));
    assertThat(settings.maxDelay()).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.retryCount()).isEqualTo(5);
    assertThat(settings.logCreated()).isTrue();
    assertThat(settings.logCompleted()).isTrue();
  }

  @Test
  void refusesAMisspeltPropertyAMissingUriAndANonHttpOne() {
    assertThatThrownBy(() -> Settings.from(Map.of("socle-audit.ingest-uri", "http://127.0.0.1:1/e",
        "socle-audit.retry-cout", "3")))
        .hasMessageContaining("unknown property socle-audit.retry-cout");
    assertThatThrownBy(() -> Settings.from(Map.of("socle-audit.log-created", "true")))
        .hasMessageContaining("ingest-uri is required");
    assertThatThrownBy(() -> Settings.from(Map.of("socle-audit.ingest-uri", "file:///etc/passwd")))
        .hasMessageContaining("http or https");
    assertThatThrownBy(() -> Settings.duration("10 minutes")).hasMessageContaining("not a duration");
  }
}
