package fr.socle.portal.classification;

import static java.util.Objects.requireNonNull;

import fr.socle.policies.communicability.Decision;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of a dataset's decision as stored: the decision, the facts it weighed, the scan it was taken on, and
 * what it changed from the previous version (in French, one line per change), and who signed it (first name, name and
 * quality: CRPA L212-1), null for decisions recorded before signatures were.
 */
record RecordedDecision(String datasetId, int version, Instant decidedAt, Decision decision, StatedFacts facts,
    @Nullable Long scanId, @Nullable Long snapshotId, List<String> changes, @Nullable String signedAs) {
  RecordedDecision {
    requireNonNull(datasetId, "datasetId");
    requireNonNull(decidedAt, "decidedAt");
    requireNonNull(decision, "decision");
    requireNonNull(facts, "facts");
    changes = List.copyOf(changes);
  }

  /** The decision's author as the attestations name them: their signature, else their account. */
  String signature() {
    return signedAs != null ? signedAs : decision.decidedBy();
  }
}
