package fr.socle.policies.communicability;

/** A refused decision; the edge maps it to a problem response with {@link #CODE} and the French messages. */
public final class InvalidDecisionException extends RuntimeException {
  public static final String CODE = "decision-refusee";
  private final transient Validation validation;

  public InvalidDecisionException(Validation validation) {
    super(String.join(" ; ", validation.messages()));
    this.validation = validation;
  }

  public String code() {
    return CODE;
  }

  public Validation validation() {
    return validation;
  }
}
