package fr.socle.policies.occultation;

import java.util.List;

/** The gate's answer for a whole output: pass, or the reasons (French) the write must not be committed. */
public record GateVerdict(long rows, List<String> reasons) {
  public GateVerdict {
    reasons = List.copyOf(reasons);
  }

  public boolean passed() {
    return reasons.isEmpty();
  }
}
