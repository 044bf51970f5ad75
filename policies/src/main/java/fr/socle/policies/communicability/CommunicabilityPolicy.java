package fr.socle.policies.communicability;

import static java.util.Objects.requireNonNull;

import fr.socle.policies.detection.DatasetFindings;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.OccultationPlan;
import fr.socle.policies.occultation.SmallGroupSuppression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes a communicability for a dataset from the facts stated about it and what the detectors found: dataset
 * rules first ({@link DatasetRules}: a stated L311-5 ground, a preparatory document, an archive delay, files about
 * individuals), then a rule per column ({@link ColumnRules}), small-group suppression over the quasi-identifiers
 * that remain, and the status that follows from the plan. Deterministic: the caller passes today.
 */
public final class CommunicabilityPolicy {
  private final SecrecyThresholds thresholds;

  public CommunicabilityPolicy(SecrecyThresholds thresholds) {
    this.thresholds = requireNonNull(thresholds, "thresholds");
  }

  public CommunicabilityPolicy() {
    this(SecrecyThresholds.DEFAULT);
  }

  public Proposal propose(DatasetFacts facts, DatasetFindings findings, LocalDate today) {
    Situation situation = new Situation(requireNonNull(facts, "facts"), requireNonNull(findings, "findings"),
        requireNonNull(today, "today"), thresholds);
    List<Explanation> explanations = new ArrayList<>();
    explanations.add(new Explanation("analyse", "analyse : " + findings.columns().size() + " colonnes, "
        + findings.coverage()));

    Optional<DatasetRules.Verdict> verdict = DatasetRules.RULES.stream()
        .map(rule -> rule.apply(situation)).flatMap(Optional::stream).findFirst();
    verdict.ifPresent(v -> explanations.addAll(v.explanations()));
    if (verdict.isPresent() && !verdict.get().columnPlan()) {
      DatasetRules.Verdict v = verdict.get();
      return new Proposal(v.status(), v.bases(), OccultationPlan.nothing(), v.from(), v.derived(), explanations);
    }

    List<ColumnProposal> columns = findings.columns().stream()
        .map(column -> ColumnRules.propose(column, situation)).toList();
    columns.forEach(c -> explanations.add(c.explain()));
    OccultationPlan plan = plan(columns, situation, explanations);

    if (verdict.isPresent()) {
      DatasetRules.Verdict v = verdict.get();
      return new Proposal(v.status(), v.bases(), plan, v.from(), null, explanations);
    }
    return conclude(plan, columns, situation, explanations);
  }

  /** The column rules, plus small-group suppression when rows are people and quasi-identifiers remain published. */
  private OccultationPlan plan(List<ColumnProposal> columns, Situation s, List<Explanation> explanations) {
    OccultationPlan plan = new OccultationPlan(columns.stream().map(ColumnProposal::rule).toList());
    Set<String> quasiIdentifiers = new LinkedHashSet<>();
    for (ColumnProposal column : columns) {
      if (column.quasiIdentifier() && column.rule().publishes()) {
        quasiIdentifiers.add(column.rule().column());
      }
    }
    for (String stated : s.facts().quasiIdentifiers()) {
      if (plan.rule(stated).filter(ColumnRule::publishes).isPresent()) {
        quasiIdentifiers.add(stated);
      }
    }
    if (quasiIdentifiers.isEmpty() || s.rowsDescribe() != RowsDescribe.PERSONS) {
      return plan;
    }
    SmallGroupSuppression suppression = new SmallGroupSuppression(List.copyOf(quasiIdentifiers),
        s.facts().individualTaxData() ? thresholds.individualTaxMinimum() : thresholds.individualK());
    explanations.add(new Explanation("k-anonymat", "lignes de personnes : " + suppression.describe()
        + " → L312-1-2 (anonymisation)"));
    return plan.withSmallGroups(suppression);
  }

  /** The status the plan implies: nothing published, something occulted, or published as is. */
  private static Proposal conclude(OccultationPlan plan, List<ColumnProposal> columns, Situation s,
      List<Explanation> explanations) {
    List<LegalBasis> bases = new ArrayList<>();
    if (!plan.publishesAnything() && !columns.isEmpty()) {
      bases.add(LegalBasis.L311_6_1);
      explanations.add(new Explanation("rien-a-publier", "conclusion : aucune colonne publiable → " +
          LegalBasis.L311_6_1.article() + " → communicable à la seule personne concernée"));
      return new Proposal(Status.PERSON_CONCERNED_ONLY, bases, OccultationPlan.nothing(), null,
          DatasetRules.derivedAggregate(s), explanations);
    }
    List<String> tableColumns = s.findings().columnNames();
    boolean occults = !plan.occultsNothing(tableColumns);
    if (occults) {
      bases.add(LegalBasis.L311_7);
      bases.add(LegalBasis.L312_1_2);
    } else {
      bases.add(LegalBasis.L312_1_1);
    }
    for (ColumnProposal column : columns) {
      LegalBasis basis = column.basis();
      if (basis != null && !bases.contains(basis)
          && (basis.allowsPersonalData() || basis.group() == LegalBasis.Group.ENVIRONMENT
              || basis.group() == LegalBasis.Group.PERSONAL)) {
        bases.add(basis);
      }
    }
    Status status = occults ? Status.COMMUNICABLE_AFTER_OCCULTATION : Status.COMMUNICABLE;
    explanations.add(new Explanation("conclusion", "conclusion : " + status.label() + " → " + String.join(", ",
        bases.stream().map(LegalBasis::article).toList())));
    return new Proposal(status, bases, plan, null, null, explanations);
  }
}
