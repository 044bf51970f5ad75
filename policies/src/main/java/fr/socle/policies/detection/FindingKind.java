package fr.socle.policies.detection;

/**
 * What the detectors recognise in a value. Personal kinds and their publishable counterparts are distinct kinds
 * ({@link #EMAIL} and {@link #SERVICE_EMAIL}), so a plan can accept a service mailbox without accepting a person's.
 */
public enum FindingKind {
  EMAIL("adresse e-mail personnelle", "adresses e-mail personnelles", Sensitivity.DIRECT_IDENTIFIER),
  SERVICE_EMAIL("adresse e-mail de service", "adresses e-mail de service", Sensitivity.PUBLISHABLE),
  PHONE("numéro de téléphone personnel", "numéros de téléphone personnels", Sensitivity.DIRECT_IDENTIFIER),
  SERVICE_PHONE("numéro de téléphone de service", "numéros de téléphone de service", Sensitivity.PUBLISHABLE),
  NIR("numéro de sécurité sociale (NIR)", "numéros de sécurité sociale (NIR)", Sensitivity.DIRECT_IDENTIFIER),
  IBAN("IBAN", "IBAN", Sensitivity.DIRECT_IDENTIFIER),
  BIC("BIC", "BIC", Sensitivity.QUASI_IDENTIFIER),
  /** A business; a sole trader's number identifies a person. */
  SIREN("numéro SIREN", "numéros SIREN", Sensitivity.QUASI_IDENTIFIER),
  SIRET("numéro SIRET", "numéros SIRET", Sensitivity.QUASI_IDENTIFIER),
  /** SIREN or SIRET of a public-law body (first digit 1 or 2): no person behind it. */
  PUBLIC_BODY_ID("SIREN/SIRET d'une personne publique", "SIREN/SIRET de personnes publiques", Sensitivity.PUBLISHABLE),
  PERSON_NAME("nom de personne", "noms de personnes", Sensitivity.DIRECT_IDENTIFIER),
  FIRST_NAME("prénom seul", "prénoms seuls", Sensitivity.QUASI_IDENTIFIER),
  POSTAL_ADDRESS("adresse postale", "adresses postales", Sensitivity.DIRECT_IDENTIFIER),
  /** The address of a public facility, in a column of facility contacts. */
  FACILITY_ADDRESS("adresse d'un équipement public", "adresses d'équipements publics", Sensitivity.PUBLISHABLE),
  BIRTH_DATE("date de naissance", "dates de naissance", Sensitivity.QUASI_IDENTIFIER),
  PRECISE_COORDINATES("coordonnées précises (< 100 m)", "coordonnées précises (< 100 m)", Sensitivity.QUASI_IDENTIFIER),
  GEOMETRY("géométrie précise", "géométries précises", Sensitivity.QUASI_IDENTIFIER),
  VEHICLE_PLATE("plaque d'immatriculation", "plaques d'immatriculation", Sensitivity.DIRECT_IDENTIFIER);

  private final String label;
  private final String plural;
  private final Sensitivity sensitivity;

  FindingKind(String label, String plural, Sensitivity sensitivity) {
    this.label = label;
    this.plural = plural;
    this.sensitivity = sensitivity;
  }

  public String label() {
    return label;
  }

  public String plural() {
    return plural;
  }

  public Sensitivity sensitivity() {
    return sensitivity;
  }

  public boolean isDirectIdentifier() {
    return sensitivity == Sensitivity.DIRECT_IDENTIFIER;
  }

  public boolean isPersonal() {
    return sensitivity != Sensitivity.PUBLISHABLE;
  }

  /** "1 204 adresses e-mail personnelles", "1 NIR". */
  public String count(long n) {
    return Numbers.grouped(n) + " " + (n > 1 ? plural : label);
  }
}
