package fr.socle.policies.detection;

/**
 * French phone numbers: {@code 06 12 34 56 78}, {@code 06.12.34.56.78}, {@code 06-12-34-56-78}, {@code 0612345678},
 * {@code +33 6 12 34 56 78}, {@code +33 (0)6 12 34 56 78}, {@code +33612345678}, {@code 0033 6 12 34 56 78}. A
 * mobile (06, 07) is a person's. A landline is a service's switchboard in a facility-contact column, a person's
 * elsewhere; 08 numbers are services. A number starting in the middle of a run of digits must be grouped the usual
 * way (0X XX XX XX XX) so that the digits of a longer identifier are not read as a phone.
 */
final class PhoneMatcher {
  private PhoneMatcher() {}

  static void find(Scan scan) {
    if (scan.digits < 9) {
      return;
    }
    CharSequence s = scan.s;
    for (int i = 0; i < scan.n; i++) {
      char c = s.charAt(i);
      if ((c != '0' && c != '+') || scan.isDigitAt(i - 1) || scan.isClaimed(i)) {
        continue;
      }
      if (i > 0 && Chars.isLetter(s.charAt(i - 1))) {
        continue;
      }
      boolean midRun = i >= 2 && Chars.isNumberSeparator(s.charAt(i - 1)) && scan.isDigitAt(i - 2);
      int end = match(scan, i, midRun);
      if (end > 0) {
        i = end - 1;
      }
    }
  }

  /** Tries a number at {@code start}; reports it and returns its end, or returns -1. */
  private static int match(Scan scan, int start, boolean midRun) {
    CharSequence s = scan.s;
    int n = scan.n;
    int p = start;
    int expected;
    boolean international;
    if (s.charAt(p) == '+') {
      int code = countryCode(s, p + 1, n);
      if (code == 0) {
        return -1;
      }
      p += code == 33 ? 3 : 4;
      if (p < n && s.charAt(p) == ')') {
        p++; // "(+33) 6 12 34 56 78"
      }
      international = true;
    } else if (p + 3 < n && s.charAt(p + 1) == '0' && s.charAt(p + 2) == '3' && s.charAt(p + 3) == '3') {
      p += 4;
      international = true;
    } else {
      international = false;
    }
    if (international) {
      if (p < n && Chars.isNumberSeparator(s.charAt(p))) {
        p++;
      }
      if (p + 2 < n && s.charAt(p) == '(' && s.charAt(p + 1) == '0' && s.charAt(p + 2) == ')') {
        p += 3;
        if (p < n && Chars.isNumberSeparator(s.charAt(p))) {
          p++;
        }
      } else if (p < n && s.charAt(p) == '0') {
        p++; // "+33 06 12 34 56 78": the trunk zero written anyway
      }
      expected = 9;
    } else {
      expected = 10;
    }
    // Collect the digits, one separator at most between two of them, and remember the grouping.
    int digits = 0;
    int nationalDigit = -1;
    int groupLength = 0;
    int groups = 0;
    boolean usual = true;
    int firstGroup = international ? 1 : 2;
    while (p < n && digits < expected) {
      char c = s.charAt(p);
      if (Chars.isDigit(c)) {
        if (digits == 0 && international && c == '0') {
          return -1;
        }
        if (digits == (international ? 0 : 1)) {
          nationalDigit = Chars.digit(c);
        }
        digits++;
        groupLength++;
        p++;
      } else if (digits > 0 && Chars.isNumberSeparator(c) && p + 1 < n && Chars.isDigit(s.charAt(p + 1))) {
        usual &= groupLength == (groups == 0 ? firstGroup : 2);
        groups++;
        groupLength = 0;
        p++;
      } else {
        break;
      }
    }
    if (digits < expected || Chars.isDigit(s.charAt(start)) && s.charAt(start) != '0' || nationalDigit < 1) {
      return -1;
    }
    if (groups == 0) {
      usual = true; // one block: 0612345678
    } else {
      usual &= groupLength == 2 && groups == 4;
    }
    if (p < n && (Chars.isDigit(s.charAt(p)) || Chars.isLetter(s.charAt(p)))) {
      return -1;
    }
    boolean continues = p + 1 < n && Chars.isNumberSeparator(s.charAt(p)) && Chars.isDigit(s.charAt(p + 1));
    if ((midRun || continues) && !usual) {
      return -1;
    }
    if (scan.overlapsClaim(start, p)) {
      return -1;
    }
    if (groups == 0 && !international && nationalDigit != 6 && nationalDigit != 7 && numbersSomethingElse(scan, start)) {
      return -1; // "Facture n° 0412345678": an unformatted block after "n°" or in an identifier column
    }
    scan.found(kind(nationalDigit, scan.ctx), start, p);
    return p;
  }

  /**
   * +33, and the overseas codes dialled like French numbers with nine digits after them: +262 (Réunion, Mayotte),
   * +269 (Mayotte), +590 (Guadeloupe), +594 (Guyane), +596 (Martinique). 0 when not French.
   */
  private static int countryCode(CharSequence s, int p, int n) {
    if (p + 1 < n && s.charAt(p) == '3' && s.charAt(p + 1) == '3') {
      return 33;
    }
    if (p + 2 >= n) {
      return 0;
    }
    int code = Chars.digit(s.charAt(p)) * 100 + Chars.digit(s.charAt(p + 1)) * 10 + Chars.digit(s.charAt(p + 2));
    boolean digits = Chars.isDigit(s.charAt(p)) && Chars.isDigit(s.charAt(p + 1)) && Chars.isDigit(s.charAt(p + 2));
    return digits && (code == 262 || code == 269 || code == 590 || code == 594 || code == 596) ? code : 0;
  }

  private static boolean numbersSomethingElse(Scan scan, int start) {
    return scan.ctx.expectsIdentifier() || scan.precededBy(start, 14, "n°", "no ", "num", "ref", "facture",
        "dossier", "commande", "contrat", "compte", "client", "police", "ticket");
  }

  private static FindingKind kind(int nationalDigit, ColumnContext ctx) {
    return switch (nationalDigit) {
      case 6, 7 -> FindingKind.PHONE;
      case 8 -> FindingKind.SERVICE_PHONE;
      default -> ctx.isFacilityContact() ? FindingKind.SERVICE_PHONE : FindingKind.PHONE;
    };
  }
}
