package fr.socle.lakehouse.promotion;

import static java.util.Objects.requireNonNull;

import fr.socle.policies.occultation.OccultationPlan;
import org.jspecify.annotations.Nullable;

/**
 * One promotion to run: what to publish with which plan, under which decision version, from which source snapshot
 * (null: the current one), who asked and why ({@code trigger}: load, deferred, decision, manual, reconcile).
 */
public record PromotionRequest(Publication publication, OccultationPlan plan, VersionedDecision decision,
    @Nullable Long sourceSnapshotId, String actor, String trigger) {
  public PromotionRequest {
    requireNonNull(publication, "publication");
    requireNonNull(plan, "plan");
    requireNonNull(decision, "decision");
    requireNonNull(actor, "actor");
    requireNonNull(trigger, "trigger");
    if (!plan.publishesAnything()) {
      throw new IllegalArgumentException("the plan publishes nothing");
    }
  }

  public PromotionRequest atSnapshot(long snapshotId) {
    return new PromotionRequest(publication, plan, decision, snapshotId, actor, trigger);
  }
}
