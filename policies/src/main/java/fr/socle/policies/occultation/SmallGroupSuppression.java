package fr.socle.policies.occultation;

import java.util.List;

/**
 * Rows whose combination of quasi-identifiers (after the column rules: birth year, commune, sex...) is shared by
 * fewer than {@code k} rows are not published: no one is singled out by what remains.
 */
public record SmallGroupSuppression(List<String> quasiIdentifiers, int k) {
  public SmallGroupSuppression {
    quasiIdentifiers = List.copyOf(quasiIdentifiers);
    if (quasiIdentifiers.isEmpty()) {
      throw new IllegalArgumentException("at least one quasi-identifier");
    }
    if (k < 2) {
      throw new IllegalArgumentException("k >= 2");
    }
  }

  public String describe() {
    return "supprimer les groupes de moins de " + k + " lignes sur (" + String.join(", ", quasiIdentifiers) + ")";
  }
}
