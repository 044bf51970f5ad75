package fr.socle.policies.detection;

/** Web addresses are claimed whole: the digits and words of a URL are not phones or names. */
final class UrlMatcher {
  private UrlMatcher() {}

  static void claim(Scan scan) {
    if (scan.n < 8) {
      return;
    }
    for (int i = 0; i < scan.n; i++) {
      char c = scan.s.charAt(i);
      if (c != 'h' && c != 'H' && c != 'w' && c != 'W') {
        continue;
      }
      if (scan.isLetterOrDigitAt(i - 1)) {
        continue;
      }
      if (scan.regionMatchesFolded(i, "http://") || scan.regionMatchesFolded(i, "https://")
          || scan.regionMatchesFolded(i, "www.")) {
        int end = i;
        while (end < scan.n && !Chars.isSpace(scan.s.charAt(end))) {
          end++;
        }
        scan.claim(i, end);
        i = end;
      }
    }
  }
}
