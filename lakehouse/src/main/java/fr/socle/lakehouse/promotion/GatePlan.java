package fr.socle.lakehouse.promotion;

import fr.socle.policies.communicability.SecrecyThresholds;
import fr.socle.policies.occultation.Aggregation;
import fr.socle.policies.occultation.OccultationPlan;
import fr.socle.policies.occultation.SecrecyRule;
import fr.socle.policies.occultation.SmallGroupSuppression;

/**
 * The plan the gate checks against: the decision's, with its thresholds raised to the data space's minimums. The
 * pass applies the decision's own k and cell minimum; the gate then verifies that every published group counts at
 * least {@code max(k, individualK)} rows and every cell {@code max(n, individualK)} units, so a decision whose
 * thresholds are too low is refused, not published.
 */
final class GatePlan {
  private GatePlan() {}

  static OccultationPlan strictest(OccultationPlan plan, SecrecyThresholds thresholds) {
    int minimum = thresholds.individualK();
    if (plan.smallGroupSuppression().isPresent()) {
      SmallGroupSuppression s = plan.smallGroupSuppression().get();
      return s.k() >= minimum ? plan
          : plan.withSmallGroups(new SmallGroupSuppression(s.quasiIdentifiers(), minimum));
    }
    if (plan.cells().isPresent() && plan.cells().get().secrecy() instanceof SecrecyRule.MinimumCount min
        && min.units() < minimum) {
      Aggregation cells = plan.cells().get();
      return plan.withAggregation(new Aggregation(cells.groupBy(), cells.measures(),
          new SecrecyRule.MinimumCount(minimum, min.unitColumn())));
    }
    return plan;
  }
}
