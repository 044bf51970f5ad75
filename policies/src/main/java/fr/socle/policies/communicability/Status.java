package fr.socle.policies.communicability;

/** The communicability of a dataset, as the data officer decides it. */
public enum Status {
  /** No decision yet: the default of every new dataset. Never published. */
  UNCLASSIFIED("non classé"),
  /** Open by default, nothing to occult: published as is. */
  COMMUNICABLE("communicable"),
  /** L311-7: published after the occultation plan. */
  COMMUNICABLE_AFTER_OCCULTATION("communicable après occultation"),
  /** L311-6 applies to the whole dataset: rows never published; a derived aggregate may be, as a dataset of its own. */
  PERSON_CONCERNED_ONLY("communicable à la seule personne concernée"),
  /** L311-5, with its exact ground. Never published. */
  NOT_COMMUNICABLE("non communicable"),
  /** Communicable from a date (preparatory document, archive delay), with the plan to apply then. */
  DEFERRED("communicabilité différée");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  /** French label, as data officers read it. */
  public String label() {
    return label;
  }

  /** Whether the open tier may hold rows of the dataset under this status (today). */
  public boolean publishesRows() {
    return this == COMMUNICABLE || this == COMMUNICABLE_AFTER_OCCULTATION;
  }
}
