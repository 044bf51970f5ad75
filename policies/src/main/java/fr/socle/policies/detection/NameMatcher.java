package fr.socle.policies.detection;

/**
 * Names of people. The INSEE first-name lists find first names; surnames have no list, so they are recognised by
 * shape and position: a capitalised or upper-case word next to a first name ("Jean Dupont", "DUPONT Jean"), after a
 * civil title ("Mme Martin", but not "M. le Maire") or an initial ("J. Dupont"), or, in a column whose name says it
 * holds surnames, a value made of such words alone. A name preceded by a place, facility or organisation word in
 * the same clause belongs to that place ("Gymnase Jean Moulin", "rue Victor Hugo", "Association Les Amis de
 * Victor Hugo") and is not a person.
 */
final class NameMatcher {
  private static final int LOOKBACK = 6;
  /** Words that cannot be a surname: function words, places, titles, voies, "Saint-Jean". */
  private static final int NOT_SURNAME_SHAPE = Vocabulary.NOT_SURNAME | Vocabulary.PLACE | Vocabulary.TITLE
      | Vocabulary.VOIE | Vocabulary.PLACE_COMPOUND;

  private NameMatcher() {}

  static void find(Scan scan) {
    if (scan.uppers == 0 && !scan.ctx.expectsFirstName() && !scan.ctx.expectsPersonName()) {
      return;
    }
    if (scan.letters < 2) {
      return;
    }
    Tokens t = scan.tokens();
    if (wholeValue(scan, t)) {
      return;
    }
    if (lowerCaseName(scan, t)) {
      return;
    }
    boolean place = scan.ctx.namesPlace();
    for (int i = 0; i < t.count; i++) {
      if (!t.isWord(i) || scan.isClaimed(t.start[i])) {
        continue;
      }
      int end = title(scan, t, i);
      if (end < 0 && !place) {
        end = firstNameThenSurname(scan, t, i);
        if (end < 0) {
          end = surnameThenFirstName(scan, t, i);
        }
        if (end < 0) {
          end = initialThenSurname(scan, t, i);
        }
        if (end < 0) {
          end = surnameThenInitial(scan, t, i);
        }
      }
      if (end >= 0 && !inPlaceName(scan, t, i)) {
        scan.found(FindingKind.PERSON_NAME, t.start[i], t.end[end]);
        i = end;
      }
    }
  }

  /**
   * A value that is only a first name (FIRST_NAME), or only surname-shaped words in a surname column (PERSON_NAME).
   * Returns whether the value was decided.
   */
  private static boolean wholeValue(Scan scan, Tokens t) {
    if (t.count == 0 || t.count > 4 || scan.digits > 0) {
      return false;
    }
    boolean allFirstNames = true;
    boolean allSurnameShaped = true;
    for (int i = 0; i < t.count; i++) {
      if (!t.isWord(i) || (i > 0 && t.breakBefore[i] != 0 && t.breakBefore[i] != '-')) {
        return false;
      }
      boolean firstName = t.is(i, Vocabulary.FIRST_NAME)
          && (t.isCapitalised(i) || scan.ctx.expectsFirstName());
      allFirstNames &= firstName;
      boolean particle = t.is(i, Vocabulary.PARTICLE) && (i > 0 || t.count > 1);
      allSurnameShaped &= surnameShaped(scan, t, i) || particle || firstName;
    }
    if (scan.ctx.expectsSurname() && allSurnameShaped && !allFirstNamesOnly(scan, t, allFirstNames)) {
      scan.found(FindingKind.PERSON_NAME, t.start[0], t.end[t.count - 1]);
      return true;
    }
    if (allFirstNames && t.count <= 2 && !scan.ctx.namesPlace()) {
      if (t.count == 2 && !scan.ctx.expectsFirstName()) {
        return false; // "Marie Laurent": two first names may be a full name, decided below
      }
      scan.found(FindingKind.FIRST_NAME, t.start[0], t.end[t.count - 1]);
      return true;
    }
    return false;
  }

  private static boolean allFirstNamesOnly(Scan scan, Tokens t, boolean allFirstNames) {
    // In a "nom_prenom" column "Jean" alone is still a first name; in a "nom" column "Martin" is a surname.
    return allFirstNames && t.count == 1 && scan.ctx.expectsFirstName() && !scan.ctx.expectsSurname();
  }

  /** "M. Dupont", "Mme Marie Durand", "Monsieur DUPONT Jean", "Madame Le Goff"; not "M. le Maire". */
  private static int title(Scan scan, Tokens t, int i) {
    if (!t.is(i, Vocabulary.TITLE) || !t.isCapitalised(i)) {
      return -1;
    }
    if (t.length(i) <= 2 && !t.dotAfter(i) && !t.is(i, Vocabulary.TITLE_WITHOUT_DOT)) {
      return -1;
    }
    int j = i + 1;
    if (!t.isWord(j) || (t.breakBefore[j] != 0)) {
      return -1;
    }
    if (t.isLowerCase(j)) {
      return -1; // "M. le Maire", "Madame la Présidente"
    }
    if (t.is(j, Vocabulary.PARTICLE) && t.isWord(j + 1) && t.isCapitalised(j + 1) && t.breakBefore[j + 1] == 0
        && surnameShaped(scan, t, j + 1)) {
      j++; // "M. Le Goff", "Mme De Smet"
    }
    if (!surnameShaped(scan, t, j) && !isFirstName(scan, t, j)) {
      return -1;
    }
    return extend(scan, t, j);
  }

  /** "Jean Dupont", "Marie-Claire DURAND", "Charles de Gaulle", "JEAN DUPONT". */
  private static int firstNameThenSurname(Scan scan, Tokens t, int i) {
    if (!isFirstName(scan, t, i)) {
      return -1;
    }
    int j = i + 1;
    while (t.isWord(j) && t.breakBefore[j] == 0 && t.is(j, Vocabulary.PARTICLE) && j - i <= 2
        && t.isWord(j + 1) && t.isCapitalised(j + 1)) {
      j++;
    }
    if (!t.isWord(j) || t.breakBefore[j] != 0 || !surnameShaped(scan, t, j)) {
      return -1;
    }
    return extend(scan, t, j);
  }

  /**
   * "DUPONT Jean"; "Dupont Marie" only in a column of names: capitalised, it is as often "Crêpe Suzette" or
   * "Renault Clio".
   */
  private static int surnameThenFirstName(Scan scan, Tokens t, int i) {
    if (!surnameShaped(scan, t, i) || isFirstName(scan, t, i)) {
      return -1;
    }
    boolean clauseStart = i == 0 || t.breakBefore[i] != 0;
    if (!t.isAllCaps(i) && !(clauseStart && scan.ctx.expectsSurname())) {
      return -1;
    }
    int j = i + 1;
    if (!t.isWord(j) || t.breakBefore[j] != 0 || !isFirstName(scan, t, j)) {
      return -1;
    }
    if (t.isAllCaps(i) && t.isAllCaps(j) && !clauseStart) {
      return -1;
    }
    return j;
  }

  /** "DUPONT J.", "LE GOFF M.". */
  private static int surnameThenInitial(Scan scan, Tokens t, int i) {
    if (!t.isAllCaps(i) || !surnameShaped(scan, t, i) || t.length(i) < 3) {
      return -1;
    }
    int j = i + 1;
    if (!t.isWord(j) || t.length(j) != 1 || !t.isCapitalised(j) || !t.dotAfter(j) || t.breakBefore[j] != 0) {
      return -1;
    }
    return j;
  }

  /**
   * "jean dupont", "dupont jean" typed in lower case, in a column about people: two to four words, one of them
   * (first or last) a first name, none a function, place or organisation word.
   */
  private static boolean lowerCaseName(Scan scan, Tokens t) {
    if (!scan.ctx.expectsPersonName() || t.count < 2 || t.count > 4 || scan.digits > 0 || scan.uppers > 0) {
      return false;
    }
    for (int i = 0; i < t.count; i++) {
      if (!t.isWord(i) || (i > 0 && t.breakBefore[i] != 0) || t.length(i) < 2
          || (t.is(i, Vocabulary.NOT_SURNAME) && !t.is(i, Vocabulary.PARTICLE)) || t.is(i, Vocabulary.PLACE)) {
        return false;
      }
    }
    int last = t.count - 1;
    if (!t.is(0, Vocabulary.FIRST_NAME) && !t.is(last, Vocabulary.FIRST_NAME)) {
      return false;
    }
    scan.found(FindingKind.PERSON_NAME, t.start[0], t.end[last]);
    return true;
  }

  /** "J. Dupont", "J. DUPONT". */
  private static int initialThenSurname(Scan scan, Tokens t, int i) {
    if (t.length(i) != 1 || !t.isCapitalised(i) || !t.dotAfter(i)) {
      return -1;
    }
    int j = i + 1;
    if (!t.isWord(j) || t.length(j) < 3 || !surnameShaped(scan, t, j)) {
      return -1;
    }
    return j;
  }

  /** A second surname word or a trailing first name: "Jean Dupont Martin", "Mme DURAND Marie". */
  private static int extend(Scan scan, Tokens t, int j) {
    int k = j + 1;
    if (t.isWord(k) && t.breakBefore[k] == 0 && (t.isAllCaps(k) && surnameShaped(scan, t, k)
        || t.isAllCaps(j) && isFirstName(scan, t, k))) {
      return k;
    }
    return j;
  }

  private static boolean isFirstName(Scan scan, Tokens t, int i) {
    return t.isWord(i) && t.isCapitalised(i) && t.is(i, Vocabulary.FIRST_NAME)
        && !scan.isClaimed(t.start[i]);
  }

  /** Capitalised or upper case, letters only, not a function word, title, place or organisation word. */
  static boolean surnameShaped(Scan scan, Tokens t, int i) {
    if (!t.isWord(i) || !t.isCapitalised(i) || t.length(i) < 2 || scan.isClaimed(t.start[i])) {
      return false;
    }
    return !t.is(i, NOT_SURNAME_SHAPE);
  }

  /** Whether a place, facility or organisation word comes before token {@code i} in the same clause. */
  private static boolean inPlaceName(Scan scan, Tokens t, int i) {
    for (int k = i - 1; k >= 0 && k >= i - LOOKBACK; k--) {
      if (t.breakBefore[k + 1] != 0 && t.breakBefore[k + 1] != '-' && t.breakBefore[k + 1] != '"') {
        return false;
      }
      if (t.is(k, Vocabulary.PLACE | Vocabulary.VOIE | Vocabulary.AMBIGUOUS_VOIE)) {
        return true;
      }
    }
    return false;
  }
}
