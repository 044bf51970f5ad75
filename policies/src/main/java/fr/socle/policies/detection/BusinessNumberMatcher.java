package fr.socle.policies.detection;

/**
 * SIRET (14 digits) and SIREN (9 digits), Luhn-checked; La Poste's establishments (SIREN 356 000 000) use a different
 * rule: the digits of the SIRET add up to a multiple of 5. A number starting with 1 or 2 belongs to a public-law
 * body (State, collectivités, EPCI): no person behind it. Nine digits pass Luhn one time in ten by chance, so a SIREN
 * counts only when written 123 456 789, after the word SIREN, or in a column named for it.
 */
final class BusinessNumberMatcher {
  private static final long LA_POSTE = 356_000_000L;

  private BusinessNumberMatcher() {}

  static void find(Scan scan) {
    if (scan.digits < 9) {
      return;
    }
    CharSequence s = scan.s;
    for (int i = 0; i < scan.n; i++) {
      if (!Chars.isDigit(s.charAt(i)) || scan.isLetterOrDigitAt(i - 1) || scan.isClaimed(i)) {
        continue;
      }
      if (i >= 2 && Chars.isNumberSeparator(s.charAt(i - 1)) && scan.isDigitAt(i - 2)) {
        continue;
      }
      int end = match(scan, i);
      i = Math.max(i, end - 1);
      while (i + 1 < scan.n && Chars.isDigit(s.charAt(i + 1))) {
        i++;
      }
    }
  }

  private static int match(Scan scan, int start) {
    CharSequence s = scan.s;
    int p = start;
    int count = 0;
    int groups = 0;
    int groupLength = 0;
    boolean threes = true;
    int[] digits = new int[14];
    while (p < scan.n && count <= 14) {
      char c = s.charAt(p);
      if (Chars.isDigit(c)) {
        if (count == 14) {
          return -1;
        }
        digits[count++] = Chars.digit(c);
        groupLength++;
        p++;
      } else if ((c == ' ' || c == '\u00a0' || c == '.' || c == '\u202f') && p + 1 < scan.n
          && Chars.isDigit(s.charAt(p + 1))) {
        threes &= groupLength == 3;
        groups++;
        groupLength = 0;
        p++;
      } else {
        break;
      }
    }
    if (scan.isLetterOrDigitAt(p) || scan.overlapsClaim(start, p)) {
      return -1;
    }
    if (count == 14 && validSiret(digits)) {
      scan.found(publicBody(digits) ? FindingKind.PUBLIC_BODY_ID : FindingKind.SIRET, start, p);
      return p;
    }
    if (count == 9 && luhn(digits, 9)) {
      boolean written = groups == 2 && threes && groupLength == 3;
      if (written || scan.ctx.expectsBusinessNumber() || scan.precededBy(start, 16, "siren", "siret")) {
        scan.found(publicBody(digits) ? FindingKind.PUBLIC_BODY_ID : FindingKind.SIREN, start, p);
        return p;
      }
    }
    return -1;
  }

  private static boolean publicBody(int[] digits) {
    return digits[0] == 1 || digits[0] == 2;
  }

  static boolean validSiret(int[] digits) {
    if (luhn(digits, 14)) {
      return true;
    }
    long siren = 0;
    int sum = 0;
    for (int i = 0; i < 14; i++) {
      if (i < 9) {
        siren = siren * 10 + digits[i];
      }
      sum += digits[i];
    }
    return siren == LA_POSTE && sum % 5 == 0;
  }

  static boolean luhn(int[] digits, int length) {
    int sum = 0;
    for (int i = 0; i < length; i++) {
      int d = digits[length - 1 - i];
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
