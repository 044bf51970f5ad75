package fr.socle.policies.detection;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a column holds of one kind: in how many values, how many times in all (a comment may hold two phones), and a
 * few masked examples.
 */
public record KindStats(FindingKind kind, long values, long occurrences, List<String> examples) {
  public KindStats {
    requireNonNull(kind, "kind");
    examples = List.copyOf(examples);
    if (values < 0 || occurrences < values) {
      throw new IllegalArgumentException("occurrences >= values >= 0");
    }
  }
}
