package fr.socle.portal.classification;

import fr.socle.lakehouse.promotion.DecisionSource;
import fr.socle.lakehouse.promotion.VersionedDecision;
import fr.socle.policies.communicability.Status;
import fr.socle.policies.occultation.OccultationPlan;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The decisions in force, as the promotion engine reads them. For a dataset communicable to the person concerned
 * only, an aggregation plan in the decision is the derived aggregate that may be published as a dataset of its own
 * (the rows themselves never are).
 */
@Component
class ClassificationDecisions implements DecisionSource {
  private final Classification classification;
  private final DecisionStore store;

  ClassificationDecisions(Classification classification, DecisionStore store) {
    this.classification = classification;
    this.store = store;
  }

  @Override
  public Optional<VersionedDecision> current(String datasetId) {
    return store.current(datasetId).map(recorded -> {
      VersionedDecision decision = new VersionedDecision(recorded.version(), recorded.decision(),
          recorded.decidedAt(), recorded.signature());
      OccultationPlan plan = recorded.decision().plan();
      if (recorded.decision().status() == Status.PERSON_CONCERNED_ONLY && plan.cells().isPresent()) {
        decision = decision.withDerivedAggregate(plan);
      }
      return decision;
    });
  }

  boolean known(String datasetId) {
    return classification.currentDecision(datasetId).isPresent();
  }
}
