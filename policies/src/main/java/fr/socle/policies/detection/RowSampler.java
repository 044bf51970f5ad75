package fr.socle.policies.detection;

import java.util.SplittableRandom;

/**
 * Which rows of a table to scan. Every row for small tables; for large ones a uniform sample of fixed size, drawn
 * while the rows stream by (Knuth's selection sampling, algorithm S): each row is kept with probability
 * (wanted - kept) / (rows left), so exactly {@code sampleSize} rows are kept, uniformly, without storing any. The
 * table's row count must be known beforehand (Iceberg snapshot summaries have it); seeded, so a rerun scans the same
 * rows. When the count is unknown, use {@link Reservoir}.
 */
public final class RowSampler {
  /** Tables up to this many rows are scanned whole. */
  public static final long FULL_SCAN_UP_TO = 200_000;
  /** The sample size for larger tables: ±0.3 % on a share at 95 %, and a kind present in 1 row in 20,000 is seen. */
  public static final int DEFAULT_SAMPLE_SIZE = 100_000;

  private final long totalRows;
  private final long sampleSize;
  private final SplittableRandom random;
  private long seen;
  private long kept;

  private RowSampler(long totalRows, long sampleSize, long seed) {
    this.totalRows = totalRows;
    this.sampleSize = sampleSize;
    this.random = new SplittableRandom(seed);
  }

  /** Every row. */
  public static RowSampler all() {
    return new RowSampler(Long.MAX_VALUE, Long.MAX_VALUE, 0);
  }

  /** A uniform sample of {@code sampleSize} rows out of {@code totalRows}. */
  public static RowSampler uniform(long totalRows, int sampleSize, long seed) {
    if (totalRows < 0 || sampleSize <= 0) {
      throw new IllegalArgumentException("totalRows >= 0 and sampleSize > 0");
    }
    return sampleSize >= totalRows ? all() : new RowSampler(totalRows, sampleSize, seed);
  }

  /** The project's policy: every row up to {@value #FULL_SCAN_UP_TO}, else {@value #DEFAULT_SAMPLE_SIZE} rows. */
  public static RowSampler forTable(long totalRows, long seed) {
    return totalRows <= FULL_SCAN_UP_TO ? all() : uniform(totalRows, DEFAULT_SAMPLE_SIZE, seed);
  }

  public boolean isSampling() {
    return sampleSize != Long.MAX_VALUE;
  }

  /** Whether the next row of the stream is to be scanned. */
  public boolean next() {
    long index = seen++;
    if (!isSampling()) {
      kept++;
      return true;
    }
    long remaining = totalRows - index;
    if (kept >= sampleSize || remaining <= 0) {
      return false;
    }
    boolean take = random.nextLong(remaining) < sampleSize - kept;
    if (take) {
      kept++;
    }
    return take;
  }

  public long rowsSeen() {
    return seen;
  }

  public long rowsKept() {
    return kept;
  }
}
