package fr.socle.policies.detection;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The scan of one column: how many values were looked at, what was found with counts and masked examples, and the
 * kinds the column is taken to hold ({@link #detected}). A kind can be seen without being detected: a first name
 * or two among a thousand words of a free-text column is reported, not concluded.
 */
public record ColumnFindings(
    String column, long valuesScanned, long nonEmpty, List<KindStats> kinds, Set<FindingKind> detected) {
  public ColumnFindings {
    requireNonNull(column, "column");
    kinds = List.copyOf(kinds);
    detected = detected.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(detected));
  }

  /** A column with nothing found: for datasets described by their columns before any scan. */
  public static ColumnFindings nothing(String column) {
    return new ColumnFindings(column, 0, 0, List.of(), Set.of());
  }

  public Optional<KindStats> stats(FindingKind kind) {
    return kinds.stream().filter(k -> k.kind() == kind).findFirst();
  }

  /** How many values hold the kind. */
  public long count(FindingKind kind) {
    return stats(kind).map(KindStats::values).orElse(0L);
  }

  /** Share of the non-empty values holding the kind. */
  public double share(FindingKind kind) {
    return nonEmpty == 0 ? 0 : (double) count(kind) / nonEmpty;
  }

  public boolean holds(FindingKind kind) {
    return detected.contains(kind);
  }

  public boolean hasDirectIdentifier() {
    return detected.stream().anyMatch(FindingKind::isDirectIdentifier);
  }

  /** Detected kinds that are personal data (publishable contacts and public bodies aside). */
  public Set<FindingKind> personalKinds() {
    EnumSet<FindingKind> personal = EnumSet.noneOf(FindingKind.class);
    detected.stream().filter(FindingKind::isPersonal).forEach(personal::add);
    return personal;
  }

  /** "1 204 adresses e-mail personnelles (ex. j•••@gmail.com)". */
  public String describe(FindingKind kind) {
    KindStats stats = stats(kind).orElse(new KindStats(kind, 0, 0, List.of()));
    String count = kind.count(stats.values());
    return stats.examples().isEmpty() ? count : count + " (ex. " + String.join(", ", stats.examples()) + ")";
  }
}
