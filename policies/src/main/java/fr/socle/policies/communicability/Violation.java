package fr.socle.policies.communicability;

import static java.util.Objects.requireNonNull;

/** Why a decision is refused: a stable code (for the API's problem type) and a French message for the data officer. */
public record Violation(String code, String message) {
  public Violation {
    requireNonNull(code, "code");
    requireNonNull(message, "message");
  }
}
