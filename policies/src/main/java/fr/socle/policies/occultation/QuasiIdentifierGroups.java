package fr.socle.policies.occultation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Counts rows per combination of quasi-identifiers (after generalisation). Two uses: the promotion job counts in a
 * first pass, then publishes only rows whose group {@link #keeps} at least k; the gate counts the published rows
 * and checks {@link #result} (k-anonymity). Memory: one entry per distinct combination.
 */
public final class QuasiIdentifierGroups {
  private final int k;
  private final Map<List<String>, long[]> counts = new HashMap<>();
  private long rows;

  public QuasiIdentifierGroups(int k) {
    if (k < 2) {
      throw new IllegalArgumentException("k >= 2");
    }
    this.k = k;
  }

  public QuasiIdentifierGroups(SmallGroupSuppression suppression) {
    this(suppression.k());
  }

  /** Counts one row by its quasi-identifier values (null is a value of its own: "unknown"). */
  public void accept(List<? extends @Nullable CharSequence> key) {
    rows++;
    counts.computeIfAbsent(normalise(key), x -> new long[1])[0]++;
  }

  /** Whether rows with this combination are published (its group counts at least k rows). */
  public boolean keeps(List<? extends @Nullable CharSequence> key) {
    long[] n = counts.get(normalise(key));
    return n != null && n[0] >= k;
  }

  public Result result() {
    long smallest = Long.MAX_VALUE;
    long groupsBelow = 0;
    long rowsBelow = 0;
    for (long[] n : counts.values()) {
      smallest = Math.min(smallest, n[0]);
      if (n[0] < k) {
        groupsBelow++;
        rowsBelow += n[0];
      }
    }
    return new Result(k, rows, counts.size(), counts.isEmpty() ? 0 : smallest, groupsBelow, rowsBelow);
  }

  /** The k-anonymity of what was counted. */
  public record Result(int k, long rows, long groups, long smallestGroup, long groupsBelowK, long rowsBelowK) {
    public boolean isKAnonymous() {
      return groupsBelowK == 0;
    }

    public String describe() {
      return isKAnonymous()
          ? rows + " lignes en " + groups + " groupes, le plus petit de " + smallestGroup + " (k = " + k + ")"
          : groupsBelowK + " groupes de moins de " + k + " lignes (" + rowsBelowK + " lignes), le plus petit de "
              + smallestGroup;
    }
  }

  private static List<String> normalise(List<? extends @Nullable CharSequence> key) {
    return key.stream().map(v -> v == null ? "\u0000" : v.toString()).toList();
  }
}
