package fr.socle.policies.communicability;

import fr.socle.policies.detection.FindingKind;
import java.util.Set;

/**
 * Categories of D312-1-3 (décret 2018-1117): documents publishable without anonymisation when communicable to all.
 * Each says which kinds of personal data its documents hold by nature. Never the NIR or a bank account. Labels
 * summarise the decree; check the exact wording on Légifrance when citing it.
 */
public enum ExemptionCategory {
  ORGANISATION_OF_ADMINISTRATION("organigrammes, annuaires des administrations, tableaux d'avancement et listes"
      + " d'aptitude", Set.of(FindingKind.PERSON_NAME, FindingKind.FIRST_NAME, FindingKind.EMAIL,
          FindingKind.PHONE, FindingKind.POSTAL_ADDRESS)),
  REGULATED_PROFESSIONS("listes des personnes exerçant une profession réglementée ou une activité soumise à"
      + " autorisation", Set.of(FindingKind.PERSON_NAME, FindingKind.FIRST_NAME, FindingKind.POSTAL_ADDRESS,
          FindingKind.PHONE, FindingKind.EMAIL, FindingKind.SIRET, FindingKind.SIREN)),
  ASSOCIATIONS_AND_BUSINESSES_REGISTERS("registres des associations, fondations et entreprises (dirigeants,"
      + " sièges)", Set.of(FindingKind.PERSON_NAME, FindingKind.FIRST_NAME, FindingKind.POSTAL_ADDRESS,
          FindingKind.SIRET, FindingKind.SIREN)),
  EXAMS_AND_COMPETITIONS("résultats des examens et concours", Set.of(FindingKind.PERSON_NAME,
      FindingKind.FIRST_NAME)),
  ELECTED_OFFICIALS("répertoire des élus et de leurs mandats, fonctions et délégations", Set.of(
      FindingKind.PERSON_NAME, FindingKind.FIRST_NAME)),
  HONOURS_AND_AWARDS("décorations, distinctions et prix attribués", Set.of(FindingKind.PERSON_NAME,
      FindingKind.FIRST_NAME)),
  PUBLIC_PROCUREMENT_AND_SUBSIDIES("attributaires des marchés publics, concessions et subventions", Set.of(
      FindingKind.PERSON_NAME, FindingKind.SIRET, FindingKind.SIREN));

  private final String label;
  private final Set<FindingKind> personalData;

  ExemptionCategory(String label, Set<FindingKind> personalData) {
    this.label = label;
    this.personalData = personalData;
  }

  public String label() {
    return label;
  }

  /** The kinds of personal data these documents hold by nature, publishable under D312-1-3. */
  public Set<FindingKind> personalData() {
    return personalData;
  }

  public boolean covers(FindingKind kind) {
    return personalData.contains(kind);
  }
}
