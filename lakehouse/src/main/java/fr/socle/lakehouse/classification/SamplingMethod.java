package fr.socle.lakehouse.classification;

import java.util.Locale;

/** How the rows of a scan were chosen. */
public enum SamplingMethod {
  /** Every row was scanned (tables up to the full-scan limit). */
  FULL,
  /**
   * Trino kept each row with the probability that yields about the sample size ({@code TABLESAMPLE BERNOULLI}):
   * only the sample crosses the wire. Uniform, not seeded: a rescan looks at other rows.
   */
  TABLESAMPLE,
  /** Every row was streamed and {@code RowSampler} kept a seeded uniform sample of exactly the sample size. */
  STREAM;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SamplingMethod fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
