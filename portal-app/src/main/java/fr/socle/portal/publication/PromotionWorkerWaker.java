package fr.socle.portal.publication;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/** (Declared in PublicationTriggerConfiguration.) Wakes this node's worker (when it has one) after a data officer queued a job, so it starts at once. */
class PromotionWorkerWaker {
  private final ObjectProvider<PromotionWorker> worker;

  PromotionWorkerWaker(ObjectProvider<PromotionWorker> worker) {
    this.worker = worker;
  }

  void wake() {
    Optional.ofNullable(worker.getIfAvailable()).ifPresent(PromotionWorker::wake);
  }
}
