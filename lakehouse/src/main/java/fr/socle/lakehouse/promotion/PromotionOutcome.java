package fr.socle.lakehouse.promotion;

import fr.socle.policies.occultation.GateVerdict;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How a promotion ended, when it ran to its end. Failures that may pass on retry are {@link PromotionException}s. */
public sealed interface PromotionOutcome {
  String publicationId();

  /** A new version is public. */
  record Published(String publicationId, int version, long snapshotId, UUID attestationId, long rowsRead,
      long rowsWritten, long added, long removed, @Nullable Long changed, List<String> schemaChanges,
      List<ExportFile> exports, Duration took) implements PromotionOutcome {}

  /** The open tier already holds this source snapshot under this decision and plan: nothing to do. */
  record UpToDate(String publicationId, int version, long snapshotId) implements PromotionOutcome {}

  /**
   * The gate (or a check before it) refused the output: nothing was committed, the files were deleted. The
   * failures say which check failed and where: column, kind of value, how many rows, masked examples.
   */
  record Refused(String publicationId, UUID attemptId, List<GateVerdict.Failure> failures, List<String> reasons)
      implements PromotionOutcome {}
}
