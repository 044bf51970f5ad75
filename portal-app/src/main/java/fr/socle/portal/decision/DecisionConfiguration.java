package fr.socle.portal.decision;

import fr.socle.policies.access.DataAccess;
import fr.socle.policies.access.EnginePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The policy objects of the {@code policies} module, as beans (that module knows no Spring). */
@Configuration(proxyBeanMethods = false)
class DecisionConfiguration {
  @Bean
  EnginePolicy enginePolicy() {
    return new EnginePolicy(fr.socle.policies.access.PolicySnapshot.empty().at(java.time.Instant.EPOCH));
  }
}
