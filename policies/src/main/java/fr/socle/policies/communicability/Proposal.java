package fr.socle.policies.communicability;

import static java.util.Objects.requireNonNull;

import fr.socle.policies.occultation.Aggregation;
import fr.socle.policies.occultation.OccultationPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the rules propose for a dataset: a status, its legal bases (the first is the main one), the occultation
 * plan (the plan to apply from {@code communicableFrom} for a deferred dataset), and every step explained. For a
 * dataset communicable to the person concerned only, a derived aggregate that meets the secrecy thresholds may be
 * proposed, to publish as a dataset of its own. A proposal is not a decision: the data officer records one.
 */
public record Proposal(
    Status status,
    List<LegalBasis> legalBases,
    OccultationPlan plan,
    @Nullable LocalDate communicableFrom,
    @Nullable Aggregation derivedAggregate,
    List<Explanation> explanations) {
  public Proposal {
    requireNonNull(status, "status");
    legalBases = List.copyOf(legalBases);
    requireNonNull(plan, "plan");
    explanations = List.copyOf(explanations);
  }

  public Optional<LocalDate> from() {
    return Optional.ofNullable(communicableFrom);
  }

  public Optional<Aggregation> aggregate() {
    return Optional.ofNullable(derivedAggregate);
  }

  /** The explanations, one line each, as the data officer reads them. */
  public List<String> explain() {
    return explanations.stream().map(Explanation::text).toList();
  }
}
