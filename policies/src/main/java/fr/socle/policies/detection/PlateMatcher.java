package fr.socle.policies.detection;

/**
 * Vehicle registration plates: SIV ({@code AB-123-CD}, {@code AB 123 CD}, {@code AB123CD}; no I, O or U, no SS, no
 * 000) and the older FNI ({@code 123 ABC 75}, {@code 1234-AB-2A}, {@code 12 ABC 971}), whose letter group must not be
 * an abbreviation that follows house numbers ("12 BIS 75").
 */
final class PlateMatcher {
  private PlateMatcher() {}

  static void find(Scan scan) {
    if (scan.digits < 2 || scan.uppers < 1) {
      return;
    }
    CharSequence s = scan.s;
    for (int i = 0; i < scan.n; i++) {
      char c = s.charAt(i);
      if (scan.isLetterOrDigitAt(i - 1) || scan.isClaimed(i)) {
        continue;
      }
      int end = -1;
      if (Chars.isAsciiUpper(c)) {
        end = siv(scan, i);
      } else if (Chars.isDigit(c)) {
        end = fni(scan, i);
      }
      if (end > 0 && !scan.overlapsClaim(i, end)) {
        scan.found(FindingKind.VEHICLE_PLATE, i, end);
        i = end - 1;
      }
    }
  }

  private static int siv(Scan scan, int start) {
    CharSequence s = scan.s;
    int n = scan.n;
    if (start + 7 > n || !sivLetter(s.charAt(start)) || !sivLetter(s.charAt(start + 1))) {
      return -1;
    }
    int p = start + 2;
    char sep = s.charAt(p);
    boolean separated = sep == '-' || sep == ' ';
    if (separated) {
      p++;
    }
    if (p + 3 > n || !Chars.isDigit(s.charAt(p)) || !Chars.isDigit(s.charAt(p + 1))
        || !Chars.isDigit(s.charAt(p + 2))) {
      return -1;
    }
    boolean zeros = s.charAt(p) == '0' && s.charAt(p + 1) == '0' && s.charAt(p + 2) == '0';
    p += 3;
    if (separated) {
      if (p >= n || s.charAt(p) != sep) {
        return -1;
      }
      p++;
    }
    if (p + 2 > n || !sivLetter(s.charAt(p)) || !sivLetter(s.charAt(p + 1))) {
      return -1;
    }
    p += 2;
    if (zeros || scan.isLetterOrDigitAt(p) || isSs(s, start) || isSs(s, p - 2)) {
      return -1;
    }
    return p;
  }

  private static int fni(Scan scan, int start) {
    CharSequence s = scan.s;
    int n = scan.n;
    int p = start;
    while (p < n && Chars.isDigit(s.charAt(p)) && p - start < 5) {
      p++;
    }
    int numberLength = p - start;
    if (numberLength < 1 || numberLength > 4 || p >= n) {
      return -1;
    }
    char sep = s.charAt(p);
    if (sep != ' ' && sep != '-') {
      return -1;
    }
    p++;
    int lettersStart = p;
    while (p < n && Chars.isAsciiUpper(s.charAt(p)) && p - lettersStart < 4) {
      p++;
    }
    int letters = p - lettersStart;
    if (letters < 1 || letters > 3 || p >= n || s.charAt(p) != sep || NOT_SERIES.contains(s, lettersStart, p)) {
      return -1;
    }
    if (letters < 3 && !plateContext(scan, start)) {
      return -1; // "Lot 12 AB 34": two letters are as often a cadastral section or a reference
    }
    p++;
    int deptStart = p;
    while (p < n && (Chars.isDigit(s.charAt(p)) || s.charAt(p) == 'A' || s.charAt(p) == 'B') && p - deptStart < 4) {
      p++;
    }
    if (scan.isLetterOrDigitAt(p) || !department(s, deptStart, p)) {
      return -1;
    }
    return p;
  }

  private static boolean plateContext(Scan scan, int start) {
    return scan.ctx.expectsPlate() || scan.precededBy(start, 30, "immatricul", "plaque", "vehicule", "voiture",
        "camion", "moto", "scooter");
  }

  private static boolean department(CharSequence s, int start, int end) {
    int length = end - start;
    if (length == 2) {
      char a = s.charAt(start);
      char b = s.charAt(start + 1);
      if (a == '2' && (b == 'A' || b == 'B')) {
        return true;
      }
      if (!Chars.isDigit(a) || !Chars.isDigit(b)) {
        return false;
      }
      int d = Chars.digit(a) * 10 + Chars.digit(b);
      return d >= 1 && d <= 95 && d != 20;
    }
    return length == 3 && s.charAt(start) == '9' && s.charAt(start + 1) == '7'
        && s.charAt(start + 2) >= '1' && s.charAt(start + 2) <= '6';
  }

  private static boolean sivLetter(char c) {
    return Chars.isAsciiUpper(c) && c != 'I' && c != 'O' && c != 'U';
  }

  private static boolean isSs(CharSequence s, int i) {
    return s.charAt(i) == 'S' && s.charAt(i + 1) == 'S';
  }

  /** Letter groups that follow numbers in addresses and amounts, not plate series. */
  private static final Lexicon NOT_SERIES = Lexicon.of("BIS", "TER", "BD", "AV", "AVE", "RUE", "RTE", "ZA", "ZI",
      "ZAC", "CS", "BP", "CH", "PL", "IMP", "ALL", "EUR", "HT", "TTC", "KM", "KG", "M", "MM", "CM", "HA", "H", "MN",
      "MIN", "AM", "PM", "ANS", "AN", "MOIS", "J", "JRS", "RD", "RN", "D", "N", "A", "VOL", "NO", "LOT", "LOTS", "ST",
      "STE", "SQ", "QU", "FG", "CV", "KW", "MW", "GW", "L");
}
