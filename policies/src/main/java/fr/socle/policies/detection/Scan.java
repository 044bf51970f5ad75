package fr.socle.policies.detection;

import java.util.Arrays;

/**
 * The state of one value's scan: the value, its context, a quick profile (digits, letters, '@') that lets matchers
 * skip values they cannot match, and the spans already claimed so that one stretch of characters is one finding
 * (the digits of a NIR are not also a phone number).
 */
final class Scan {
  final CharSequence s;
  final int n;
  final ColumnContext ctx;
  private final FindingSink sink;
  final int digits;
  final int letters;
  final int uppers;
  final boolean hasAt;
  private int bits;
  private int[] claims = EMPTY;
  private int claimCount;
  private Tokens tokens;

  private static final int[] EMPTY = new int[0];

  Scan(CharSequence s, ColumnContext ctx, FindingSink sink) {
    this.s = s;
    this.n = s.length();
    this.ctx = ctx;
    this.sink = sink;
    int d = 0;
    int l = 0;
    int u = 0;
    boolean at = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Chars.isDigit(c)) {
        d++;
      } else if (c == '@') {
        at = true;
      } else if (Chars.isLetter(c)) {
        l++;
        if (Chars.isUpper(c)) {
          u++;
        }
      }
    }
    this.digits = d;
    this.letters = l;
    this.uppers = u;
    this.hasAt = at;
  }

  int bits() {
    return bits;
  }

  void found(FindingKind kind, int start, int end) {
    bits |= 1 << kind.ordinal();
    claim(start, end);
    sink.found(kind, s, start, end);
  }

  void claim(int start, int end) {
    if (claimCount * 2 == claims.length) {
      claims = Arrays.copyOf(claims, Math.max(8, claims.length * 2));
    }
    claims[claimCount * 2] = start;
    claims[claimCount * 2 + 1] = end;
    claimCount++;
  }

  boolean isClaimed(int pos) {
    for (int i = 0; i < claimCount; i++) {
      if (pos >= claims[i * 2] && pos < claims[i * 2 + 1]) {
        return true;
      }
    }
    return false;
  }

  boolean overlapsClaim(int start, int end) {
    for (int i = 0; i < claimCount; i++) {
      if (start < claims[i * 2 + 1] && end > claims[i * 2]) {
        return true;
      }
    }
    return false;
  }

  Tokens tokens() {
    if (tokens == null) {
      tokens = Tokens.of(s);
    }
    return tokens;
  }

  boolean isDigitAt(int i) {
    return i >= 0 && i < n && Chars.isDigit(s.charAt(i));
  }

  boolean isLetterOrDigitAt(int i) {
    return i >= 0 && i < n && Chars.isLetterOrDigit(s.charAt(i));
  }

  /** Whether one of the folded keywords ends within {@code window} characters before {@code pos}. */
  boolean precededBy(int pos, int window, String... keywords) {
    int from = Math.max(0, pos - window);
    for (String keyword : keywords) {
      int last = pos - keyword.length();
      for (int start = from; start <= last; start++) {
        if (regionMatchesFolded(start, keyword)) {
          return true;
        }
      }
    }
    return false;
  }

  boolean regionMatchesFolded(int start, String folded) {
    if (start < 0 || start + folded.length() > n) {
      return false;
    }
    for (int i = 0; i < folded.length(); i++) {
      if (Chars.fold(s.charAt(start + i)) != folded.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
