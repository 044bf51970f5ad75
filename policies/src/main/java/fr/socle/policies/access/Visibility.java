package fr.socle.policies.access;

import java.util.Locale;

/** How far a dataset is known inside the collectivité, before any grant. */
public enum Visibility {
  /** Only its producing service knows it exists; anyone else gets "not found". */
  CONFIDENTIAL,
  /** Its catalogue entry and schema are visible to all agents (and to partners if the dataset says so), so they
   * can ask for it; the data only through a grant. */
  DISCOVERABLE,
  /** Readable by all agents. */
  SHARED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The visibility of a code ({@code confidential}, {@code discoverable}, {@code shared}), told in French if none. */
  public static Visibility fromCode(String code) {
    for (Visibility visibility : values()) {
      if (visibility.code().equalsIgnoreCase(code.strip())) {
        return visibility;
      }
    }
    throw new IllegalArgumentException("visibilité inconnue : « " + code + " » (confidential, discoverable ou shared)");
  }
}
