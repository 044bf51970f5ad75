package fr.socle.policies.detection;

/**
 * Dates ({@code 12/03/1985}, {@code 12-03-1985}, {@code 12.03.1985}, {@code 1985-03-12}, {@code 12 mars 1985}). Every
 * date is claimed, so its digits are never read as a phone or a plate; it is a date of birth only in a column named
 * for it or after "né le", "née le", "date de naissance", "DDN".
 */
final class DateMatcher {
  private DateMatcher() {}

  static void find(Scan scan) {
    if (scan.digits < 4) {
      return;
    }
    CharSequence s = scan.s;
    for (int i = 0; i < scan.n; i++) {
      if (!Chars.isDigit(s.charAt(i)) || scan.isLetterOrDigitAt(i - 1) || scan.isClaimed(i)) {
        continue;
      }
      int end = numeric(scan, i);
      if (end < 0) {
        end = written(scan, i);
      }
      if (end < 0) {
        while (i + 1 < scan.n && Chars.isDigit(s.charAt(i + 1))) {
          i++;
        }
        continue;
      }
      if (scan.ctx.expectsBirthDate()
          || scan.precededBy(i, 28, "ne le", "nee le", "ne(e) le", "naissance", "ddn", "birth", "ne en", "nee en")) {
        scan.found(FindingKind.BIRTH_DATE, i, end);
      } else {
        scan.claim(i, end);
      }
      i = end - 1;
    }
  }

  /** dd/mm/yyyy, d/m/yy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd[Thh:mm...]. End or -1. */
  private static int numeric(Scan scan, int start) {
    CharSequence s = scan.s;
    int a = 0;
    int la = 0;
    int p = start;
    while (p < scan.n && Chars.isDigit(s.charAt(p)) && la < 5) {
      a = a * 10 + Chars.digit(s.charAt(p++));
      la++;
    }
    if (p >= scan.n) {
      return -1;
    }
    char sep = s.charAt(p);
    if (sep != '/' && sep != '-' && sep != '.') {
      return -1;
    }
    p++;
    int b = 0;
    int lb = 0;
    while (p < scan.n && Chars.isDigit(s.charAt(p)) && lb < 3) {
      b = b * 10 + Chars.digit(s.charAt(p++));
      lb++;
    }
    if (p >= scan.n || s.charAt(p) != sep) {
      return -1;
    }
    p++;
    int c = 0;
    int lc = 0;
    while (p < scan.n && Chars.isDigit(s.charAt(p)) && lc < 5) {
      c = c * 10 + Chars.digit(s.charAt(p++));
      lc++;
    }
    if (scan.isDigitAt(p)) {
      return -1;
    }
    boolean valid;
    if (la == 4 && lb <= 2 && lc <= 2 && lb > 0 && lc > 0) {
      valid = plausible(c, b, a);
    } else if (la <= 2 && lb <= 2 && (lc == 4 || (lc == 2 && sep == '/'))) {
      valid = plausible(a, b, lc == 4 ? c : 1900 + c);
    } else {
      valid = false;
    }
    if (!valid) {
      return -1;
    }
    // ISO date-time: the time belongs to the same value.
    if (la == 4 && p < scan.n && (s.charAt(p) == 'T' || s.charAt(p) == ' ') && scan.isDigitAt(p + 1)
        && p + 3 < scan.n && s.charAt(p + 3) == ':') {
      p += 1;
      while (p < scan.n && (Chars.isDigit(s.charAt(p)) || s.charAt(p) == ':' || s.charAt(p) == '.')) {
        p++;
      }
    }
    return p;
  }

  /** "12 mars 1985", "1er janvier 2001". End or -1. */
  private static int written(Scan scan, int start) {
    CharSequence s = scan.s;
    int p = start;
    int day = 0;
    while (p < scan.n && Chars.isDigit(s.charAt(p)) && p - start < 2) {
      day = day * 10 + Chars.digit(s.charAt(p++));
    }
    if (scan.regionMatchesFolded(p, "er")) {
      p += 2;
    }
    if (p >= scan.n || s.charAt(p) != ' ') {
      return -1;
    }
    p++;
    int monthStart = p;
    while (p < scan.n && Chars.isLetter(s.charAt(p))) {
      p++;
    }
    if (!MONTHS.contains(s, monthStart, p) || p >= scan.n || s.charAt(p) != ' ') {
      return -1;
    }
    p++;
    int year = 0;
    int yearStart = p;
    while (p < scan.n && Chars.isDigit(s.charAt(p)) && p - yearStart < 4) {
      year = year * 10 + Chars.digit(s.charAt(p++));
    }
    if (p - yearStart != 4 || scan.isDigitAt(p) || day < 1 || day > 31 || year < 1850 || year > 2150) {
      return -1;
    }
    return p;
  }

  private static boolean plausible(int day, int month, int year) {
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 && year >= 1850 && year <= 2150;
  }

  private static final Lexicon MONTHS = Lexicon.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
      "août", "septembre", "octobre", "novembre", "décembre", "janv", "fevr", "févr", "avr", "juil", "sept", "oct",
      "nov", "dec", "déc");
}
