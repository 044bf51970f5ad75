package fr.socle.portal.classification;

import static java.util.Objects.requireNonNull;

import fr.socle.policies.communicability.Status;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A dataset waiting for its data officer, and why: its publication leaked protected data under the decision in
 * force, it was never classified, its data outgrew its decision, or its review date has come. {@code since} orders
 * each group, oldest first.
 *
 * @param since leaked: when it was withdrawn; unclassified: when the dataset was created; changed: when the scan
 *     found the change; review due: the review date
 * @param overdue unclassified for longer than the configured delay
 * @param status the status in force (null when unclassified)
 * @param version the current decision's version (0 when unclassified)
 */
record QueueEntry(String datasetId, String title, String producerService, State state, Instant since,
    List<String> reasons, boolean overdue, boolean scanned, @Nullable Status status, int version) {

  enum State {
    /** Withdrawn from the open tier for a leak under the decision in force: its plan must be revised. */
    LEAKED,
    UNCLASSIFIED,
    CHANGED,
    REVIEW_DUE;

    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  QueueEntry {
    requireNonNull(datasetId, "datasetId");
    requireNonNull(state, "state");
    requireNonNull(since, "since");
    reasons = List.copyOf(reasons);
  }
}
