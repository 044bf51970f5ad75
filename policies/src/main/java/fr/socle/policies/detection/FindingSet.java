package fr.socle.policies.detection;

import java.util.EnumSet;
import java.util.Set;

/** The kinds found in one value, as a bit set: no allocation on the per-value path beyond this small value. */
public record FindingSet(int bits) {
  public static final FindingSet NONE = new FindingSet(0);

  public static FindingSet of(FindingKind... kinds) {
    int bits = 0;
    for (FindingKind kind : kinds) {
      bits |= 1 << kind.ordinal();
    }
    return new FindingSet(bits);
  }

  public boolean contains(FindingKind kind) {
    return (bits & (1 << kind.ordinal())) != 0;
  }

  public boolean isEmpty() {
    return bits == 0;
  }

  /** Whether anything personal was found (publishable contacts aside). */
  public boolean hasPersonalData() {
    return (bits & PERSONAL_MASK) != 0;
  }

  public boolean hasDirectIdentifier() {
    return (bits & DIRECT_MASK) != 0;
  }

  public Set<FindingKind> kinds() {
    EnumSet<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
    for (FindingKind kind : FindingKind.values()) {
      if (contains(kind)) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  @Override
  public String toString() {
    return kinds().toString();
  }

  private static final int PERSONAL_MASK = mask(true);
  private static final int DIRECT_MASK = mask(false);

  private static int mask(boolean personal) {
    int mask = 0;
    for (FindingKind kind : FindingKind.values()) {
      if (personal ? kind.isPersonal() : kind.isDirectIdentifier()) {
        mask |= 1 << kind.ordinal();
      }
    }
    return mask;
  }
}
