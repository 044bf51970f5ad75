package fr.socle.portal.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application: the policies module takes instants from it and never reads time itself. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
