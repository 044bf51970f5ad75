package fr.socle.policies.detection;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Accumulates findings over the values of one column: counts per kind and up to a few distinct masked examples.
 * One scanner per column and per thread; {@link #accept} costs one scan of the value and, for the first examples
 * only, one masked string.
 */
public final class ColumnScanner {
  private static final FindingKind[] KINDS = FindingKind.values();

  private final ColumnContext ctx;
  private final int examplesPerKind;
  private final long[] values = new long[KINDS.length];
  private final long[] occurrences = new long[KINDS.length];
  private final List<List<String>> examples = new ArrayList<>(KINDS.length);
  private final FindingSink sink = this::record;
  private long scanned;
  private long nonEmpty;

  public ColumnScanner(ColumnContext ctx) {
    this(ctx, 3);
  }

  public ColumnScanner(ColumnContext ctx, int examplesPerKind) {
    this.ctx = requireNonNull(ctx, "ctx");
    if (examplesPerKind < 0) {
      throw new IllegalArgumentException("examplesPerKind < 0");
    }
    this.examplesPerKind = examplesPerKind;
    for (int i = 0; i < KINDS.length; i++) {
      examples.add(new ArrayList<>(examplesPerKind));
    }
  }

  public ColumnContext context() {
    return ctx;
  }

  /** Scans one value (null and blank count as empty) and returns what it holds. */
  public FindingSet accept(@Nullable CharSequence value) {
    scanned++;
    if (value == null || isBlank(value)) {
      return FindingSet.NONE;
    }
    nonEmpty++;
    int bits = Detectors.scan(value, ctx, sink);
    if (bits == 0) {
      return FindingSet.NONE;
    }
    for (int i = 0; i < KINDS.length; i++) {
      if ((bits & (1 << i)) != 0) {
        values[i]++;
      }
    }
    return new FindingSet(bits);
  }

  private void record(FindingKind kind, CharSequence value, int start, int end) {
    int k = kind.ordinal();
    occurrences[k]++;
    List<String> kept = examples.get(k);
    if (kept.size() < examplesPerKind) {
      String masked = Masking.mask(kind, value, start, end);
      if (!kept.contains(masked)) {
        kept.add(masked);
      }
    }
  }

  public ColumnFindings result() {
    List<KindStats> stats = new ArrayList<>();
    Set<FindingKind> detected = EnumSet.noneOf(FindingKind.class);
    for (FindingKind kind : KINDS) {
      int k = kind.ordinal();
      if (values[k] == 0) {
        continue;
      }
      stats.add(new KindStats(kind, values[k], occurrences[k], examples.get(k)));
      if (ColumnThresholds.detected(kind, values[k], nonEmpty, ctx)) {
        detected.add(kind);
      }
    }
    return new ColumnFindings(ctx.name(), scanned, nonEmpty, stats, detected);
  }

  private static boolean isBlank(CharSequence value) {
    for (int i = 0; i < value.length(); i++) {
      if (!Chars.isSpace(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
