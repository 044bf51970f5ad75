package fr.socle.policies.detection;

/**
 * IBAN (length of the country, mod 97 = 1, with or without spaces every four characters, in capitals or not: the
 * checksum tells it from other text either way) and BIC. A BIC is eight or
 * eleven letters and digits that many ordinary upper-case words also are ("CHAMBERY"), so it counts only in a
 * {@code bic}/{@code swift} column, after the word BIC or SWIFT, or right after an IBAN.
 */
final class BankMatcher {
  private BankMatcher() {}

  static void find(Scan scan) {
    if (scan.digits >= 12 && scan.letters >= 2) {
      findIbans(scan);
    }
    if (scan.uppers >= 6) {
      findBics(scan);
    }
  }

  private static void findIbans(Scan scan) {
    CharSequence s = scan.s;
    for (int i = 0; i + 4 < scan.n; i++) {
      if (!Chars.isAsciiLetter(s.charAt(i)) || !Chars.isAsciiLetter(s.charAt(i + 1))
          || !Chars.isDigit(s.charAt(i + 2)) || !Chars.isDigit(s.charAt(i + 3)) || scan.isLetterOrDigitAt(i - 1)) {
        continue;
      }
      int length = ibanLength(Character.toUpperCase(s.charAt(i)), Character.toUpperCase(s.charAt(i + 1)));
      if (length == 0) {
        continue;
      }
      int end = matchIban(scan, i, length);
      if (end > 0) {
        scan.found(FindingKind.IBAN, i, end);
        i = end - 1;
      }
    }
  }

  /** Reads {@code length} alphanumerics from {@code start} (single spaces allowed), checks mod 97; end or -1. */
  private static int matchIban(Scan scan, int start, int length) {
    CharSequence s = scan.s;
    // Rearranged: BBAN first, then country code and check digits.
    int mod = 0;
    int count = 0;
    int p = start + 4;
    while (p < scan.n && count < length - 4) {
      char c = s.charAt(p);
      if (Chars.isDigit(c)) {
        mod = (mod * 10 + Chars.digit(c)) % 97;
      } else if (Chars.isAsciiLetter(c)) {
        mod = (mod * 100 + (Character.toUpperCase(c) - 'A' + 10)) % 97;
      } else if ((c == ' ' || c == '-' || c == '\u00a0') && p + 1 < scan.n && Chars.isLetterOrDigit(s.charAt(p + 1))) {
        p++;
        continue;
      } else {
        return -1;
      }
      count++;
      p++;
    }
    if (count < length - 4 || scan.isLetterOrDigitAt(p)) {
      return -1;
    }
    mod = (mod * 100 + (Character.toUpperCase(s.charAt(start)) - 'A' + 10)) % 97;
    mod = (mod * 100 + (Character.toUpperCase(s.charAt(start + 1)) - 'A' + 10)) % 97;
    mod = (mod * 10 + Chars.digit(s.charAt(start + 2))) % 97;
    mod = (mod * 10 + Chars.digit(s.charAt(start + 3))) % 97;
    return mod == 1 ? p : -1;
  }

  private static void findBics(Scan scan) {
    CharSequence s = scan.s;
    for (int i = 0; i + 8 <= scan.n; i++) {
      if (!Chars.isAsciiUpper(s.charAt(i)) || scan.isLetterOrDigitAt(i - 1) || scan.isClaimed(i)) {
        continue;
      }
      int end = i;
      while (end < scan.n && end - i < 12 && (Chars.isAsciiUpper(s.charAt(end)) || Chars.isDigit(s.charAt(end)))) {
        end++;
      }
      int length = end - i;
      if ((length != 8 && length != 11) || scan.isLetterOrDigitAt(end) || !bicShape(s, i)) {
        i = end;
        continue;
      }
      boolean context = scan.ctx.expectsBic() || scan.precededBy(i, 12, "bic", "swift")
          || afterIban(scan, i);
      if (context) {
        scan.found(FindingKind.BIC, i, end);
      }
      i = end;
    }
  }

  private static boolean bicShape(CharSequence s, int i) {
    for (int k = 0; k < 6; k++) {
      if (!Chars.isAsciiUpper(s.charAt(i + k))) {
        return false;
      }
    }
    return ibanLength(s.charAt(i + 4), s.charAt(i + 5)) > 0 || COUNTRIES_WITHOUT_IBAN.contains(s, i + 4, i + 6);
  }

  private static boolean afterIban(Scan scan, int pos) {
    for (int back = pos - 1; back >= 0 && back >= pos - 16; back--) {
      if (scan.isClaimed(back)) {
        return true;
      }
    }
    return false;
  }

  private static final Lexicon COUNTRIES_WITHOUT_IBAN = Lexicon.of("US", "CA", "JP", "CN", "AU", "IN", "SG", "HK");

  /** IBAN lengths by country: the SEPA area and neighbours French payments meet. 0 when unknown. */
  static int ibanLength(char a, char b) {
    return switch ("" + a + b) {
      case "FR", "MC", "IT", "SM", "GR" -> 27;
      case "DE", "GB", "IE", "BG", "BH" -> 22;
      case "BE" -> 16;
      case "ES", "CZ", "SK", "SE", "RO", "TN" -> 24;
      case "LU", "AT", "EE", "LT", "XK" -> 20;
      case "CH", "LI", "LV", "HR" -> 21;
      case "NL", "DK", "FI", "FO", "GL" -> 18;
      case "PT" -> 25;
      case "PL", "HU", "CY", "AL", "LB", "MA" -> 28;
      case "NO" -> 15;
      case "SI", "MK", "ME" -> 19;
      case "IS", "TR" -> 26;
      case "MT", "MU" -> 31;
      case "AD", "MD" -> 24;
      case "GI" -> 23;
      case "RS" -> 22;
      case "BA" -> 20;
      default -> 0;
    };
  }
}
