package fr.socle.lakehouse.promotion;

import static java.util.Objects.requireNonNull;

import fr.socle.policies.communicability.Decision;
import fr.socle.policies.occultation.OccultationPlan;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One version of a decision, as the decisions store keeps it: its number (versions are never overwritten), the
 * decision, who took it and when. Optional parts a decision may carry for publication:
 *
 * @param recordKey columns that identify a row of the source (its record id is then derived from them alone, and
 *     a row whose other values change keeps its id); empty: the row's own values identify it
 * @param derivedAggregate for a dataset communicable to the person concerned only, the plan of the derived
 *     aggregate that may be published as a dataset of its own (an aggregation, with column rules applied before
 *     grouping, e.g. the birth date generalised to the year)
 */
public record VersionedDecision(int version, Decision decision, Instant decidedAt, String decidedBy,
    List<String> recordKey, @Nullable OccultationPlan derivedAggregate) {
  public VersionedDecision {
    if (version < 1) {
      throw new IllegalArgumentException("decision versions start at 1");
    }
    requireNonNull(decision, "decision");
    requireNonNull(decidedAt, "decidedAt");
    requireNonNull(decidedBy, "decidedBy");
    recordKey = List.copyOf(recordKey);
    if (derivedAggregate != null && derivedAggregate.cells().isEmpty()) {
      throw new IllegalArgumentException("a derived aggregate is an aggregation plan");
    }
  }

  public VersionedDecision(int version, Decision decision, Instant decidedAt, String decidedBy) {
    this(version, decision, decidedAt, decidedBy, List.of(), null);
  }

  public VersionedDecision withRecordKey(List<String> columns) {
    return new VersionedDecision(version, decision, decidedAt, decidedBy, columns, derivedAggregate);
  }

  public VersionedDecision withDerivedAggregate(OccultationPlan plan) {
    return new VersionedDecision(version, decision, decidedAt, decidedBy, recordKey, plan);
  }

  public Optional<OccultationPlan> derived() {
    return Optional.ofNullable(derivedAggregate);
  }
}
