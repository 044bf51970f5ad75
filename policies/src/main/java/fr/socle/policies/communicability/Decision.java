package fr.socle.policies.communicability;

import static java.util.Objects.requireNonNull;

import fr.socle.policies.occultation.OccultationPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A data officer's decision on a dataset: status, legal bases (the first is the main one), the column-level plan,
 * the D312-1-3 category if any, the communicable-from date of a deferred dataset, the justification, the review
 * date, who decided and when. Decisions are versioned by their store, never overwritten; this is one version.
 * Building one checks only its shape: whether it holds against the law and the data is {@link DecisionValidation}.
 */
public record Decision(
    Status status,
    List<LegalBasis> legalBases,
    OccultationPlan plan,
    @Nullable ExemptionCategory exemption,
    @Nullable LocalDate communicableFrom,
    String justification,
    LocalDate reviewDate,
    String decidedBy,
    LocalDate decidedOn) {
  public Decision {
    requireNonNull(status, "status");
    legalBases = List.copyOf(legalBases);
    requireNonNull(plan, "plan");
    requireNonNull(justification, "justification");
    requireNonNull(reviewDate, "reviewDate");
    requireNonNull(decidedBy, "decidedBy");
    requireNonNull(decidedOn, "decidedOn");
  }

  /** A decision taking a proposal as it is, for the data officer to confirm (or amend) and justify. */
  public static Decision fromProposal(Proposal proposal, @Nullable ExemptionCategory exemption, String justification,
      LocalDate reviewDate, String decidedBy, LocalDate decidedOn) {
    return new Decision(proposal.status(), proposal.legalBases(), proposal.plan(), exemption,
        proposal.communicableFrom(), justification, reviewDate, decidedBy, decidedOn);
  }

  public Optional<LocalDate> from() {
    return Optional.ofNullable(communicableFrom);
  }

  public Optional<ExemptionCategory> exemptionCategory() {
    return Optional.ofNullable(exemption);
  }

  /** The main legal basis. */
  public Optional<LegalBasis> mainBasis() {
    return legalBases.isEmpty() ? Optional.empty() : Optional.of(legalBases.getFirst());
  }

  /** The status in force on {@code day}: a deferred decision becomes what its plan says once its date is reached. */
  public Status statusOn(LocalDate day) {
    if (status != Status.DEFERRED || communicableFrom == null || day.isBefore(communicableFrom)) {
      return status;
    }
    return plan.publishesAnything() ? Status.COMMUNICABLE_AFTER_OCCULTATION : Status.PERSON_CONCERNED_ONLY;
  }
}
