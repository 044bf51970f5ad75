package fr.socle.policies.communicability;

import static java.util.Objects.requireNonNull;

/** One step of a proposal, in French: which rule, and what it concluded from what. */
public record Explanation(String rule, String text) {
  public Explanation {
    requireNonNull(rule, "rule");
    requireNonNull(text, "text");
  }

  @Override
  public String toString() {
    return text + " [" + rule + "]";
  }
}
