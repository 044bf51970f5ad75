package fr.socle.portal.publication;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.iceberg.Tier;
import fr.socle.lakehouse.jdbc.Jdbc;
import fr.socle.lakehouse.promotion.DecisionSource;
import fr.socle.lakehouse.promotion.PromotionJobs;
import fr.socle.lakehouse.promotion.PromotionRunner;
import fr.socle.lakehouse.promotion.Promotions;
import fr.socle.lakehouse.promotion.Publications;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the promotion engine (lakehouse module, which knows no Spring). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicationSettings.class)
class PublicationConfiguration {

  /**
   * The decisions in force: the classification store's bean of type {@link DecisionSource} when one is declared;
   * until then none is known, and nothing is promoted.
   */
  static DecisionSource decisions(ObjectProvider<DecisionSource> store) {
    return store.getIfAvailable(() -> DecisionSource.NONE);
  }

  @Bean
  Promotions promotions(@Qualifier("internal") Tier internal, @Qualifier("open") Tier open, Jdbc jdbc, Clock clock) {
    return new Promotions(internal, open, jdbc, clock, Promotions.Settings.DEFAULTS);
  }

  @Bean
  Publications publications(Promotions promotions) {
    return promotions.publications();
  }

  @Bean(destroyMethod = "close")
  PromotionRunner promotionRunner(PromotionJobs jobs, Promotions promotions, Catalogue catalogue,
      ObjectProvider<DecisionSource> decisions, Clock clock, PublicationSettings settings, PublicationEvents events) {
    return new PromotionRunner(jobs, promotions, catalogue, decisions(decisions), clock, settings.zone(),
        settings.node(), events);
  }
}
