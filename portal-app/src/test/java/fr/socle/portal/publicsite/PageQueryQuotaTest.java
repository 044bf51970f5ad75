package fr.socle.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.portal.explore.RateLimits;
import fr.socle.portal.system.RateLimited;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class PageQueryQuotaTest {
  private final RateLimits limits = new RateLimits();
  private final PageQueryQuota quota = new PageQueryQuota(limits, settings(3));

  @Test
  void anAddressPastItsQuotaIsRefusedWithTheSecondsToWaitInTheReadersLanguage() {
    for (int i = 0; i < 3; i++) {
      quota.charge("192.0.2.1");
    }
    assertThatThrownBy(() -> quota.charge("192.0.2.1")).isInstanceOfSatisfying(RateLimited.class, e -> {
      // three a minute: the next one in about twenty seconds
      assertThat(e.retryAfterSeconds()).isBetween(1L, 20L);
      assertThat(e.getMessage()).startsWith("trop de requêtes depuis votre adresse")
          .contains("au plus 3 requêtes par minute", "réessayez dans " + e.retryAfterSeconds() + " s");
      ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
      messages.setBasename("messages");
      messages.setDefaultEncoding("UTF-8");
      messages.setFallbackToSystemLocale(false);
      assertThat(e.message(messages, Locale.ENGLISH)).startsWith("too many requests from your address")
          .contains("at most 3 queries a minute");
    });
    // another address, and the Explore API's callers, have quotas of their own
    quota.charge("192.0.2.2");
    assertThat(limits.consume("ip:192.0.2.1", 600).isConsumed()).isTrue();
  }

  @Test
  void anAnswerKeptAMinuteCostsNothingANewOneIsChargedBeforeItsStatementStarts() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
    RecentResults recent = new RecentResults(clock, Duration.ofMinutes(1), 10);
    AtomicInteger statements = new AtomicInteger();
    RecentResults.Compute<Integer, RuntimeException> charged = () -> {
      quota.charge("192.0.2.3");
      return statements.incrementAndGet();
    };
    for (int i = 0; i < 10; i++) {
      assertThat(recent.get("tableau?page=1", charged)).isEqualTo(1);
    }
    recent.get("tableau?page=2", charged);
    recent.get("tableau?page=3", charged);
    assertThatThrownBy(() -> recent.get("tableau?page=4", charged)).isInstanceOf(RateLimited.class);
    assertThat(statements).hasValue(3);
    assertThat(recent.get("tableau?page=2", charged)).isEqualTo(2);
  }

  private static SiteSettings settings(int perMinute) {
    return new SiteSettings("Commune de Valmont-sur-Loire", "Hôtel de ville", "02 47 00 00 00", "donnees@valmont.example",
        "Le maire", "Direction du numérique", "Hôtel de ville", "dpo@valmont.example", "accessibilite@valmont.example",
        java.time.LocalDate.of(2026, 11, 16), 180, "", "21370299600017", "Communale", perMinute);
  }
}
