package fr.socle.policies.communicability;

import fr.socle.policies.detection.ColumnFindings;
import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.occultation.Aggregation;
import fr.socle.policies.occultation.Measure;
import fr.socle.policies.occultation.SecrecyRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Rules that decide for the whole dataset before any column is looked at, in order; the first that applies wins.
 * A dataset no rule here catches is decided column by column ({@link ColumnRules}).
 */
final class DatasetRules {
  /**
   * A dataset-level conclusion. {@code columnPlan}: whether the column-by-column plan goes with it (a deferred
   * dataset carries the plan to apply when it becomes communicable; a withheld one publishes nothing).
   */
  record Verdict(Status status, List<LegalBasis> bases, @Nullable LocalDate from, boolean columnPlan,
      @Nullable Aggregation derived, List<Explanation> explanations) {}

  @FunctionalInterface
  interface Rule {
    Optional<Verdict> apply(Situation situation);
  }

  static final List<Rule> RULES = List.of(
      DatasetRules::statedWithholdingGround,
      DatasetRules::preparatoryDocument,
      DatasetRules::archiveDelay,
      DatasetRules::filesAboutIndividuals);

  private DatasetRules() {}

  /** An L311-5 ground stated by the data officer; on emissions (L124-5) only a few grounds may be opposed. */
  static Optional<Verdict> statedWithholdingGround(Situation s) {
    LegalBasis ground = s.facts().withholdingGround();
    if (ground == null) {
      return Optional.empty();
    }
    if (s.facts().emissions() && !ground.opposableToEmissions()) {
      return Optional.empty();
    }
    return Optional.of(new Verdict(Status.NOT_COMMUNICABLE, List.of(ground), null, false, null, List.of(
        new Explanation("motif-l311-5", "jeu de données : motif déclaré " + ground.cite() + " → non communicable"))));
  }

  /** L311-2: not communicable until the decision it prepares is taken; then the plan applies. */
  static Optional<Verdict> preparatoryDocument(Situation s) {
    if (!s.facts().preparatory()) {
      return Optional.empty();
    }
    LocalDate decision = s.facts().decisionDate();
    if (decision == null) {
      return Optional.of(new Verdict(Status.UNCLASSIFIED, List.of(LegalBasis.L311_2), null, true, null, List.of(
          new Explanation("document-preparatoire", "jeu de données : document préparatoire (L311-2) sans date de"
              + " décision → renseigner la date de la décision pour différer la publication"))));
    }
    if (!decision.isAfter(s.today())) {
      return Optional.empty();
    }
    return Optional.of(new Verdict(Status.DEFERRED, List.of(LegalBasis.L311_2), decision, true, null, List.of(
        new Explanation("document-preparatoire", "jeu de données : document préparatoire (L311-2) → communicable à"
            + " partir du " + decision + ", date de la décision, avec le plan ci-dessous"))));
  }

  /** Archive law sets a date before which the dataset is not communicable (Code du patrimoine L213-2). */
  static Optional<Verdict> archiveDelay(Situation s) {
    LocalDate from = s.facts().archiveCommunicableFrom();
    if (from == null || !from.isAfter(s.today())) {
      return Optional.empty();
    }
    return Optional.of(new Verdict(Status.DEFERRED, List.of(LegalBasis.L213_2), from, true, null, List.of(
        new Explanation("delai-archives", "jeu de données : délai de communicabilité des archives (Code du"
            + " patrimoine L213-2) → communicable à partir du " + from + ", avec le plan ci-dessous"))));
  }

  /**
   * Files about individuals (civil status, social aid, health, HR, pupils, tax), or an L311-6 ground stated for the
   * whole dataset: person-concerned only, unless emissions (L124-5), a D312-1-3 category or consent say otherwise.
   * A derived aggregate over the first names and stated quasi-identifiers is proposed when there are some.
   */
  static Optional<Verdict> filesAboutIndividuals(Situation s) {
    DatasetFacts facts = s.facts();
    LegalBasis ground = facts.personalGround();
    boolean individual = ground != null || (facts.theme().individualFiles() && facts.exemption() == null
        && !facts.consent());
    if (!individual || facts.emissions()) {
      return Optional.empty();
    }
    LegalBasis basis = ground == null ? LegalBasis.L311_6_1 : ground;
    List<Explanation> explanations = new ArrayList<>();
    explanations.add(new Explanation("dossiers-individuels", "jeu de données : " + (ground == null
        ? "dossiers individuels (" + facts.theme().label() + ")" : "protection déclarée") + " → " + basis.cite()
        + " → communicable à la seule personne concernée ; aucune ligne publiée"));
    Aggregation derived = derivedAggregate(s);
    if (derived != null) {
      explanations.add(new Explanation("agregat-derive", "agrégat dérivé publiable comme jeu de données distinct : "
          + derived.describe()));
    } else {
      explanations.add(new Explanation("agregat-derive", "pas d'agrégat dérivé proposé : déclarer les colonnes de"
          + " regroupement (quasi-identifiants) pour en obtenir un"));
    }
    return Optional.of(new Verdict(Status.PERSON_CONCERNED_ONLY, List.of(basis), null, false, derived,
        explanations));
  }

  /** Group by the first-name columns and the stated quasi-identifiers, count, at least k (11 for tax) per cell. */
  static @Nullable Aggregation derivedAggregate(Situation s) {
    List<String> groupBy = new ArrayList<>(s.facts().quasiIdentifiers());
    for (ColumnFindings column : s.findings().columns()) {
      if (column.personalKinds().equals(Set.of(FindingKind.FIRST_NAME))
          && !groupBy.contains(column.column())) {
        groupBy.add(column.column());
      }
    }
    if (groupBy.isEmpty()) {
      return null;
    }
    int minimum = s.facts().individualTaxData() ? s.thresholds().individualTaxMinimum() : s.thresholds().individualK();
    return new Aggregation(groupBy, List.of(Measure.count()), new SecrecyRule.MinimumCount(minimum, null));
  }
}
