package fr.socle.policies.communicability;

import static fr.socle.policies.communicability.Status.COMMUNICABLE;
import static fr.socle.policies.communicability.Status.COMMUNICABLE_AFTER_OCCULTATION;
import static fr.socle.policies.communicability.Status.DEFERRED;
import static fr.socle.policies.communicability.Status.NOT_COMMUNICABLE;
import static fr.socle.policies.communicability.Status.PERSON_CONCERNED_ONLY;

import java.util.EnumSet;
import java.util.Set;

/**
 * The legal bases a decision may cite: article, short French label, the statuses it can support. Articles are of
 * the CRPA unless another code is named. Labels summarise; the data officer's justification quotes the text.
 */
public enum LegalBasis {
  // Openness
  L311_1("L311-1", "droit d'accès aux documents administratifs", Group.OPENNESS, COMMUNICABLE),
  L312_1_1("L312-1-1", "publication en ligne des documents et données (ouverture par défaut)", Group.OPENNESS,
      COMMUNICABLE, COMMUNICABLE_AFTER_OCCULTATION),
  // Occultation
  L311_7("L311-7", "communication après occultation des mentions protégées", Group.OCCULTATION,
      COMMUNICABLE_AFTER_OCCULTATION),
  L312_1_2("L312-1-2", "publication après occultation et anonymisation des données personnelles",
      Group.OCCULTATION, COMMUNICABLE_AFTER_OCCULTATION),
  // Publication of personal data without anonymisation
  D312_1_3("D312-1-3", "catégorie de documents publiables sans anonymisation (décret 2018-1117)",
      Group.WITHOUT_ANONYMISATION, COMMUNICABLE, COMMUNICABLE_AFTER_OCCULTATION),
  L312_1_2_CONSENT("L312-1-2", "accord des personnes intéressées à la publication", Group.WITHOUT_ANONYMISATION,
      COMMUNICABLE, COMMUNICABLE_AFTER_OCCULTATION),
  L312_1_2_LAW("L312-1-2", "disposition législative prévoyant la publication sans anonymisation",
      Group.WITHOUT_ANONYMISATION, COMMUNICABLE, COMMUNICABLE_AFTER_OCCULTATION),
  // Environmental information
  L124_4("C. env. L124-4", "information relative à l'environnement : exceptions limitées", Group.ENVIRONMENT,
      COMMUNICABLE, COMMUNICABLE_AFTER_OCCULTATION),
  L124_5("C. env. L124-5", "émissions dans l'environnement : ni le secret des affaires ni la vie privée ne peuvent"
      + " être opposés", Group.ENVIRONMENT, COMMUNICABLE, COMMUNICABLE_AFTER_OCCULTATION),
  // Never communicable (L311-5)
  L311_5_1("L311-5 1°", "document non communicable par nature (avis du Conseil d'État et des juridictions"
      + " administratives, Cour des comptes, CRC, Autorité de la concurrence, HATVP...)", Group.WITHHOLDING,
      NOT_COMMUNICABLE),
  L311_5_2_A("L311-5 2° a", "secret des délibérations du Gouvernement", Group.WITHHOLDING, NOT_COMMUNICABLE,
      DEFERRED),
  L311_5_2_B("L311-5 2° b", "secret de la défense nationale", Group.WITHHOLDING, NOT_COMMUNICABLE, DEFERRED),
  L311_5_2_C("L311-5 2° c", "conduite de la politique extérieure", Group.WITHHOLDING, NOT_COMMUNICABLE, DEFERRED),
  L311_5_2_D("L311-5 2° d", "sûreté de l'État, sécurité publique, sécurité des personnes, sécurité des systèmes"
      + " d'information", Group.WITHHOLDING, NOT_COMMUNICABLE, DEFERRED),
  L311_5_2_E("L311-5 2° e", "monnaie et crédit public", Group.WITHHOLDING, NOT_COMMUNICABLE, DEFERRED),
  L311_5_2_F("L311-5 2° f", "déroulement des procédures engagées devant les juridictions", Group.WITHHOLDING,
      NOT_COMMUNICABLE, DEFERRED),
  L311_5_2_G("L311-5 2° g", "recherche et prévention des infractions de toute nature", Group.WITHHOLDING,
      NOT_COMMUNICABLE, DEFERRED),
  L311_5_2_H("L311-5 2° h", "autres secrets protégés par la loi", Group.WITHHOLDING, NOT_COMMUNICABLE, DEFERRED),
  // Communicable to the person concerned only (L311-6); as occultation grounds they support partial publication
  L311_6_1("L311-6 1°", "protection de la vie privée, secret médical, secret des affaires", Group.PERSONAL,
      PERSON_CONCERNED_ONLY, COMMUNICABLE_AFTER_OCCULTATION),
  L311_6_2("L311-6 2°", "appréciation ou jugement de valeur sur une personne nommément désignée ou identifiable",
      Group.PERSONAL, PERSON_CONCERNED_ONLY, COMMUNICABLE_AFTER_OCCULTATION),
  L311_6_3("L311-6 3°", "comportement d'une personne dont la divulgation pourrait lui porter préjudice",
      Group.PERSONAL, PERSON_CONCERNED_ONLY, COMMUNICABLE_AFTER_OCCULTATION),
  // Deferral
  L311_2("L311-2", "document préparatoire : communicable une fois la décision prise", Group.DEFERRAL, DEFERRED),
  L213_2("C. patrimoine L213-2", "délais de communicabilité des archives publiques", Group.DEFERRAL, DEFERRED);

  /** What a basis is for. */
  public enum Group {
    OPENNESS,
    OCCULTATION,
    /** Personal data published as is: D312-1-3, consent, a law. */
    WITHOUT_ANONYMISATION,
    ENVIRONMENT,
    /** L311-5 grounds. */
    WITHHOLDING,
    /** L311-6 grounds. */
    PERSONAL,
    DEFERRAL
  }

  private final String article;
  private final String label;
  private final Group group;
  private final Set<Status> statuses;

  LegalBasis(String article, String label, Group group, Status first, Status... others) {
    this.article = article;
    this.label = label;
    this.group = group;
    this.statuses = Set.copyOf(EnumSet.of(first, others));
  }

  /** "L311-5 2° d", "C. env. L124-5". */
  public String article() {
    return article;
  }

  /** Short French label. */
  public String label() {
    return label;
  }

  public Group group() {
    return group;
  }

  /** The statuses this basis can support. */
  public Set<Status> statuses() {
    return statuses;
  }

  public boolean supports(Status status) {
    return statuses.contains(status);
  }

  /** An L311-5 ground. */
  public boolean withholds() {
    return group == Group.WITHHOLDING;
  }

  /** A ground that allows publishing personal data as they are. */
  public boolean allowsPersonalData() {
    return group == Group.WITHOUT_ANONYMISATION;
  }

  /** "L311-6 1° (protection de la vie privée, ...)". */
  public String cite() {
    return article + " (" + label + ")";
  }

  /**
   * L124-5: the only L311-5 grounds that may be opposed to information on emissions into the environment
   * (foreign policy, public security and national defence, court proceedings).
   */
  public boolean opposableToEmissions() {
    return this == L311_5_2_B || this == L311_5_2_C || this == L311_5_2_D || this == L311_5_2_F;
  }
}
