package fr.socle.policies.communicability;

import static java.util.Objects.requireNonNull;

import fr.socle.policies.detection.DatasetFindings;
import fr.socle.policies.occultation.OccultationPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a decision against the law and the data before it is recorded. Every rule runs and every violation is
 * reported, with a French message the data officer can act on. Rules are small functions, in the order a reviewer
 * would check: the status and its bases, the dates, the plan against the table, personal data, thresholds, record
 * keeping.
 */
public final class DecisionValidation {
  /** What a rule sees. */
  record Case(Decision decision, DatasetFacts facts, DatasetFindings findings, LocalDate today,
      SecrecyThresholds thresholds) {}

  @FunctionalInterface
  interface Rule {
    List<Violation> check(Case c);
  }

  static final List<Rule> RULES = List.of(
      DecisionValidation::statusChosen,
      DecisionValidation::legalBasisGiven,
      DecisionValidation::basesSupportTheStatus,
      DecisionValidation::communicableWithoutWithholdingGround,
      DecisionValidation::notCommunicableNeedsAWithholdingGround,
      DecisionValidation::deferredNeedsAFutureDate,
      DecisionValidation::dateOnlyWhenDeferred,
      DecisionValidation::emissionsCannotBeWithheldOnOtherGrounds,
      DecisionValidation::planNamesKnownColumns,
      DecisionValidation::withheldDatasetsPublishNothing,
      DecisionValidation::communicableMeansAsIs,
      DecisionValidation::occultationOccultsAndPublishes,
      PersonalDataRules::directIdentifiersNeedAnExplicitBasis,
      PersonalDataRules::exemptionCategoryIsCited,
      PersonalDataRules::consentIsEstablished,
      PersonalDataRules::secrecyThresholdsAreMet,
      DecisionValidation::justificationGiven,
      DecisionValidation::reviewDateAhead,
      DecisionValidation::decidedOnNotInTheFuture);

  private final SecrecyThresholds thresholds;

  public DecisionValidation(SecrecyThresholds thresholds) {
    this.thresholds = requireNonNull(thresholds, "thresholds");
  }

  public DecisionValidation() {
    this(SecrecyThresholds.DEFAULT);
  }

  public Validation validate(Decision decision, DatasetFacts facts, DatasetFindings findings, LocalDate today) {
    Case c = new Case(requireNonNull(decision, "decision"), requireNonNull(facts, "facts"),
        requireNonNull(findings, "findings"), requireNonNull(today, "today"), thresholds);
    List<Violation> violations = new ArrayList<>();
    for (Rule rule : RULES) {
      violations.addAll(rule.check(c));
    }
    return new Validation(violations);
  }

  // ---------------------------------------------------------------------------------------------- status and bases

  static List<Violation> statusChosen(Case c) {
    return when(c.decision().status() == Status.UNCLASSIFIED, "statut-requis",
        "Une décision retient un statut : « non classé » est l'état d'un jeu de données sans décision.");
  }

  static List<Violation> legalBasisGiven(Case c) {
    return when(c.decision().legalBases().isEmpty(), "base-legale-requise",
        "Une décision cite au moins une base légale.");
  }

  static List<Violation> basesSupportTheStatus(Case c) {
    Decision d = c.decision();
    if (d.legalBases().isEmpty() || d.status() == Status.UNCLASSIFIED
        || d.legalBases().stream().anyMatch(b -> b.supports(d.status()))) {
      return List.of();
    }
    return List.of(new Violation("base-legale-incompatible", "Aucune des bases citées (" + articles(d.legalBases())
        + ") ne fonde le statut « " + d.status().label() + " »."));
  }

  static List<Violation> communicableWithoutWithholdingGround(Case c) {
    Decision d = c.decision();
    if (!d.status().publishesRows()) {
      return List.of();
    }
    return d.legalBases().stream().filter(LegalBasis::withholds).map(ground -> new Violation(
        "communicable-avec-motif-l311-5", "Un jeu de données « " + d.status().label() + " » ne peut invoquer "
            + ground.cite() + " : ce motif rend le document non communicable.")).toList();
  }

  static List<Violation> notCommunicableNeedsAWithholdingGround(Case c) {
    Decision d = c.decision();
    return when(d.status() == Status.NOT_COMMUNICABLE && d.legalBases().stream().noneMatch(LegalBasis::withholds),
        "motif-l311-5-requis", "« Non communicable » exige un motif de l'article L311-5 (1°, ou 2° a à h) ; pour"
            + " des données personnelles, le statut est « communicable à la seule personne concernée » (L311-6).");
  }

  // ---------------------------------------------------------------------------------------------- dates

  static List<Violation> deferredNeedsAFutureDate(Case c) {
    Decision d = c.decision();
    if (d.status() != Status.DEFERRED) {
      return List.of();
    }
    if (d.communicableFrom() == null) {
      return List.of(new Violation("date-differee-requise",
          "Une communicabilité différée exige la date à partir de laquelle le jeu de données est communicable."));
    }
    return when(!d.communicableFrom().isAfter(c.today()), "date-differee-passee", "La date de communicabilité ("
        + d.communicableFrom() + ") n'est pas dans le futur : le jeu de données est déjà communicable, décider de"
        + " son statut actuel.");
  }

  static List<Violation> dateOnlyWhenDeferred(Case c) {
    Decision d = c.decision();
    return when(d.status() != Status.DEFERRED && d.communicableFrom() != null, "date-sans-report",
        "Une date de communicabilité n'a de sens que pour une communicabilité différée.");
  }

  /** L124-5: only foreign policy, public security, defence, court proceedings may be opposed to emissions. */
  static List<Violation> emissionsCannotBeWithheldOnOtherGrounds(Case c) {
    Decision d = c.decision();
    if (!c.facts().emissions()) {
      return List.of();
    }
    if (d.status() == Status.PERSON_CONCERNED_ONLY) {
      return List.of(new Violation("emissions-l124-5", "Informations relatives à des émissions dans"
          + " l'environnement : la vie privée et le secret des affaires ne peuvent leur être opposés (C. env."
          + " L124-5) ; occulter les seules données personnelles sans lien avec les émissions."));
    }
    return d.legalBases().stream().filter(b -> b.withholds() && !b.opposableToEmissions())
        .map(b -> new Violation("emissions-l124-5", "Informations relatives à des émissions dans l'environnement : "
            + b.article() + " ne peut leur être opposé (C. env. L124-5).")).toList();
  }

  // ---------------------------------------------------------------------------------------------- the plan

  static List<Violation> planNamesKnownColumns(Case c) {
    List<String> columns = c.findings().columnNames();
    List<String> unknown = c.decision().plan().namedColumns().stream().filter(n -> !columns.contains(n)).toList();
    return when(!unknown.isEmpty(), "colonnes-inconnues",
        "Le plan nomme des colonnes absentes du jeu de données : " + String.join(", ", unknown) + ".");
  }

  static List<Violation> withheldDatasetsPublishNothing(Case c) {
    Decision d = c.decision();
    if (!d.plan().publishesAnything()) {
      return List.of();
    }
    return switch (d.status()) {
      // Its rows never; an aggregate under the secrecy thresholds, yes: published as a distinct derived dataset.
      case PERSON_CONCERNED_ONLY -> d.plan().cells().isPresent() ? List.of()
          : List.of(new Violation("personne-concernee-sans-publication",
              "Un jeu de données communicable à la seule personne concernée ne publie aucune ligne ; seul un"
                  + " agrégat qui respecte les seuils de secret peut être publié, comme jeu de données dérivé distinct."));
      case NOT_COMMUNICABLE -> List.of(new Violation("non-communicable-sans-publication",
          "Un jeu de données non communicable ne publie rien : le plan doit être vide."));
      default -> List.of();
    };
  }

  static List<Violation> communicableMeansAsIs(Case c) {
    Decision d = c.decision();
    if (d.status() != Status.COMMUNICABLE) {
      return List.of();
    }
    OccultationPlan plan = d.plan();
    boolean transforms = plan.smallGroupSuppression().isPresent() || plan.cells().isPresent()
        || plan.columns().stream().anyMatch(r -> r.publishes() && r.transforms());
    boolean dropsPersonalData = plan.columns().stream().anyMatch(r -> !r.publishes()
        && c.findings().column(r.column()).map(f -> !f.personalKinds().isEmpty()).orElse(false));
    return when(transforms || dropsPersonalData, "communicable-tel-quel",
        "« Communicable » publie tel quel ; un plan qui occulte ou transforme relève de « communicable après"
            + " occultation » (L311-7).");
  }

  static List<Violation> occultationOccultsAndPublishes(Case c) {
    Decision d = c.decision();
    if (d.status() != Status.COMMUNICABLE_AFTER_OCCULTATION) {
      return List.of();
    }
    if (!d.plan().publishesAnything()) {
      return List.of(new Violation("occultation-sans-publication", "Le plan ne publie rien : le statut est"
          + " « communicable à la seule personne concernée » ou « non communicable »."));
    }
    return when(d.plan().occultsNothing(c.findings().columnNames()), "occultation-vide",
        "Le plan n'occulte rien : le statut est « communicable ».");
  }

  // ---------------------------------------------------------------------------------------------- record keeping

  static List<Violation> justificationGiven(Case c) {
    return when(c.decision().justification().isBlank(), "justification-requise",
        "Une décision est motivée : la justification est requise.");
  }

  static List<Violation> reviewDateAhead(Case c) {
    return when(!c.decision().reviewDate().isAfter(c.today()), "reexamen-passe",
        "La date de réexamen (" + c.decision().reviewDate() + ") doit être postérieure à aujourd'hui (" + c.today()
            + ").");
  }

  static List<Violation> decidedOnNotInTheFuture(Case c) {
    return when(c.decision().decidedOn().isAfter(c.today()), "decision-future",
        "La date de la décision (" + c.decision().decidedOn() + ") est dans le futur.");
  }

  static List<Violation> when(boolean violated, String code, String message) {
    return violated ? List.of(new Violation(code, message)) : List.of();
  }

  private static String articles(List<LegalBasis> bases) {
    return String.join(", ", bases.stream().map(LegalBasis::article).toList());
  }
}
