package fr.socle.portal.classification;

import fr.socle.lakehouse.classification.SamplingMethod;
import fr.socle.policies.detection.DatasetFindings;
import java.time.Instant;

/** A scan as recorded: which snapshot, when, by whom, how, and what was found (counts and masked examples). */
record StoredScan(long id, String datasetId, long snapshotId, Instant scannedAt, String requestedBy,
    SamplingMethod method, long durationMs, DatasetFindings findings) {

  /** Rows of the table classified per second. */
  public double rowsPerSecond() {
    return durationMs == 0 ? findings.rowsRead() * 1000.0 : findings.rowsRead() * 1000.0 / durationMs;
  }
}
