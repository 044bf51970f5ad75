package fr.socle.policies.detection;

/** What a kind of finding means for publication, before any legal basis is weighed. */
public enum Sensitivity {
  /** Identifies a person on its own: never published without an explicit legal basis. */
  DIRECT_IDENTIFIER("identifiant direct"),
  /** Re-identifies in combination (birth date, precise location, business number of a sole trader...). */
  QUASI_IDENTIFIER("identifiant indirect"),
  /** Not personal data: the contact of a public service, the number of a public body. Publishable. */
  PUBLISHABLE("publiable");

  private final String label;

  Sensitivity(String label) {
    this.label = label;
  }

  /** Short French label for explanations. */
  public String label() {
    return label;
  }
}
