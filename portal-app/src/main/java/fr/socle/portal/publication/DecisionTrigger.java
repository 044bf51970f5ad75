package fr.socle.portal.publication;

import fr.socle.lakehouse.promotion.PromotionJobs;
import fr.socle.portal.classification.DecisionRecorded;
import org.springframework.context.event.EventListener;

/**
 * Queues a promotion job when a data officer records a decision: open by default, a communicable decision is
 * published (or a withholding one retracted) by the engine, not by a click.
 */
class DecisionTrigger {
  private final PromotionJobs jobs;
  private final PromotionWorkerWaker waker;

  DecisionTrigger(PromotionJobs jobs, PromotionWorkerWaker waker) {
    this.jobs = jobs;
    this.waker = waker;
  }

  @EventListener
  void decided(DecisionRecorded decision) {
    jobs.enqueue(decision.datasetId(), PromotionJobs.Trigger.DECISION, decision.decidedBy());
    waker.wake();
  }
}
