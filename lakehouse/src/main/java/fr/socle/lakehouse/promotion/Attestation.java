package fr.socle.lakehouse.promotion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a version of the open tier is made of and why it may be public: the source snapshot, the decision and its
 * plan, column by column what was kept, removed or generalised, the gate's checks, the counts, who and when. Its id
 * is in the Iceberg snapshot's summary ({@code socle.attestation-id}), so it commits with the data. It never holds
 * a value of the data, removed or not: the public reads it.
 */
public record Attestation(
    UUID id,
    String publicationId,
    String title,
    int version,
    String openTable,
    Source source,
    DecisionSummary decision,
    List<ColumnTreatment> columns,
    List<String> plan,
    List<Check> checks,
    Counts counts,
    Changes changes,
    List<ExportSummary> exports,
    String by,
    String trigger,
    Instant at) {

  public Attestation {
    columns = List.copyOf(columns);
    plan = List.copyOf(plan);
    checks = List.copyOf(checks);
    exports = List.copyOf(exports);
  }

  /**
   * The internal table and snapshot the version was made from. The snapshot id is written as a string: Iceberg draws
   * it over 63 bits, past what a JavaScript number holds exactly (attestations written before read either way).
   */
  public record Source(String datasetId, String table,
      @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING)
      long snapshotId) {}

  /** The decision applied. */
  public record DecisionSummary(int version, String status, List<String> legalBases, String justification,
      String decidedBy, Instant decidedAt, @Nullable LocalDate communicableFrom) {
    public DecisionSummary {
      legalBases = List.copyOf(legalBases);
    }
  }

  /** One column of the source: published as it is, transformed, or not published, and how. */
  public record ColumnTreatment(String column, String treatment, boolean published, boolean transformed) {}

  /** One check of the gate, passed or not, in French. */
  public record Check(String code, String label, boolean passed, String detail) {}

  /** Rows read from the source, published, left out by small-group suppression; cells left out by secrecy. */
  public record Counts(long rowsRead, long rowsPublished, long rowsSuppressed, long cellsSuppressed) {}

  /**
   * Against the previous version: rows added and removed (by record id), rows changed (same id, other values:
   * known when the decision declares a record key, else null), schema changes in French. {@code previousPurged}:
   * the versions before were purged (an erasure, a leak), so there was nothing to compare with, and every copy of
   * them is to be replaced by this one.
   */
  public record Changes(long added, long removed, @Nullable Long changed, List<String> schema,
      boolean previousPurged) {
    public Changes {
      schema = List.copyOf(schema);
    }

    public Changes(long added, long removed, @Nullable Long changed, List<String> schema) {
      this(added, removed, changed, schema, false);
    }
  }

  /** A precomputed export: format, size, SHA-256, rows. */
  public record ExportSummary(String format, long bytes, String sha256, long rows) {}

  public boolean passed() {
    return checks.stream().allMatch(Check::passed);
  }
}
