package fr.socle.policies.communicability;

import static fr.socle.policies.communicability.Datasets.TODAY;
import static fr.socle.policies.communicability.Datasets.facts;
import static fr.socle.policies.communicability.Datasets.findings;
import static fr.socle.policies.communicability.Datasets.holding;
import static fr.socle.policies.communicability.Datasets.plain;
import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.policies.detection.DatasetFindings;
import fr.socle.policies.detection.DatasetScanner;
import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.CoordinateForm;
import fr.socle.policies.occultation.OccultationPlan;
import fr.socle.policies.occultation.SecrecyRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per legal case: facts and findings in, status, main basis and each column's rule out. */
class CommunicabilityPolicyTest {
  private final CommunicabilityPolicy policy = new CommunicabilityPolicy();

  static Arguments legalCase(String name, DatasetFacts facts, DatasetFindings findings, Status status,
      LegalBasis mainBasis, String rules) {
    return Arguments.of(name, facts, findings, status, mainBasis, rules);
  }

  static Stream<Arguments> legalCases() {
    return Stream.of(
        legalCase("un budget ne contient rien de personnel", facts(Theme.BUDGET_FINANCES).withSchema("budget"),
            Datasets.aBudget(), Status.COMMUNICABLE, LegalBasis.L312_1_1,
            "BGT_NATURE=Keep BGT_MTREAL=Keep BGT_SIRET=Keep"),
        legalCase("des demandes d'usagers : identifiants occultés, quasi-identifiants généralisés",
            facts(Theme.RELATIONS_USAGERS), Datasets.citizenRequests(), Status.COMMUNICABLE_AFTER_OCCULTATION,
            LegalBasis.L311_7, "id=Keep email_demandeur=Drop commentaire=EmptyText date_naissance=GeneraliseDate"
                + " geo_point=GeneraliseCoordinates statut=Keep"),
        legalCase("équipements : standards, boîtes de service, adresses et positions publiques",
            facts(Theme.EQUIPEMENTS).withSchema("equipements"), Datasets.equipements(), Status.COMMUNICABLE,
            LegalBasis.L312_1_1, "EQUIP_NOM=Keep ADR_NOMVOIE=Keep EQUIP_TEL=Keep EQUIP_EMAIL=Keep EQUIP_LAT=Keep"
                + " COLL_SIRET=Keep"),
        legalCase("équipements : le portable du gardien est occulté",
            facts(Theme.EQUIPEMENTS).withSchema("equipements"),
            findings(plain("EQUIP_NOM"), holding("EQUIP_TEL", 3, FindingKind.PHONE, FindingKind.SERVICE_PHONE)),
            Status.COMMUNICABLE_AFTER_OCCULTATION, LegalBasis.L311_7, "EQUIP_NOM=Keep EQUIP_TEL=Drop"),
        legalCase("caméras de vidéoprotection : sécurité publique déclarée",
            facts(Theme.SECURITE).withholding(LegalBasis.L311_5_2_D),
            findings(plain("camera"), holding("position", 40, FindingKind.PRECISE_COORDINATES)),
            Status.NOT_COMMUNICABLE, LegalBasis.L311_5_2_D, ""),
        legalCase("étude préparatoire, décision en septembre", facts(Theme.URBANISME)
                .preparing(TODAY.plusMonths(3)), findings(plain("parcelle"), plain("zonage")),
            Status.DEFERRED, LegalBasis.L311_2, "parcelle=Keep zonage=Keep"),
        legalCase("étude préparatoire dont la décision est prise", facts(Theme.URBANISME)
                .preparing(TODAY.minusDays(1)), findings(plain("parcelle"), plain("zonage")),
            Status.COMMUNICABLE, LegalBasis.L312_1_1, "parcelle=Keep zonage=Keep"),
        legalCase("étude préparatoire sans date de décision", facts(Theme.URBANISME).preparing(null),
            findings(plain("parcelle")), Status.UNCLASSIFIED, LegalBasis.L311_2, "parcelle=Keep"),
        legalCase("archives : délai de 25 ans", facts(Theme.DELIBERATIONS_ACTES)
                .withArchiveDelayUntil(TODAY.plusYears(7)), findings(plain("acte"),
                holding("rapporteur", 50, FindingKind.PERSON_NAME)), Status.DEFERRED, LegalBasis.L213_2,
            "acte=Keep rapporteur=Drop"),
        legalCase("état civil : naissances réservées aux personnes, agrégat des prénoms",
            facts(Theme.ETAT_CIVIL), Datasets.births(), Status.PERSON_CONCERNED_ONLY, LegalBasis.L311_6_1, ""),
        legalCase("répertoire des élus (D312-1-3) : noms publiés, adresses personnelles occultées",
            facts(Theme.ELUS_INSTANCES).withExemption(ExemptionCategory.ELECTED_OFFICIALS),
            Datasets.electedOfficials(), Status.COMMUNICABLE_AFTER_OCCULTATION, LegalBasis.L311_7,
            "nom=Keep prenom=Keep mandat=Keep email_perso=Drop"),
        legalCase("lauréats ayant donné leur accord", facts(Theme.CULTURE_SPORT).withConsent(),
            findings(holding("laureat", 30, FindingKind.PERSON_NAME), plain("prix")), Status.COMMUNICABLE,
            LegalBasis.L312_1_1, "laureat=Keep prix=Keep"),
        legalCase("le NIR n'est jamais publié, même avec l'accord des personnes", facts(Theme.CULTURE_SPORT)
                .withConsent(), findings(holding("nir", 30, FindingKind.NIR), plain("prix")),
            Status.COMMUNICABLE_AFTER_OCCULTATION, LegalBasis.L311_7, "nir=Drop prix=Keep"),
        legalCase("émissions : le secret des affaires (2° h) ne peut être opposé",
            facts(Theme.ENVIRONNEMENT).environmental(true).withRowsDescribe(RowsDescribe.BUSINESSES)
                .withholding(LegalBasis.L311_5_2_H), Datasets.emissions(), Status.COMMUNICABLE,
            LegalBasis.L312_1_1, "siret=Keep polluant=Keep quantite_kg=Keep adresse_site=Keep"),
        legalCase("émissions : la sécurité publique (2° d) peut l'être", facts(Theme.ENVIRONNEMENT)
                .environmental(true).withholding(LegalBasis.L311_5_2_D), Datasets.emissions(),
            Status.NOT_COMMUNICABLE, LegalBasis.L311_5_2_D, ""),
        legalCase("subventions à des entreprises : SIRET publics", facts(Theme.SUBVENTIONS).withSchema("subventions"),
            Datasets.subsidies(), Status.COMMUNICABLE, LegalBasis.L312_1_1,
            "nomBeneficiaire=Keep idBeneficiaire=Keep montant=Keep"),
        legalCase("aides à des particuliers : le SIRET d'un entrepreneur individuel est occulté",
            facts(Theme.SUBVENTIONS).withRowsDescribe(RowsDescribe.PERSONS), Datasets.subsidies(),
            Status.COMMUNICABLE_AFTER_OCCULTATION, LegalBasis.L311_7,
            "nomBeneficiaire=Keep idBeneficiaire=Drop montant=Keep"),
        legalCase("un fichier de contacts : rien à publier", facts(Theme.AUTRE),
            findings(holding("nom", Datasets.ROWS, FindingKind.PERSON_NAME),
                holding("email", Datasets.ROWS, FindingKind.EMAIL)),
            Status.PERSON_CONCERNED_ONLY, LegalBasis.L311_6_1, ""),
        legalCase("évaluations d'agents : appréciation déclarée (L311-6 2°)", facts(Theme.AUTRE)
                .protecting(Map.of("appreciation", LegalBasis.L311_6_2)), findings(plain("service"),
                plain("appreciation")), Status.COMMUNICABLE_AFTER_OCCULTATION, LegalBasis.L311_7,
            "service=Keep appreciation=Drop"),
        legalCase("arbres d'alignement : des positions d'objets", facts(Theme.ENVIRONNEMENT),
            findings(plain("espece"), holding("geo_point", Datasets.ROWS, FindingKind.PRECISE_COORDINATES)),
            Status.COMMUNICABLE, LegalBasis.L312_1_1, "espece=Keep geo_point=Keep"),
        legalCase("parcelles de particuliers : géométries supprimées", facts(Theme.URBANISME)
                .withRowsDescribe(RowsDescribe.PERSONS), findings(plain("section"),
                holding("geom", Datasets.ROWS, FindingKind.GEOMETRY)), Status.COMMUNICABLE_AFTER_OCCULTATION,
            LegalBasis.L311_7, "section=Keep geom=Drop"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("legalCases")
  void proposesTheStatusTheBasisAndThePlan(String name, DatasetFacts facts, DatasetFindings findings, Status status,
      LegalBasis mainBasis, String rules) {
    Proposal proposal = policy.propose(facts, findings, TODAY);

    assertThat(proposal.status()).as(String.join("\n", proposal.explain())).isEqualTo(status);
    assertThat(proposal.legalBases()).first().isEqualTo(mainBasis);
    assertThat(rules(proposal.plan())).isEqualTo(rules);
    assertThat(proposal.explain()).allSatisfy(line -> assertThat(line).isNotBlank());
  }

  /** Every proposal the rules make is a decision validation accepts (unclassified aside: it decides nothing). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("legalCases")
  void everyProposalValidates(String name, DatasetFacts facts, DatasetFindings findings, Status status,
      LegalBasis mainBasis, String rules) {
    Proposal proposal = policy.propose(facts, findings, TODAY);
    if (proposal.status() == Status.UNCLASSIFIED) {
      return;
    }
    Decision decision = Decision.fromProposal(proposal, facts.exemption(), "conforme à la proposition",
        TODAY.plusYears(1), "dora", TODAY);

    Validation validation = new DecisionValidation().validate(decision, facts, findings, TODAY);

    assertThat(validation.messages()).isEmpty();
  }

  @Test
  void everyStepExplainsItself() {
    Proposal proposal = policy.propose(facts(Theme.RELATIONS_USAGERS), Datasets.citizenRequests(), TODAY);

    assertThat(proposal.explain()).contains(
        "colonne « email_demandeur » : 1 204 adresses e-mail personnelles → L311-6 1° (vie privée) → supprimer la"
            + " colonne",
        "colonne « commentaire » : 37 numéros de téléphone personnels → L311-6 1° (vie privée) → vider le texte libre",
        "colonne « date_naissance » : 2 000 dates de naissance → L312-1-2 (anonymisation) → généraliser la date à"
            + " l'année",
        "colonne « statut » : aucune donnée personnelle détectée → ouverture par défaut → publier tel quel",
        "lignes de personnes : supprimer les groupes de moins de 5 lignes sur (date_naissance, geo_point) → L312-1-2"
            + " (anonymisation)",
        "conclusion : communicable après occultation → L311-7, L312-1-2, L311-6 1°");
  }

  @Test
  void aDeferredProposalCarriesThePlanToApplyThen() {
    Proposal proposal = policy.propose(facts(Theme.RELATIONS_USAGERS).preparing(TODAY.plusMonths(2)),
        Datasets.citizenRequests(), TODAY);

    assertThat(proposal.status()).isEqualTo(Status.DEFERRED);
    assertThat(proposal.communicableFrom()).isEqualTo(TODAY.plusMonths(2));
    assertThat(proposal.plan().rule("email_demandeur")).containsInstanceOf(ColumnRule.Drop.class);
  }

  @Test
  void filesAboutIndividualsProposeADerivedAggregateOverFirstNames() {
    Proposal proposal = policy.propose(facts(Theme.ETAT_CIVIL).withQuasiIdentifiers(List.of("annee", "sexe")),
        Datasets.births(), TODAY);

    assertThat(proposal.plan().publishesAnything()).isFalse();
    assertThat(proposal.aggregate()).hasValueSatisfying(a -> {
      assertThat(a.groupBy()).containsExactly("annee", "sexe", "prenom");
      assertThat(a.secrecy()).isEqualTo(new SecrecyRule.MinimumCount(5, null));
    });
  }

  @Test
  void individualTaxDataAggregatesByElevenAtLeast() {
    Proposal proposal = policy.propose(facts(Theme.FISCALITE).individualTax().withQuasiIdentifiers(List.of("iris")),
        findings(holding("contribuable", Datasets.ROWS, FindingKind.PERSON_NAME), plain("iris"), plain("revenu")),
        TODAY);

    assertThat(proposal.aggregate().map(a -> a.secrecy())).contains(SecrecyRule.individualTax(null));
  }

  @Test
  void positionsOfPeopleAreGeneralisedInTheFormTheirValuesHave() {
    List<String> columns = List.of("id", "position", "coordonnees", "latitude", "longitude");
    DatasetScanner scanner = DatasetScanner.everyRow(columns, null);
    for (int i = 0; i < 50; i++) {
      double lat = 45.750123 + i / 997.0;
      double lon = 4.830456 + i / 991.0;
      scanner.accept(List.of(String.valueOf(i), String.format(Locale.ROOT, "POINT (%.6f %.6f)", lon, lat),
          String.format(Locale.ROOT, "%.6f, %.6f", lat, lon), String.format(Locale.ROOT, "%.6f", lat),
          String.format(Locale.ROOT, "%.6f", lon)));
    }

    Proposal proposal = policy.propose(facts(Theme.RELATIONS_USAGERS).withRowsDescribe(RowsDescribe.PERSONS),
        scanner.result(), TODAY);

    Map<String, CoordinateForm> forms = new LinkedHashMap<>();
    proposal.plan().columns().forEach(rule -> {
      if (rule instanceof ColumnRule.GeneraliseCoordinates coordinates) {
        forms.put(rule.column(), coordinates.form());
      }
    });
    // « position » says nothing of its form: its values do (a WKT point read as « lat, lon » would publish nothing)
    assertThat(forms).containsExactly(Map.entry("position", CoordinateForm.WKT_POINT),
        Map.entry("coordonnees", CoordinateForm.LAT_LON), Map.entry("latitude", CoordinateForm.LATITUDE),
        Map.entry("longitude", CoordinateForm.LONGITUDE));
  }

  @Test
  void theDecisionIsTheSameEveryTime() {
    DatasetFacts facts = facts(Theme.RELATIONS_USAGERS);
    assertThat(policy.propose(facts, Datasets.citizenRequests(), TODAY))
        .isEqualTo(policy.propose(facts, Datasets.citizenRequests(), TODAY));
  }

  /** "a=Keep b=Drop", in column order. */
  private static String rules(OccultationPlan plan) {
    Map<String, String> rules = new LinkedHashMap<>();
    plan.columns().forEach(r -> rules.put(r.column(), r.getClass().getSimpleName()));
    return String.join(" ", rules.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }
}
