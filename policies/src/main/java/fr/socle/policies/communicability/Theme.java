package fr.socle.policies.communicability;

/**
 * What a dataset is about, as a collectivité's services classify it. Some themes are files about individuals
 * (civil status, social aid, health, HR, pupils, tax): by default their rows are communicable to the person
 * concerned only, and what can be published is a derived aggregate.
 */
public enum Theme {
  BUDGET_FINANCES("budget et finances", false),
  COMMANDE_PUBLIQUE("commande publique", false),
  SUBVENTIONS("subventions", false),
  DELIBERATIONS_ACTES("délibérations et actes", false),
  ELUS_INSTANCES("élus et instances", false),
  EQUIPEMENTS("équipements publics", false),
  URBANISME("urbanisme", false),
  VOIRIE_MOBILITE("voirie et mobilité", false),
  ENVIRONNEMENT("environnement", false),
  CULTURE_SPORT("culture et sport", false),
  RELATIONS_USAGERS("demandes et signalements des usagers", false),
  ETAT_CIVIL("état civil", true),
  ACTION_SOCIALE("action sociale", true),
  SANTE("santé", true),
  RESSOURCES_HUMAINES("ressources humaines (dossiers des agents)", true),
  EDUCATION_ENFANCE("éducation et enfance (dossiers des enfants)", true),
  FISCALITE("fiscalité des personnes", true),
  SECURITE("police et sécurité", false),
  AUTRE("autre", false);

  private final String label;
  private final boolean individualFiles;

  Theme(String label, boolean individualFiles) {
    this.label = label;
    this.individualFiles = individualFiles;
  }

  public String label() {
    return label;
  }

  /** Rows are files about individuals: the dataset as a whole falls under L311-6. */
  public boolean individualFiles() {
    return individualFiles;
  }
}
