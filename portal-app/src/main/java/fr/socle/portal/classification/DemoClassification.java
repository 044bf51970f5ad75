package fr.socle.portal.classification;

import fr.socle.lakehouse.demo.DemoDataset;
import fr.socle.lakehouse.demo.IntendedCase;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.ExemptionCategory;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.Proposal;
import fr.socle.policies.communicability.RowsDescribe;
import fr.socle.policies.communicability.Status;
import fr.socle.policies.occultation.Aggregation;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.DatePrecision;
import fr.socle.policies.occultation.Measure;
import fr.socle.policies.occultation.OccultationPlan;
import fr.socle.policies.occultation.SecrecyRule;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What the demo town's data officer (dora) did after the loads: state the facts the data cannot show (a public
 * safety ground, a preparatory document and the date of the vote it prepares, files about individuals, D312-1-3
 * categories, emissions into the environment), then take the rules' proposal as her decision, with the legal note
 * as its justification. A dataset already decided is left alone.
 */
@Component
@Profile("cli")
public class DemoClassification {
  private static final String OFFICER = "dora";

  private final Classifier classifier;

  DemoClassification(Classifier classifier) {
    this.classifier = classifier;
  }

  /** The status each intended case of the demo must end in. */
  public static Status expected(IntendedCase intended) {
    return switch (intended) {
      case COMMUNICABLE, D312_PUBLISHABLE_WITH_NAMES -> Status.COMMUNICABLE;
      case COMMUNICABLE_AFTER_OCCULTATION -> Status.COMMUNICABLE_AFTER_OCCULTATION;
      case PERSON_CONCERNED_AGGREGATE_ONLY -> Status.PERSON_CONCERNED_ONLY;
      case NOT_COMMUNICABLE -> Status.NOT_COMMUNICABLE;
      case DEFERRED -> Status.DEFERRED;
    };
  }

  public void classify(List<DemoDataset> datasets, PrintStream out) throws QueryException {
    for (DemoDataset demo : datasets) {
      if (classifier.current(demo.id()).isPresent()) {
        out.println("· " + demo.id() + " : déjà classé");
        continue;
      }
      classifier.scan(demo.id(), OFFICER);
      Review before = classifier.review(demo.id());
      classifier.stateFacts(demo.id(), before.facts().version(), facts(demo), OFFICER);
      Review review = classifier.review(demo.id());
      Proposal proposal = review.proposal();
      if (proposal == null) {
        out.println("· " + demo.id() + " : pas de proposition (analyse manquante)");
        continue;
      }
      Decision decision = Decision.fromProposal(proposal, exemption(demo), demo.legalNote(),
          review.today().plusYears(1), OFFICER, review.today());
      OccultationPlan aggregate = derivedAggregate(demo);
      if (aggregate != null && decision.status() == Status.PERSON_CONCERNED_ONLY) {
        // The rows stay with the persons concerned; the aggregate the data officer allows is published on its own.
        decision = new Decision(decision.status(), decision.legalBases(), aggregate, decision.exemption(),
            decision.communicableFrom(), decision.justification(), decision.reviewDate(), decision.decidedBy(),
            decision.decidedOn());
      }
      RecordedDecision recorded = classifier.decide(demo.id(), null, decision, null, OFFICER);
      Status expected = expected(demo.intendedCase());
      out.printf("· %s : %s%s%n", demo.id(), recorded.decision().status().label(),
          recorded.decision().status() == expected ? "" : " (attendu : " + expected.label() + ")");
    }
  }

  /** The facts a data officer states for each demo dataset: what the findings alone cannot tell. */
  static StatedFacts facts(DemoDataset demo) {
    RowsDescribe rows = RowsDescribe.UNKNOWN;
    boolean preparatory = false;
    LocalDate decisionDate = null;
    boolean environmental = false;
    LegalBasis withholding = null;
    LegalBasis personal = null;
    Map<String, LegalBasis> protectedColumns = Map.of();
    List<String> quasiIdentifiers = List.of();
    boolean individualTax = false;
    switch (demo.intendedCase()) {
      case NOT_COMMUNICABLE -> withholding = LegalBasis.L311_5_2_D;
      case DEFERRED -> {
        preparatory = true;
        decisionDate = demo.communicableFrom();
      }
      case PERSON_CONCERNED_AGGREGATE_ONLY -> {
        rows = RowsDescribe.PERSONS;
        personal = LegalBasis.L311_6_1;
        individualTax = demo.id().startsWith("remunerations");
      }
      case D312_PUBLISHABLE_WITH_NAMES -> rows = RowsDescribe.PERSONS;
      default -> {
        if (demo.id().startsWith("subventions") || demo.id().startsWith("marches")) {
          rows = RowsDescribe.BUSINESSES;
        } else if (demo.id().startsWith("budget") || demo.id().startsWith("equipements")
            || demo.id().startsWith("quartiers")) {
          rows = RowsDescribe.PUBLIC_THINGS;
        } else if (demo.id().startsWith("emissions")) {
          environmental = true;
          protectedColumns = Map.of("prix_achat_bois_eur_tonne", LegalBasis.L311_6_1);
        }
      }
    }
    return new StatedFacts(null, rows, preparatory, decisionDate, null, environmental, environmental,
        exemption(demo), false, withholding, personal, protectedColumns, quasiIdentifiers, individualTax);
  }

  /**
   * The aggregates the demo's data officer allows for files about individuals: first names of newborns per year
   * and sex (as the SCDL prénoms schema), and headcount and payroll per grade, under the 11-unit secrecy rule.
   */
  static @Nullable OccultationPlan derivedAggregate(DemoDataset demo) {
    if (demo.id().startsWith("naissances")) {
      return new OccultationPlan(List.of(new ColumnRule.GeneraliseDate("date_naissance", DatePrecision.YEAR),
          new ColumnRule.Keep("sexe", java.util.Set.of()), new ColumnRule.Keep("prenom", java.util.Set.of())), null,
          new Aggregation(List.of("date_naissance", "sexe", "prenom"), List.of(Measure.count()),
              new SecrecyRule.MinimumCount(5, null)));
    }
    if (demo.id().startsWith("remunerations")) {
      return new OccultationPlan(List.of(new ColumnRule.Keep("grade", java.util.Set.of()),
          new ColumnRule.Keep("remuneration_brute_annuelle_2025", java.util.Set.of())), null,
          new Aggregation(List.of("grade"), List.of(Measure.count(), Measure.sum("remuneration_brute_annuelle_2025")),
              SecrecyRule.individualTax(null)));
    }
    return null;
  }

  private static @Nullable ExemptionCategory exemption(DemoDataset demo) {
    if (demo.id().startsWith("repertoire-elus")) {
      return ExemptionCategory.ELECTED_OFFICIALS;
    }
    if (demo.id().startsWith("annuaire")) {
      return ExemptionCategory.ORGANISATION_OF_ADMINISTRATION;
    }
    if (demo.id().startsWith("subventions") || demo.id().startsWith("marches")) {
      return ExemptionCategory.PUBLIC_PROCUREMENT_AND_SUBSIDIES;
    }
    return null;
  }
}
