package fr.socle.policies.detection;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The per-value entry point. Matchers run from the most specific to the least, each claiming the characters it
 * recognised: e-mails, then dates (so "01/02/2023 14" is no phone), bank and social-security numbers, business
 * numbers, phones, coordinates, plates, addresses, names. Every matcher is a hand-written linear scan that first
 * checks a cheap profile of the value (how many digits, letters, capitals, whether there is an '@') and returns at
 * once when it cannot match. Thread-safe: no shared mutable state.
 */
public final class Detectors {
  private Detectors() {}

  /** The kinds of personal (and publishable) data found in one value. */
  public static FindingSet scan(@Nullable CharSequence value, ColumnContext ctx) {
    if (value == null || value.isEmpty()) {
      return FindingSet.NONE;
    }
    Scan scan = new Scan(value, requireNonNull(ctx, "ctx"), FindingSink.IGNORE);
    run(scan);
    return scan.bits() == 0 ? FindingSet.NONE : new FindingSet(scan.bits());
  }

  /** Same, without context: only what the value says on its own. */
  public static FindingSet scan(@Nullable CharSequence value) {
    return scan(value, ColumnContext.NONE);
  }

  /** How many times each kind occurs in the value: "two phones and an e-mail" (for free-text reduction). */
  public static Map<FindingKind, Integer> occurrences(@Nullable CharSequence value, ColumnContext ctx) {
    Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
    if (value != null && !value.isEmpty()) {
      scan(value, requireNonNull(ctx, "ctx"), (kind, v, start, end) -> counts.merge(kind, 1, Integer::sum));
    }
    return counts;
  }

  /** Scans and reports every finding with its span, for scanners that keep masked examples. */
  static int scan(CharSequence value, ColumnContext ctx, FindingSink sink) {
    Scan scan = new Scan(value, ctx, sink);
    run(scan);
    return scan.bits();
  }

  private static void run(Scan scan) {
    if (scan.digits == 0 && scan.letters == 0) {
      return;
    }
    EmailMatcher.find(scan);
    UrlMatcher.claim(scan);
    CoordinateMatcher.findGeometries(scan);
    DateMatcher.find(scan);
    BankMatcher.find(scan);
    NirMatcher.find(scan);
    BusinessNumberMatcher.find(scan);
    PhoneMatcher.find(scan);
    CoordinateMatcher.findNumbers(scan);
    PlateMatcher.find(scan);
    AddressMatcher.find(scan);
    NameMatcher.find(scan);
  }
}
