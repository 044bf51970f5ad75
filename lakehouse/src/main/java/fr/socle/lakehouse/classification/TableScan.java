package fr.socle.lakehouse.classification;

import static java.util.Objects.requireNonNull;

import fr.socle.policies.detection.DatasetFindings;
import java.time.Duration;

/**
 * A finished scan: what the detectors found, how the rows were chosen, how many rows Trino sent and how long it
 * took (query and detection together).
 */
public record TableScan(ScanTarget target, SamplingMethod method, DatasetFindings findings, long rowsFetched,
    Duration elapsed) {
  public TableScan {
    requireNonNull(target, "target");
    requireNonNull(method, "method");
    requireNonNull(findings, "findings");
    requireNonNull(elapsed, "elapsed");
  }

  /** Rows of the table classified per second: the table's rows over the time to classify it. */
  public double rowsPerSecond() {
    double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
    return findings.rowsRead() / seconds;
  }
}
