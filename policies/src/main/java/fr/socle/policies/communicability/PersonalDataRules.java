package fr.socle.policies.communicability;

import fr.socle.policies.detection.ColumnFindings;
import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.occultation.Aggregation;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.OccultationPlan;
import fr.socle.policies.occultation.SecrecyRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The validation rules about personal data: direct identifiers, D312-1-3, secrecy thresholds. */
final class PersonalDataRules {
  private PersonalDataRules() {}

  /**
   * A column flagged as a direct identifier is published only with an explicit basis: a D312-1-3 category covering
   * it, the persons' consent, or a law. The NIR never.
   */
  static List<Violation> directIdentifiersNeedAnExplicitBasis(DecisionValidation.Case c) {
    Decision d = c.decision();
    if (!d.plan().publishesAnything()) {
      return List.of();
    }
    List<Violation> violations = new ArrayList<>();
    for (ColumnFindings column : c.findings().columns()) {
      Optional<ColumnRule> rule = d.plan().rule(column.column());
      boolean grouped = d.plan().cells().map(a -> a.groupBy().contains(column.column())).orElse(false);
      boolean published = grouped || (d.plan().cells().isEmpty() && rule.filter(ColumnRule::publishes).isPresent());
      if (!published) {
        continue;
      }
      Set<FindingKind> covered = rule.map(ColumnRule::covers).orElse(Set.of());
      Set<FindingKind> accepted = rule.filter(r -> r instanceof ColumnRule.Keep)
          .map(r -> ((ColumnRule.Keep) r).accepted()).orElse(Set.of());
      for (FindingKind kind : column.detected()) {
        if (!kind.isDirectIdentifier()) {
          continue;
        }
        String what = kind.count(column.count(kind));
        if (kind == FindingKind.NIR) {
          violations.add(new Violation("nir-publie", "Colonne « " + column.column() + " » : " + what
              + " ; le NIR n'est jamais publié, supprimer la colonne."));
        } else if (!covered.contains(kind)) {
          violations.add(new Violation("identifiant-direct-publie", "Colonne « " + column.column() + " » : publier "
              + what + " exige une base légale explicite (catégorie D312-1-3, accord des personnes, loi) et de"
              + " l'accepter dans le plan ; sinon supprimer ou transformer la colonne."));
        } else if (accepted.contains(kind) && !explicitlyAllowed(c, kind)) {
          violations.add(new Violation("identifiant-direct-sans-base", "Colonne « " + column.column() + " » : le plan"
              + " accepte " + what + " sans base légale qui le permette (catégorie D312-1-3 qui les couvre, accord"
              + " des personnes, loi)."));
        }
      }
    }
    return violations;
  }

  /**
   * Whether the decision has a basis to publish the kind as it is. An address is a person's only when rows are
   * people: a facility's, a business's or an emitting site's address needs no more than openness.
   */
  private static boolean explicitlyAllowed(DecisionValidation.Case c, FindingKind kind) {
    Decision d = c.decision();
    if (kind == FindingKind.POSTAL_ADDRESS) {
      RowsDescribe rows = new Situation(c.facts(), c.findings(), c.today(), c.thresholds()).rowsDescribe();
      if (rows == RowsDescribe.PUBLIC_THINGS || rows == RowsDescribe.BUSINESSES) {
        return true;
      }
    }
    for (LegalBasis basis : d.legalBases()) {
      // Consent is a fact the data officer states (the persons agreed to publication), not a box in the decision.
      if (basis == LegalBasis.L312_1_2_CONSENT && c.facts().consent() || basis == LegalBasis.L312_1_2_LAW) {
        return true;
      }
      if (basis == LegalBasis.D312_1_3 && d.exemption() != null && d.exemption().covers(kind)) {
        return true;
      }
    }
    return false;
  }

  /** The persons' agreement is a stated fact: citing it without that fact publishes on a basis nobody established. */
  static List<Violation> consentIsEstablished(DecisionValidation.Case c) {
    return DecisionValidation.when(c.decision().legalBases().contains(LegalBasis.L312_1_2_CONSENT)
        && !c.facts().consent(), "accord-non-etabli", "L'accord des personnes intéressées (L312-1-2) ne peut être"
        + " cité que si les faits établis l'indiquent : cocher « Les personnes concernées ont accepté la"
        + " publication » après l'avoir vérifié, ou retirer cette base.");
  }

  static List<Violation> exemptionCategoryIsCited(DecisionValidation.Case c) {
    Decision d = c.decision();
    boolean cited = d.legalBases().contains(LegalBasis.D312_1_3);
    if (d.exemption() != null && !cited) {
      return List.of(new Violation("d312-1-3-non-cite",
          "La catégorie « " + d.exemption().label() + " » s'invoque en citant D312-1-3 parmi les bases légales."));
    }
    if (d.exemption() == null && cited) {
      return List.of(new Violation("d312-1-3-sans-categorie",
          "Citer D312-1-3 exige de préciser la catégorie de documents concernée."));
    }
    return DecisionValidation.when(d.exemption() != null && !d.status().publishesRows(), "d312-1-3-statut",
        "Une catégorie D312-1-3 ne vaut que pour un document communicable à tous.");
  }

  static List<Violation> secrecyThresholdsAreMet(DecisionValidation.Case c) {
    OccultationPlan plan = c.decision().plan();
    SecrecyThresholds t = c.thresholds();
    List<Violation> violations = new ArrayList<>();
    plan.smallGroupSuppression().ifPresent(s -> {
      int minimum = c.facts().individualTaxData() ? t.individualTaxMinimum() : t.individualK();
      if (s.k() < minimum) {
        violations.add(new Violation("seuil-groupes", "Les groupes de moins de " + s.k() + " lignes ne suffisent"
            + " pas : au moins " + minimum + " pour ces données."));
      }
    });
    plan.cells().map(Aggregation::secrecy).ifPresent(rule -> {
      switch (rule) {
        case SecrecyRule.MinimumCount min when c.facts().individualTaxData() && min.units() < t.individualTaxMinimum()
            -> violations.add(new Violation("seuil-fiscal", "Données fiscales de personnes : au moins "
                + t.individualTaxMinimum() + " unités par case publiée, non " + min.units() + "."));
        case SecrecyRule.MinimumCount min when min.units() < t.individualK() -> violations.add(new Violation(
            "seuil-cases", "Au moins " + t.individualK() + " unités par case publiée, non " + min.units() + "."));
        case SecrecyRule.Dominance dom when dom.minimumUnits() < t.businessMinimumUnits()
            || dom.maximumShare() > t.businessMaximumShare() -> violations.add(new Violation("secret-statistique",
                "Secret statistique des entreprises : au moins " + t.businessMinimumUnits() + " entreprises par case"
                    + " et aucune au-delà de " + Math.round(t.businessMaximumShare() * 100) + " % du total."));
        default -> {}
      }
    });
    return violations;
  }
}
