package fr.socle.policies.detection;

/** French number formatting for explanations, without a Locale lookup. */
final class Numbers {
  private Numbers() {}

  /** 1204 → "1 204" (narrow no-break space is what Locale.FRANCE prints; a plain space reads the same). */
  static String grouped(long n) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder out = new StringBuilder(digits.length() + 4);
    if (n < 0) {
      out.append('-');
    }
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append(' ');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }
}
