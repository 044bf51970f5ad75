package fr.socle.policies.detection;

/**
 * Postal addresses at house level: a number (12, 12 bis, 12B, 12-14), a voie type, a name, optionally followed by a
 * postcode and a commune. A street name alone ("rue Victor Hugo") or a commune with its postcode ("69003 Lyon") does
 * not locate a person and is not reported; the postcode and commune are claimed, so the digits are nothing else.
 * In a facility-contact column the address is a public facility's.
 */
final class AddressMatcher {
  private AddressMatcher() {}

  static void find(Scan scan) {
    if (scan.digits < 1 || scan.letters < 3) {
      return;
    }
    Tokens t = scan.tokens();
    for (int i = 0; i < t.count; i++) {
      if (!t.isNumber(i) || scan.isClaimed(t.start[i])) {
        continue;
      }
      int streetEnd = street(scan, t, i);
      if (streetEnd > i) {
        int last = streetEnd;
        int postcode = postcode(scan, t, streetEnd + 1, 2);
        if (postcode > streetEnd) {
          last = postcode;
        }
        FindingKind kind = scan.ctx.isFacilityContact() ? FindingKind.FACILITY_ADDRESS : FindingKind.POSTAL_ADDRESS;
        scan.found(kind, t.start[i], t.end[last]);
        i = last;
        continue;
      }
      int commune = postcode(scan, t, i, 0);
      if (commune > i) {
        scan.claim(t.start[i], t.end[commune]);
        i = commune;
      }
    }
  }

  /** Number [suffix] [,] voie name...: the last token of the street, or -1. */
  private static int street(Scan scan, Tokens t, int number) {
    if (t.length(number) > 4 || scan.isDigitAt(t.start[number] - 2) && t.breakBefore[number] != ',') {
      return -1;
    }
    int j = number + 1;
    if (t.isWord(j) && t.start[j] == t.end[number] && t.length(j) == 1) {
      j++; // 12B
    } else if (t.isWord(j) && t.is(j, Vocabulary.HOUSE_NUMBER_SUFFIX)) {
      j++; // 12 bis
    }
    if (!t.isWord(j) || (t.breakBefore[j] != 0 && t.breakBefore[j] != ',')) {
      return -1;
    }
    boolean strict = t.is(j, Vocabulary.VOIE);
    boolean ambiguous = !strict && t.is(j, Vocabulary.AMBIGUOUS_VOIE);
    if (!strict && !ambiguous) {
      return -1;
    }
    int name = j + 1;
    while (t.isWord(name) && t.breakBefore[name] == 0 && t.is(name, Vocabulary.PARTICLE) && t.isLowerCase(name)) {
      name++;
    }
    if (t.isNumber(name) && name > j + 1 && t.isWord(name + 1) && t.isCapitalised(name + 1)) {
      name++; // "rue du 8 Mai 1945", "place du 11 Novembre"
    }
    if (!t.isWord(name) || t.breakBefore[name] != 0) {
      return -1;
    }
    if (ambiguous && !capitalisedAfterElision(scan.s, t, name)) {
      return -1;
    }
    // The name runs to the next punctuation or end, at most six tokens; a number ends it unless it is a year
    // ("du 8 Mai 1945") rather than a postcode.
    int last = name;
    while (last + 1 < t.count && last - name < 6 && t.breakBefore[last + 1] == 0
        && (t.isWord(last + 1) || t.isNumber(last + 1) && t.length(last + 1) == 4)) {
      last++;
    }
    return last;
  }

  /** "Victor", and "l'Église", "d'Alsace" (capital after the elided article). */
  private static boolean capitalisedAfterElision(CharSequence s, Tokens t, int i) {
    if (t.isCapitalised(i)) {
      return true;
    }
    int start = t.start[i];
    return t.length(i) > 2 && Chars.isApostrophe(s.charAt(start + 1)) && Chars.isUpper(s.charAt(start + 2));
  }

  /** Five-digit postcode followed by a capitalised commune name: the commune's last token, or -1. */
  private static int postcode(Scan scan, Tokens t, int from, int lookahead) {
    for (int k = from; k < t.count && k <= from + lookahead; k++) {
      if (!t.isNumber(k)) {
        continue;
      }
      if (t.length(k) != 5 || !validPostcode(scan.s, t.start[k])) {
        return -1;
      }
      int commune = k + 1;
      if (!t.isWord(commune) || !t.isCapitalised(commune) || t.breakBefore[commune] != 0
          || t.is(commune, Vocabulary.NOT_COMMUNE)) {
        return -1;
      }
      int last = commune;
      while (last + 1 < t.count && last - commune < 4 && t.isWord(last + 1) && t.breakBefore[last + 1] == 0
          && (t.isCapitalised(last + 1) || t.is(last + 1, Vocabulary.PARTICLE))) {
        last++;
      }
      return last;
    }
    return -1;
  }

  private static boolean validPostcode(CharSequence s, int start) {
    int dept = Chars.digit(s.charAt(start)) * 10 + Chars.digit(s.charAt(start + 1));
    return dept >= 1 && dept <= 98;
  }
}
