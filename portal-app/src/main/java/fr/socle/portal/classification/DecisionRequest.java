package fr.socle.portal.classification;

import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.ExemptionCategory;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.Status;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A decision as the API receives it. The plan uses the vocabulary of {@link PlanJson}; {@code facts}, when given,
 * are stated with the decision (and weighed by its validation); {@code basedOnVersion} guards against deciding over
 * a decision one has not seen.
 */
record DecisionRequest(@Nullable Integer basedOnVersion, @Nullable Status status, @Nullable List<LegalBasis> legalBases,
    PlanJson.@Nullable Plan plan, @Nullable ExemptionCategory exemption, @Nullable LocalDate communicableFrom,
    @Nullable String justification, @Nullable LocalDate reviewDate, @Nullable StatedFacts facts) {

  Decision toDecision(String decidedBy, LocalDate decidedOn) {
    if (status == null) {
      throw new IllegalArgumentException("« status » est requis.");
    }
    if (plan == null) {
      throw new IllegalArgumentException("« plan » est requis (le plan vide : {\"columns\": []}).");
    }
    if (reviewDate == null) {
      throw new IllegalArgumentException("« reviewDate » est requis.");
    }
    return new Decision(status, legalBases == null ? List.of() : legalBases, PlanJson.toPlan(plan), exemption,
        communicableFrom, justification == null ? "" : justification, reviewDate, decidedBy, decidedOn);
  }
}
