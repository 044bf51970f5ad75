package fr.socle.policies.communicability;

import java.util.List;

/** The outcome of validating a decision: valid, or every violation found (not just the first). */
public record Validation(List<Violation> violations) {
  public Validation {
    violations = List.copyOf(violations);
  }

  public boolean isValid() {
    return violations.isEmpty();
  }

  public List<String> messages() {
    return violations.stream().map(Violation::message).toList();
  }

  public List<String> codes() {
    return violations.stream().map(Violation::code).toList();
  }

  /** Throws when invalid, for callers that turn a refusal into an HTTP 422 at the edge. */
  public void orThrow() {
    if (!isValid()) {
      throw new InvalidDecisionException(this);
    }
  }
}
