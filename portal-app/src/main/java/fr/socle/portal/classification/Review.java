package fr.socle.portal.classification;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.policies.communicability.DatasetFacts;
import fr.socle.policies.communicability.Proposal;
import fr.socle.policies.occultation.PlanCoverage;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the review of one dataset shows: its latest scan (none before the first), the facts in force, the
 * rules' proposal on those, the current decision and what the latest scan leaves uncovered by it, every version.
 *
 * @param currentSnapshotId the table's current snapshot, null when it holds no data
 */
record Review(Dataset dataset, LocalDate today, @Nullable Long currentSnapshotId, @Nullable StoredScan scan,
    DecisionStore.VersionedFacts facts, DatasetFacts datasetFacts, @Nullable Proposal proposal,
    @Nullable RecordedDecision current, PlanCoverage.@Nullable Coverage outgrown, List<RecordedDecision> history) {

  /** Whether the latest scan read the table as it is now. */
  public boolean scanIsCurrent() {
    return scan != null && currentSnapshotId != null && scan.snapshotId() == currentSnapshotId;
  }

  public boolean reviewDue() {
    return current != null && ReviewRules.reviewDue(current, today);
  }

  public List<String> columns() {
    return scan == null ? List.of() : scan.findings().columnNames();
  }
}
