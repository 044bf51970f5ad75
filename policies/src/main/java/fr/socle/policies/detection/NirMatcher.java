package fr.socle.policies.detection;

/**
 * The NIR (numéro de sécurité sociale): sex (1, 2; 7, 8 for temporary numbers), year, month (01-12, or 20 and above
 * when unknown), département (2A/2B for Corsica), commune, order, and a key {@code 97 - (number mod 97)}, computed with
 * 2A as 19 and 2B as 18. Written with or without separators. Without its key, 13 characters count only in a column
 * named for it.
 */
final class NirMatcher {
  private NirMatcher() {}

  static void find(Scan scan) {
    if (scan.digits < 13) {
      return;
    }
    CharSequence s = scan.s;
    for (int i = 0; i < scan.n; i++) {
      char c = s.charAt(i);
      if ((c != '1' && c != '2' && c != '7' && c != '8') || scan.isLetterOrDigitAt(i - 1) || scan.isClaimed(i)) {
        continue;
      }
      if (i >= 2 && Chars.isNumberSeparator(s.charAt(i - 1)) && scan.isDigitAt(i - 2)) {
        continue; // inside a longer number
      }
      int end = match(scan, i);
      if (end > 0) {
        i = end - 1;
      }
    }
  }

  private static int match(Scan scan, int start) {
    CharSequence s = scan.s;
    int n = scan.n;
    long number = 0;
    int count = 0;
    int month = 0;
    int p = start;
    int bodyEnd = -1;
    int key = -1;
    int keyDigits = 0;
    while (p < n && count < 15) {
      char c = s.charAt(p);
      int value;
      if (Chars.isDigit(c)) {
        value = Chars.digit(c);
      } else if (count == 6 && (c == 'A' || c == 'B' || c == 'a' || c == 'b') && s.charAt(p - 1) == '2') {
        value = -1; // Corsica, handled below
      } else if (count > 0 && Chars.isNumberSeparator(c) && p + 1 < n && Chars.isLetterOrDigit(s.charAt(p + 1))) {
        p++;
        continue;
      } else {
        break;
      }
      if (count < 13) {
        if (value < 0) {
          // "2A" → 19, "2B" → 18: the '2' already added becomes '1', this position the second digit.
          number = number - 2 + 1;
          value = (c == 'A' || c == 'a') ? 9 : 8;
        }
        number = number * 10 + value;
        if (count == 3 || count == 4) {
          month = month * 10 + value;
        }
        if (count == 12) {
          bodyEnd = p + 1;
        }
      } else {
        if (value < 0) {
          return -1;
        }
        key = keyDigits == 0 ? value : key * 10 + value;
        keyDigits++;
      }
      count++;
      p++;
    }
    if (count < 13 || !validMonth(month)) {
      return -1;
    }
    if (count == 15) {
      if (p < n && Chars.isLetterOrDigit(s.charAt(p))) {
        return -1;
      }
      if (97 - (number % 97) != key) {
        return -1;
      }
      scan.found(FindingKind.NIR, start, p);
      return p;
    }
    // 13 characters, no key: only in a column that says it holds NIRs.
    if (count == 13 && scan.ctx.expectsNir() && !scan.isLetterOrDigitAt(bodyEnd)) {
      scan.found(FindingKind.NIR, start, bodyEnd);
      return bodyEnd;
    }
    return -1;
  }

  private static boolean validMonth(int month) {
    return (month >= 1 && month <= 12) || (month >= 20 && month <= 42) || (month >= 50 && month <= 99);
  }
}
