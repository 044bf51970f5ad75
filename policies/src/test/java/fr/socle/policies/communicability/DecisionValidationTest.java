package fr.socle.policies.communicability;

import static fr.socle.policies.communicability.Datasets.TODAY;
import static fr.socle.policies.communicability.Datasets.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.policies.detection.DatasetFindings;
import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.occultation.Aggregation;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.DatePrecision;
import fr.socle.policies.occultation.Measure;
import fr.socle.policies.occultation.OccultationPlan;
import fr.socle.policies.occultation.SecrecyRule;
import fr.socle.policies.occultation.SmallGroupSuppression;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per refusal: a decision that the law or the data does not allow, and the violation it gets. */
class DecisionValidationTest {
  private final DecisionValidation validation = new DecisionValidation();

  private static final OccultationPlan REQUESTS_PLAN = new OccultationPlan(List.of(
      new ColumnRule.Keep("id"), new ColumnRule.Drop("email_demandeur"), new ColumnRule.EmptyText("commentaire"),
      new ColumnRule.GeneraliseDate("date_naissance", DatePrecision.YEAR), new ColumnRule.Drop("geo_point"),
      new ColumnRule.Keep("statut")));

  /** A valid decision on the citizen requests, to vary one field at a time. */
  static Decision requests() {
    return new Decision(Status.COMMUNICABLE_AFTER_OCCULTATION, List.of(LegalBasis.L311_7, LegalBasis.L311_6_1),
        REQUESTS_PLAN, null, null, "Adresses, téléphones et positions des demandeurs occultés.", TODAY.plusYears(1),
        "dora", TODAY);
  }

  static Decision with(Status status, List<LegalBasis> bases, OccultationPlan plan, @Nullable LocalDate from) {
    Decision d = requests();
    return new Decision(status, bases, plan, d.exemption(), from, d.justification(), d.reviewDate(), d.decidedBy(),
        d.decidedOn());
  }

  static Arguments refusal(String name, Decision decision, DatasetFacts facts, DatasetFindings findings,
      String code) {
    return Arguments.of(name, decision, facts, findings, code);
  }

  static Stream<Arguments> refusals() {
    DatasetFacts requestsFacts = facts(Theme.RELATIONS_USAGERS);
    DatasetFindings requests = Datasets.citizenRequests();
    OccultationPlan nothing = OccultationPlan.nothing();
    OccultationPlan keepAll = OccultationPlan.keepAll(requests.columnNames());
    Decision base = requests();
    return Stream.of(
        refusal("« non classé » n'est pas une décision", with(Status.UNCLASSIFIED, List.of(LegalBasis.L311_7),
            nothing, null), requestsFacts, requests, "statut-requis"),
        refusal("sans base légale", with(Status.COMMUNICABLE_AFTER_OCCULTATION, List.of(), REQUESTS_PLAN, null),
            requestsFacts, requests, "base-legale-requise"),
        refusal("« communicable » avec un motif L311-5", with(Status.COMMUNICABLE,
            List.of(LegalBasis.L312_1_1, LegalBasis.L311_5_2_D), OccultationPlan.keepAll(List.of("parcelle")), null),
            facts(Theme.URBANISME), Datasets.findings(Datasets.plain("parcelle")), "communicable-avec-motif-l311-5"),
        refusal("« non communicable » sans motif L311-5", with(Status.NOT_COMMUNICABLE, List.of(LegalBasis.L311_6_1),
            nothing, null), requestsFacts, requests, "motif-l311-5-requis"),
        refusal("une base qui ne fonde pas le statut", with(Status.DEFERRED, List.of(LegalBasis.L311_7),
            REQUESTS_PLAN, TODAY.plusDays(30)), requestsFacts, requests, "base-legale-incompatible"),
        refusal("différé sans date", with(Status.DEFERRED, List.of(LegalBasis.L311_2), REQUESTS_PLAN, null),
            requestsFacts, requests, "date-differee-requise"),
        refusal("différé à une date passée", with(Status.DEFERRED, List.of(LegalBasis.L311_2), REQUESTS_PLAN,
            TODAY.minusDays(1)), requestsFacts, requests, "date-differee-passee"),
        refusal("différé à aujourd'hui", with(Status.DEFERRED, List.of(LegalBasis.L311_2), REQUESTS_PLAN, TODAY),
            requestsFacts, requests, "date-differee-passee"),
        refusal("une date sans report", with(base.status(), base.legalBases(), REQUESTS_PLAN, TODAY.plusDays(3)),
            requestsFacts, requests, "date-sans-report"),
        refusal("un plan qui nomme des colonnes inconnues", with(base.status(), base.legalBases(),
            new OccultationPlan(List.of(new ColumnRule.Keep("id"), new ColumnRule.Keep("telephone"))), null),
            requestsFacts, requests, "colonnes-inconnues"),
        refusal("réservé à la personne concernée mais publiant des lignes", with(Status.PERSON_CONCERNED_ONLY,
            List.of(LegalBasis.L311_6_1), REQUESTS_PLAN, null), requestsFacts, requests,
            "personne-concernee-sans-publication"),
        refusal("non communicable mais publiant", with(Status.NOT_COMMUNICABLE, List.of(LegalBasis.L311_5_2_D),
            REQUESTS_PLAN, null), requestsFacts, requests, "non-communicable-sans-publication"),
        refusal("publier une colonne d'e-mails sans base explicite", with(Status.COMMUNICABLE,
            List.of(LegalBasis.L312_1_1), keepAll, null), requestsFacts, requests, "identifiant-direct-publie"),
        refusal("accepter des e-mails dans le plan sans base qui le permette", with(base.status(), base.legalBases(),
            new OccultationPlan(List.of(new ColumnRule.Keep("email_demandeur", Set.of(FindingKind.EMAIL)),
                new ColumnRule.Keep("id"))), null), requestsFacts, requests, "identifiant-direct-sans-base"),
        refusal("publier un NIR, même avec l'accord des personnes", with(Status.COMMUNICABLE,
            List.of(LegalBasis.L312_1_2_CONSENT), new OccultationPlan(List.of(new ColumnRule.Keep("nir",
                Set.of(FindingKind.NIR)))), null), facts(Theme.AUTRE).withConsent(),
            Datasets.findings(Datasets.holding("nir", 10, FindingKind.NIR)), "nir-publie"),
        refusal("publier des e-mails sur l'accord des personnes que les faits n'établissent pas",
            with(Status.COMMUNICABLE, List.of(LegalBasis.L312_1_2_CONSENT), new OccultationPlan(List.of(
                new ColumnRule.Keep("email_demandeur", Set.of(FindingKind.EMAIL)), new ColumnRule.Keep("id"))), null),
            requestsFacts, requests, "accord-non-etabli"),
        refusal("« communicable » avec un plan qui occulte", with(Status.COMMUNICABLE, List.of(LegalBasis.L312_1_1),
            REQUESTS_PLAN, null), requestsFacts, requests, "communicable-tel-quel"),
        refusal("« après occultation » sans rien occulter", with(Status.COMMUNICABLE_AFTER_OCCULTATION,
            List.of(LegalBasis.L311_7), OccultationPlan.keepAll(List.of("parcelle")), null), facts(Theme.URBANISME),
            Datasets.findings(Datasets.plain("parcelle")), "occultation-vide"),
        refusal("« après occultation » sans rien publier", with(Status.COMMUNICABLE_AFTER_OCCULTATION,
            List.of(LegalBasis.L311_7), nothing, null), requestsFacts, requests, "occultation-sans-publication"),
        refusal("D312-1-3 sans catégorie", with(Status.COMMUNICABLE, List.of(LegalBasis.D312_1_3),
            OccultationPlan.keepAll(List.of("parcelle")), null), facts(Theme.URBANISME),
            Datasets.findings(Datasets.plain("parcelle")), "d312-1-3-sans-categorie"),
        refusal("données fiscales agrégées sous 11", with(Status.COMMUNICABLE_AFTER_OCCULTATION,
            List.of(LegalBasis.L311_7), new OccultationPlan(List.of(new ColumnRule.Drop("contribuable")))
                .withAggregation(new Aggregation(List.of("iris"), List.of(Measure.count()),
                    new SecrecyRule.MinimumCount(5, null))), null), facts(Theme.FISCALITE).individualTax(),
            Datasets.findings(Datasets.holding("contribuable", 10, FindingKind.PERSON_NAME), Datasets.plain("iris")),
            "seuil-fiscal"),
        refusal("secret des entreprises à deux unités", with(Status.COMMUNICABLE_AFTER_OCCULTATION,
            List.of(LegalBasis.L311_7), new OccultationPlan(List.of(new ColumnRule.Drop("siret"))).withAggregation(
                new Aggregation(List.of("secteur"), List.of(Measure.sum("ca")),
                    new SecrecyRule.Dominance("siret", "ca", 2, 0.85))), null), facts(Theme.AUTRE),
            Datasets.findings(Datasets.holding("siret", 10, FindingKind.SIRET), Datasets.plain("secteur"),
                Datasets.plain("ca")), "secret-statistique"),
        refusal("groupes de 3 sur des personnes", with(base.status(), base.legalBases(),
            REQUESTS_PLAN.withSmallGroups(new SmallGroupSuppression(List.of("date_naissance"), 3)), null),
            requestsFacts, requests, "seuil-groupes"),
        refusal("émissions réservées à la personne concernée", with(Status.PERSON_CONCERNED_ONLY,
            List.of(LegalBasis.L311_6_1), nothing, null), facts(Theme.ENVIRONNEMENT).environmental(true),
            Datasets.emissions(), "emissions-l124-5"),
        refusal("émissions retenues pour secret des affaires", with(Status.NOT_COMMUNICABLE,
            List.of(LegalBasis.L311_5_2_H), nothing, null), facts(Theme.ENVIRONNEMENT).environmental(true),
            Datasets.emissions(), "emissions-l124-5"),
        refusal("sans justification", new Decision(base.status(), base.legalBases(), base.plan(), null, null, "  ",
            base.reviewDate(), "dora", TODAY), requestsFacts, requests, "justification-requise"),
        refusal("réexamen déjà passé", new Decision(base.status(), base.legalBases(), base.plan(), null, null,
            base.justification(), TODAY, "dora", TODAY), requestsFacts, requests, "reexamen-passe"),
        refusal("décision datée du futur", new Decision(base.status(), base.legalBases(), base.plan(), null, null,
            base.justification(), TODAY.plusYears(1), "dora", TODAY.plusDays(1)), requestsFacts, requests,
            "decision-future"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesWithAClearFrenchMessage(String name, Decision decision, DatasetFacts facts, DatasetFindings findings,
      String code) {
    Validation result = validation.validate(decision, facts, findings, TODAY);

    assertThat(result.isValid()).isFalse();
    assertThat(result.codes()).contains(code);
    assertThat(result.messages()).allSatisfy(m -> assertThat(m).isNotBlank().doesNotContain("null"));
  }

  @Test
  void aSoundDecisionIsAccepted() {
    Validation result = validation.validate(requests(), facts(Theme.RELATIONS_USAGERS), Datasets.citizenRequests(),
        TODAY);

    assertThat(result.messages()).isEmpty();
  }

  @Test
  void aPersonConcernedOnlyDatasetMayPublishAnAggregateUnderTheThresholds() {
    Decision aggregateOnly = with(Status.PERSON_CONCERNED_ONLY, List.of(LegalBasis.L311_6_1),
        new OccultationPlan(List.of(new ColumnRule.Drop("email_demandeur"))).withAggregation(new Aggregation(
            List.of("statut"), List.of(Measure.count()), new SecrecyRule.MinimumCount(11, null))), null);

    Validation result = validation.validate(aggregateOnly, facts(Theme.RELATIONS_USAGERS), Datasets.citizenRequests(),
        TODAY);

    assertThat(result.messages()).isEmpty();
  }

  @Test
  void theElectedOfficialsRegisterPublishesNamesUnderD31213() {
    Decision decision = new Decision(Status.COMMUNICABLE_AFTER_OCCULTATION,
        List.of(LegalBasis.L311_7, LegalBasis.D312_1_3), new OccultationPlan(List.of(
            new ColumnRule.Keep("nom", Set.of(FindingKind.PERSON_NAME)),
            new ColumnRule.Keep("prenom", Set.of(FindingKind.FIRST_NAME)), new ColumnRule.Keep("mandat"),
            new ColumnRule.Drop("email_perso"))), ExemptionCategory.ELECTED_OFFICIALS, null,
        "Répertoire des élus, D312-1-3.", TODAY.plusYears(1), "dora", TODAY);
    DatasetFacts facts = facts(Theme.ELUS_INSTANCES);

    assertThat(validation.validate(decision, facts, Datasets.electedOfficials(), TODAY).isValid()).isTrue();

    Decision withoutCategory = new Decision(decision.status(), List.of(LegalBasis.L311_7), decision.plan(), null,
        null, decision.justification(), decision.reviewDate(), "dora", TODAY);
    assertThat(validation.validate(withoutCategory, facts, Datasets.electedOfficials(), TODAY).messages())
        .containsExactly("Colonne « nom » : le plan accepte 2 000 noms de personnes sans base légale qui le permette"
            + " (catégorie D312-1-3 qui les couvre, accord des personnes, loi).");
  }

  @Test
  void aRefusalThrowsWithAStableCodeAtTheEdge() {
    Validation result = validation.validate(with(Status.DEFERRED, List.of(LegalBasis.L311_2), REQUESTS_PLAN, null),
        facts(Theme.RELATIONS_USAGERS), Datasets.citizenRequests(), TODAY);

    assertThatThrownBy(result::orThrow).isInstanceOf(InvalidDecisionException.class)
        .hasMessageContaining("Une communicabilité différée exige la date")
        .extracting(e -> ((InvalidDecisionException) e).code()).isEqualTo("decision-refusee");
  }

  @Test
  void aDeferredDecisionIsPromotedWhenItsDateComes() {
    Decision deferred = with(Status.DEFERRED, List.of(LegalBasis.L311_2), REQUESTS_PLAN, TODAY.plusDays(10));

    assertThat(deferred.statusOn(TODAY)).isEqualTo(Status.DEFERRED);
    assertThat(deferred.statusOn(TODAY.plusDays(10))).isEqualTo(Status.COMMUNICABLE_AFTER_OCCULTATION);
  }
}
