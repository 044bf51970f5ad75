package fr.socle.policies.communicability;

import fr.socle.policies.detection.ColumnFindings;
import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.CoordinateForm;
import fr.socle.policies.occultation.CoordinatePrecision;
import fr.socle.policies.occultation.DatePrecision;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What to do with each column, as an ordered list of small rules; the first that applies decides. Read top-down,
 * this is the policy a data officer can check: stated protections first, then what is not personal, then what may
 * never be published, then what a legal basis lets through, then the occultations.
 */
final class ColumnRules {
  /** A rule for one column: a proposal, or empty to let the next rule decide. */
  @FunctionalInterface
  interface Rule {
    Optional<ColumnProposal> apply(ColumnFindings column, Situation situation);
  }

  static final List<Rule> RULES = List.of(
      ColumnRules::statedProtection,
      ColumnRules::nothingPersonal,
      ColumnRules::socialSecurityNumberNeverPublished,
      ColumnRules::bankDetailsNeverPublished,
      ColumnRules::exemptionCategory,
      ColumnRules::consentOfThePersons,
      ColumnRules::emissionsOfBusinesses,
      ColumnRules::placesOfPublicThings,
      ColumnRules::identifiersOfBusinesses,
      ColumnRules::directIdentifier,
      ColumnRules::dateOfBirth,
      ColumnRules::preciseLocation,
      ColumnRules::firstNamesOfAnAggregate,
      ColumnRules::otherPersonalData);

  private ColumnRules() {}

  static ColumnProposal propose(ColumnFindings column, Situation situation) {
    for (Rule rule : RULES) {
      Optional<ColumnProposal> proposal = rule.apply(column, situation);
      if (proposal.isPresent()) {
        return proposal.get();
      }
    }
    throw new IllegalStateException("the last rule always decides");
  }

  /** A protection the data officer stated for the column (an appraisal, a turnover) wins over everything. */
  static Optional<ColumnProposal> statedProtection(ColumnFindings column, Situation s) {
    LegalBasis ground = s.facts().protectedColumns().get(column.column());
    if (ground == null) {
      return Optional.empty();
    }
    return Optional.of(new ColumnProposal("protection-declaree", occult(column), ground, "protection déclarée",
        ground.label(), false));
  }

  static Optional<ColumnProposal> nothingPersonal(ColumnFindings column, Situation s) {
    if (!column.personalKinds().isEmpty()) {
      return Optional.empty();
    }
    boolean contacts = column.detected().stream().anyMatch(k -> !k.isPersonal());
    return Optional.of(new ColumnProposal(contacts ? "contact-fonctionnel" : "rien-de-personnel",
        new ColumnRule.Keep(column.column()), null,
        contacts ? found(column, column.detected()) : "aucune donnée personnelle détectée",
        contacts ? "contacts et identifiants de services publics, publiables" : "ouverture par défaut", false));
  }

  /** The NIR is never published: no category, consent or aggregate makes it publishable. */
  static Optional<ColumnProposal> socialSecurityNumberNeverPublished(ColumnFindings column, Situation s) {
    if (!column.holds(FindingKind.NIR)) {
      return Optional.empty();
    }
    return Optional.of(new ColumnProposal("nir", occult(column), LegalBasis.L311_6_1,
        found(column, column.personalKinds()), "vie privée ; le NIR n'est jamais publié", false));
  }

  static Optional<ColumnProposal> bankDetailsNeverPublished(ColumnFindings column, Situation s) {
    if (!column.holds(FindingKind.IBAN) && !column.holds(FindingKind.BIC)) {
      return Optional.empty();
    }
    return Optional.of(new ColumnProposal("coordonnees-bancaires", occult(column), LegalBasis.L311_6_1,
        found(column, column.personalKinds()), "vie privée, secret des affaires", false));
  }

  /** D312-1-3: the personal data the category's documents hold by nature are published as they are. */
  static Optional<ColumnProposal> exemptionCategory(ColumnFindings column, Situation s) {
    ExemptionCategory category = s.facts().exemption();
    Set<FindingKind> personal = column.personalKinds();
    if (category == null || !personal.stream().allMatch(category::covers)) {
      return Optional.empty();
    }
    return Optional.of(new ColumnProposal("d312-1-3", new ColumnRule.Keep(column.column(), personal),
        LegalBasis.D312_1_3, found(column, personal), category.label(), false));
  }

  static Optional<ColumnProposal> consentOfThePersons(ColumnFindings column, Situation s) {
    if (!s.facts().consent()) {
      return Optional.empty();
    }
    Set<FindingKind> personal = column.personalKinds();
    return Optional.of(new ColumnProposal("accord-des-personnes", new ColumnRule.Keep(column.column(), personal),
        LegalBasis.L312_1_2_CONSENT, found(column, personal), "accord des personnes", false));
  }

  /** L124-5: business secrecy cannot be opposed to information on emissions; the emitters are published. */
  static Optional<ColumnProposal> emissionsOfBusinesses(ColumnFindings column, Situation s) {
    Set<FindingKind> personal = column.personalKinds();
    boolean emitters = s.facts().emissions() && s.rowsDescribe() != RowsDescribe.PERSONS
        && only(personal, FindingKind.SIRET, FindingKind.SIREN, FindingKind.POSTAL_ADDRESS,
            FindingKind.PRECISE_COORDINATES, FindingKind.GEOMETRY);
    if (!emitters) {
      return Optional.empty();
    }
    return Optional.of(new ColumnProposal("emissions", new ColumnRule.Keep(column.column(), personal),
        LegalBasis.L124_5, found(column, personal), "émissions dans l'environnement", false));
  }

  /** The address or position of a facility, a public body or the public space is not personal data. */
  static Optional<ColumnProposal> placesOfPublicThings(ColumnFindings column, Situation s) {
    Set<FindingKind> personal = column.personalKinds();
    if (s.rowsDescribe() != RowsDescribe.PUBLIC_THINGS
        || !only(personal, FindingKind.POSTAL_ADDRESS, FindingKind.PRECISE_COORDINATES, FindingKind.GEOMETRY)) {
      return Optional.empty();
    }
    return Optional.of(new ColumnProposal("lieux-publics", new ColumnRule.Keep(column.column(), personal),
        LegalBasis.L312_1_1, found(column, personal), "lieux d'équipements et de services publics", false));
  }

  /** Business numbers and seats are public (Sirene); a sole trader who asked for partial diffusion is not. */
  static Optional<ColumnProposal> identifiersOfBusinesses(ColumnFindings column, Situation s) {
    Set<FindingKind> personal = column.personalKinds();
    if (!only(personal, FindingKind.SIRET, FindingKind.SIREN, FindingKind.POSTAL_ADDRESS)
        || !(personal.contains(FindingKind.SIRET) || personal.contains(FindingKind.SIREN))) {
      return Optional.empty();
    }
    if (s.rowsDescribe() == RowsDescribe.PERSONS) {
      return Optional.of(new ColumnProposal("entrepreneur-individuel", occult(column), LegalBasis.L311_6_1,
          found(column, personal), "vie privée : le SIRET d'un entrepreneur individuel identifie une personne",
          false));
    }
    return Optional.of(new ColumnProposal("identifiant-entreprise", new ColumnRule.Keep(column.column(), personal),
        LegalBasis.L312_1_1, found(column, personal),
        "identifiants publics dans Sirene ; vérifier les entrepreneurs individuels en diffusion partielle", false));
  }

  /** A direct identifier (e-mail, phone, name, address, plate) is occulted: private life. */
  static Optional<ColumnProposal> directIdentifier(ColumnFindings column, Situation s) {
    if (!column.hasDirectIdentifier()) {
      return Optional.empty();
    }
    return Optional.of(new ColumnProposal("identifiant-direct", occult(column), LegalBasis.L311_6_1,
        found(column, column.personalKinds()), "vie privée", false));
  }

  /** A date of birth is kept to the year, a quasi-identifier then. */
  static Optional<ColumnProposal> dateOfBirth(ColumnFindings column, Situation s) {
    if (!only(column.personalKinds(), FindingKind.BIRTH_DATE)) {
      return Optional.empty();
    }
    return Optional.of(new ColumnProposal("date-de-naissance",
        new ColumnRule.GeneraliseDate(column.column(), DatePrecision.YEAR), LegalBasis.L312_1_2,
        found(column, column.personalKinds()), "anonymisation", true));
  }

  /**
   * Where people live or were: a point goes to a 1 km grid, a shape is dropped. When nothing else in the dataset is
   * personal and rows are not stated to describe people, positions are kept: trees and benches are not people.
   */
  static Optional<ColumnProposal> preciseLocation(ColumnFindings column, Situation s) {
    Set<FindingKind> personal = column.personalKinds();
    if (!only(personal, FindingKind.PRECISE_COORDINATES, FindingKind.GEOMETRY)) {
      return Optional.empty();
    }
    boolean people = s.rowsDescribe() == RowsDescribe.PERSONS
        || (s.rowsDescribe() == RowsDescribe.UNKNOWN && otherPersonalColumn(column, s));
    if (!people) {
      return Optional.of(new ColumnProposal("position-d-objets", new ColumnRule.Keep(column.column(), personal),
          LegalBasis.L312_1_1, found(column, personal),
          "positions d'objets, aucune autre donnée personnelle ; vérifier qu'aucune ne désigne un lieu privé", false));
    }
    ColumnRule rule = personal.contains(FindingKind.GEOMETRY)
        ? new ColumnRule.Drop(column.column())
        : new ColumnRule.GeneraliseCoordinates(column.column(), CoordinateForm.guess(column),
            CoordinatePrecision.grid(1000));
    return Optional.of(new ColumnProposal("position-precise", rule, LegalBasis.L312_1_2, found(column, personal),
        "anonymisation de lieux privés", true));
  }

  /** First names in the SCDL prénoms schema are already an aggregate; elsewhere a first name goes with its person. */
  static Optional<ColumnProposal> firstNamesOfAnAggregate(ColumnFindings column, Situation s) {
    if (!only(column.personalKinds(), FindingKind.FIRST_NAME) || !"prenoms".equals(s.facts().schema())) {
      return Optional.empty();
    }
    return Optional.of(new ColumnProposal("prenoms-agreges", new ColumnRule.Keep(column.column(),
        Set.of(FindingKind.FIRST_NAME)), LegalBasis.L312_1_1, found(column, column.personalKinds()),
        "prénoms comptés par année ; les prénoms rares identifient, voir le seuil de l'agrégat", true));
  }

  static Optional<ColumnProposal> otherPersonalData(ColumnFindings column, Situation s) {
    return Optional.of(new ColumnProposal("autre-donnee-personnelle", occult(column), LegalBasis.L311_6_1,
        found(column, column.personalKinds()), "vie privée", false));
  }

  // ---------------------------------------------------------------------------------------------------------------

  /** A free text keeps its place in the schema, emptied; any other column is dropped. */
  private static ColumnRule occult(ColumnFindings column) {
    return isFreeText(column.column()) ? new ColumnRule.EmptyText(column.column())
        : new ColumnRule.Drop(column.column());
  }

  private static final Set<String> FREE_TEXT = Set.of("commentaire", "commentaires", "observation", "observations",
      "description", "remarque", "remarques", "message", "motif", "texte", "details", "detail", "notes", "note",
      "objet", "complement", "suivi", "annotations", "precisions", "resume");

  static boolean isFreeText(String column) {
    for (String part : column.toLowerCase(Locale.ROOT).replace('é', 'e').split("[^a-z]+")) {
      if (FREE_TEXT.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static boolean otherPersonalColumn(ColumnFindings column, Situation s) {
    return s.findings().columns().stream().anyMatch(c -> !c.column().equals(column.column())
        && c.personalKinds().stream().anyMatch(k -> k != FindingKind.PRECISE_COORDINATES
            && k != FindingKind.GEOMETRY));
  }

  private static boolean only(Set<FindingKind> kinds, FindingKind... allowed) {
    if (kinds.isEmpty()) {
      return false;
    }
    Set<FindingKind> set = EnumSet.of(allowed[0], allowed);
    return set.containsAll(kinds);
  }

  /** "1 204 adresses e-mail personnelles, 3 noms de personnes". */
  static String found(ColumnFindings column, Set<FindingKind> kinds) {
    return String.join(", ", kinds.stream().sorted().map(k -> k.count(column.count(k))).toList());
  }
}
