package fr.socle.portal.publication;

import fr.socle.lakehouse.jdbc.Jdbc;
import fr.socle.lakehouse.load.DatasetLoads;
import fr.socle.lakehouse.promotion.PromotionJobs;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job queue and its triggers, in the portal and in the command-line loader alike: every committed load and
 * every recorded decision queue a promotion of the dataset, which a portal's worker runs within seconds.
 */
@Configuration(proxyBeanMethods = false)
public class PublicationTriggerConfiguration {

  @Bean
  PromotionJobs promotionJobs(Jdbc jdbc, Clock clock) {
    return new PromotionJobs(jdbc, clock);
  }

  @Bean
  PromotionWorkerWaker promotionWorkerWaker(ObjectProvider<PromotionWorker> worker) {
    return new PromotionWorkerWaker(worker);
  }

  @Bean
  DecisionTrigger decisionTrigger(PromotionJobs jobs, PromotionWorkerWaker waker) {
    return new DecisionTrigger(jobs, waker);
  }

  @Bean
  LoadTrigger loadTrigger(DatasetLoads loads, PromotionJobs jobs) {
    LoadTrigger trigger = new LoadTrigger(jobs);
    loads.addListener(trigger);
    return trigger;
  }
}
