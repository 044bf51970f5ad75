package fr.socle.policies.access;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The answer to one access question, with the rule that decided it. A denial becomes a 404 or a Trino "Access
 * Denied" only at the edge; here it stays a value that can explain itself.
 */
public record AccessDecision(boolean allowed, String rule, String reason) {
  public AccessDecision {
    requireNonNull(rule, "rule");
    requireNonNull(reason, "reason");
  }

  public static AccessDecision allow(String rule, String reason) {
    return new AccessDecision(true, rule, reason);
  }

  public static AccessDecision deny(String rule, String reason) {
    return new AccessDecision(false, rule, reason);
  }

  public List<String> reasons() {
    return List.of(rule + ": " + reason);
  }
}
