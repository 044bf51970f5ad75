package fr.socle.lakehouse.classification;

import static java.util.Objects.requireNonNull;

import fr.socle.policies.detection.RowSampler;
import java.time.Duration;

/**
 * @param largeTables how to sample a table above {@code fullScanUpTo} rows
 * @param fullScanUpTo tables up to this many rows are scanned whole
 * @param sampleSize the rows scanned of a larger table
 * @param timeout the longest a scan may run before it is cancelled
 */
public record ScanSettings(SamplingMethod largeTables, long fullScanUpTo, int sampleSize, Duration timeout) {
  public static final ScanSettings DEFAULT = new ScanSettings(SamplingMethod.TABLESAMPLE, RowSampler.FULL_SCAN_UP_TO,
      RowSampler.DEFAULT_SAMPLE_SIZE, Duration.ofMinutes(10));

  public ScanSettings {
    requireNonNull(largeTables, "largeTables");
    requireNonNull(timeout, "timeout");
    if (largeTables == SamplingMethod.FULL) {
      throw new IllegalArgumentException("large tables are sampled: TABLESAMPLE or STREAM");
    }
    if (sampleSize <= 0 || fullScanUpTo < sampleSize) {
      throw new IllegalArgumentException("0 < sampleSize <= fullScanUpTo");
    }
  }

  public ScanSettings withLargeTables(SamplingMethod method) {
    return new ScanSettings(method, fullScanUpTo, sampleSize, timeout);
  }
}
