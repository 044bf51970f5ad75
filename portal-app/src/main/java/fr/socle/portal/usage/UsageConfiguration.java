package fr.socle.portal.usage;

import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The counter, the filter that feeds it (around the whole chain, so that it sees the final status, a rate
 * limit's 429 included), and the flush every {@code socle.usage.flush-interval} and at shutdown.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!cli")
class UsageConfiguration {

  @Bean
  UsageCounter usageCounter(Clock clock, UsageSettings settings) {
    return new UsageCounter(clock, settings.zone());
  }

  @Bean
  FilterRegistrationBean<UsageFilter> usageFilter(UsageCounter counter) {
    FilterRegistrationBean<UsageFilter> registration = new FilterRegistrationBean<>(new UsageFilter(counter));
    registration.addUrlPatterns("/jeux/*", "/api/public/*", "/api/explore/*");
    registration.setName("usageStatistics");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** The web server has stopped when beans are destroyed: the last flush sees every counted use. */
  @Bean(destroyMethod = "flush")
  UsageFlusher usageFlusher(UsageCounter counter, UsageStore store) {
    return new UsageFlusher(counter, store);
  }

  @Bean
  Schedule usageFlushSchedule(UsageFlusher flusher) {
    return new Schedule(flusher);
  }

  static final class Schedule {
    private final UsageFlusher flusher;

    Schedule(UsageFlusher flusher) {
      this.flusher = flusher;
    }

    @Scheduled(fixedDelayString = "${socle.usage.flush-interval:30s}",
        initialDelayString = "${socle.usage.flush-interval:30s}")
    void flush() {
      flusher.flush();
    }
  }
}
