package fr.socle.policies.detection;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Accumulates findings over the values of one column: counts per kind and up to a few distinct masked examples.
 * One scanner per column and per thread; {@link #accept} costs one scan of the value and, for the first examples
 * only, one masked string. Short values that repeat (categories, codes, generalised dates and positions) are
 * scanned once: the detectors depend on the value and the column's context only, so a small memo of recent values
 * replays their findings and counts exactly as a new scan would. It turns itself off for columns whose values
 * hardly repeat (identifiers, timestamps).
 */
public final class ColumnScanner {
  private static final FindingKind[] KINDS = FindingKind.values();

  private final ColumnContext ctx;
  private final int examplesPerKind;
  private final long[] values = new long[KINDS.length];
  private final long[] occurrences = new long[KINDS.length];
  private final List<List<String>> examples = new ArrayList<>(KINDS.length);
  private final FindingSink sink = this::record;
  private final Memo memo = new Memo();
  private final int[] found = new int[KINDS.length];
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
    int slot = memo.find(value);
    if (slot >= 0) {
      return replay(slot);
    }
    Arrays.fill(found, 0);
    int bits = Detectors.scan(value, ctx, sink);
    memo.remember(value, bits, found);
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

  private FindingSet replay(int slot) {
    int bits = memo.bits[slot];
    if (bits == 0) {
      return FindingSet.NONE;
    }
    int[] counts = memo.occurrences[slot];
    for (int i = 0; i < KINDS.length; i++) {
      if ((bits & (1 << i)) != 0) {
        values[i]++;
      }
      occurrences[i] += counts[i];
    }
    return new FindingSet(bits);
  }

  private void record(FindingKind kind, CharSequence value, int start, int end) {
    int k = kind.ordinal();
    occurrences[k]++;
    found[k]++;
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

  /**
   * Recent short values and what their scan found, direct-mapped by hash (64K entries: the addresses or street
   * names of a town fit). Checks its hit rate every 64K lookups and stops (for good) when fewer than one value in
   * sixteen repeats.
   */
  private static final class Memo {
    private static final int SIZE = 1 << 16;
    private static final int MAX_LENGTH = 64;
    private static final int WINDOW = 1 << 16;

    final @Nullable String[] keys = new String[SIZE];
    final int[] bits = new int[SIZE];
    final int[][] occurrences = new int[SIZE][];
    private boolean enabled = true;
    private int lookups;
    private int hits;
    private int lastSlot = -1;

    int find(CharSequence value) {
      lastSlot = -1;
      if (!enabled || value.length() > MAX_LENGTH) {
        return -1;
      }
      int h = 0;
      for (int i = 0; i < value.length(); i++) {
        h = 31 * h + value.charAt(i);
      }
      int slot = (h ^ (h >>> 13)) & (SIZE - 1);
      lastSlot = slot;
      if (++lookups == WINDOW) {
        enabled = hits * 16 >= WINDOW;
        lookups = 0;
        hits = 0;
      }
      String key = keys[slot];
      if (key != null && key.contentEquals(value)) {
        hits++;
        return slot;
      }
      return -1;
    }

    void remember(CharSequence value, int found, int[] counts) {
      int slot = lastSlot;
      if (slot < 0 || !enabled) {
        return;
      }
      keys[slot] = value.toString();
      bits[slot] = found;
      occurrences[slot] = found == 0 ? NO_COUNTS : counts.clone();
    }

    private static final int[] NO_COUNTS = new int[KINDS.length];
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
