package fr.socle.portal.classification;

import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What the rest of Socle reads of classification, the promotion engine first: a dataset's decision in force (with
 * its occultation plan) and whether its data officer must look at it again. Publishing executes the decision in
 * force; it never decides.
 */
@Service
public class Classification {
  private final DecisionStore decisions;
  private final ScanStore scans;
  private final Classifier classifier;

  Classification(DecisionStore decisions, ScanStore scans, Classifier classifier) {
    this.decisions = decisions;
    this.scans = scans;
    this.classifier = classifier;
  }

  /**
   * The latest decision on a dataset.
   *
   * @param version 1 for the first decision, then one more per decision
   * @param snapshotId the snapshot whose scan the decision was taken on
   */
  public record CurrentDecision(String datasetId, int version, Decision decision, Instant decidedAt,
      @Nullable Long snapshotId) {

    /** The status in force on {@code day}: a deferred decision whose date has come is what its plan says. */
    public Status statusOn(LocalDate day) {
      return decision.statusOn(day);
    }
  }

  /** The decision in force, or empty while the dataset is unclassified (never published). */
  public Optional<CurrentDecision> currentDecision(String datasetId) {
    return decisions.current(datasetId).map(r -> new CurrentDecision(r.datasetId(), r.version(), r.decision(),
        r.decidedAt(), r.snapshotId()));
  }

  /**
   * Whether the data officer must review the dataset: its latest scan shows what the decision's plan does not
   * cover (a new column, which stays unpublished meanwhile, or a new kind of personal value in a published column),
   * or the decision's review date has come. False for an unclassified dataset: it is to classify, not to review.
   */
  public boolean needsReview(String datasetId) {
    return decisions.current(datasetId)
        .map(decision -> ReviewRules.outgrown(decision, scans.latest(datasetId).orElse(null)).isPresent()
            || ReviewRules.reviewDue(decision, classifier.today()))
        .orElse(false);
  }
}
