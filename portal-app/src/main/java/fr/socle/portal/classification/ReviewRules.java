package fr.socle.portal.classification;

import fr.socle.policies.communicability.Status;
import fr.socle.policies.occultation.PlanCoverage;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a decided dataset goes back to its data officer. Its data changed shape: the latest scan shows what the
 * plan does not cover (a new column, a new kind of personal value in a published column); only a plan that
 * publishes something can be outgrown, a withheld dataset stays withheld. Or its review date has come.
 */
final class ReviewRules {
  private ReviewRules() {}

  /** What the plan of the decision leaves uncovered in the latest scan, if anything. */
  static Optional<PlanCoverage.Coverage> outgrown(RecordedDecision decision, @Nullable StoredScan latest) {
    if (latest == null || !decision.decision().plan().publishesAnything()) {
      return Optional.empty();
    }
    PlanCoverage.Coverage coverage = PlanCoverage.check(decision.decision().plan(), latest.findings());
    return coverage.isComplete() ? Optional.empty() : Optional.of(coverage);
  }

  static boolean reviewDue(RecordedDecision decision, LocalDate today) {
    return !decision.decision().reviewDate().isAfter(today);
  }

  /** The status in force today: a deferred decision whose date has come is what its plan says. */
  static Status statusToday(RecordedDecision decision, LocalDate today) {
    return decision.decision().statusOn(today);
  }
}
