package fr.socle.policies.detection;

import java.util.Arrays;

/**
 * Words and numbers of a value, as index arrays (no substring). A word is a run of letters, with inner hyphens and
 * apostrophes ("Jean-Pierre", "d'Arc"). {@link #breakBefore} tells whether punctuation separates a token from the
 * previous one: a name or an address does not run across a comma (except the one after a house number).
 */
final class Tokens {
  static final byte WORD = 1;
  static final byte NUMBER = 2;

  private final CharSequence s;
  int count;
  int[] start;
  int[] end;
  byte[] type;
  /** The punctuation between this token and the previous one, or 0. */
  char[] breakBefore;
  /** {@link Vocabulary} flags of each word, looked up on first use. */
  private int[] classes;

  private Tokens(CharSequence s, int capacity) {
    this.s = s;
    this.start = new int[capacity];
    this.end = new int[capacity];
    this.type = new byte[capacity];
    this.breakBefore = new char[capacity];
  }

  static Tokens of(CharSequence s) {
    int n = s.length();
    Tokens tokens = new Tokens(s, n / 2 + 2); // at most one token per two characters
    char pending = 0;
    int i = 0;
    while (i < n && tokens.count < tokens.start.length) {
      char c = s.charAt(i);
      if (Chars.isDigit(c)) {
        int from = i;
        while (i < n && Chars.isDigit(s.charAt(i))) {
          i++;
        }
        tokens.add(from, i, NUMBER, pending);
        pending = 0;
      } else if (Chars.isLetter(c)) {
        int from = i;
        i++;
        while (i < n) {
          char ch = s.charAt(i);
          if (Chars.isLetter(ch)) {
            i++;
          } else if ((ch == '-' || Chars.isApostrophe(ch)) && i + 1 < n && Chars.isLetter(s.charAt(i + 1))) {
            i += 2;
          } else {
            break;
          }
        }
        tokens.add(from, i, WORD, pending);
        pending = 0;
      } else {
        if (!Chars.isSpace(c) && !(c == '.' && tokens.isAbbreviationBefore(i)) && c != '°' && c != '\'' && c != '’') {
          pending = pending == 0 ? c : pending;
        }
        i++;
      }
    }
    return tokens;
  }

  private void add(int from, int to, byte kind, char pending) {
    start[count] = from;
    end[count] = to;
    type[count] = kind;
    breakBefore[count] = pending;
    count++;
  }

  /** A dot after "M", "Mme", "St", "av", "J" abbreviates; after a longer word it ends a sentence. */
  private boolean isAbbreviationBefore(int dot) {
    if (count == 0 || end[count - 1] != dot || type[count - 1] != WORD) {
      return false;
    }
    int length = end[count - 1] - start[count - 1];
    return length == 1 || ABBREVIATIONS.contains(s, start[count - 1], end[count - 1]);
  }

  boolean isWord(int t) {
    return t >= 0 && t < count && type[t] == WORD;
  }

  boolean isNumber(int t) {
    return t >= 0 && t < count && type[t] == NUMBER;
  }

  int length(int t) {
    return end[t] - start[t];
  }

  /** Whether word {@code t} has the {@link Vocabulary} flag. */
  boolean is(int t, int flag) {
    if (t < 0 || t >= count || type[t] != WORD) {
      return false;
    }
    if (classes == null) {
      classes = new int[count];
      Arrays.fill(classes, -1);
    }
    if (classes[t] < 0) {
      int found = Vocabulary.classes(s, start[t], end[t]);
      int elided = found == 0 ? elision(start[t], end[t]) : -1;
      // "l'avenue", "d'école", "qu'au": the word after an elided article is classified like the word itself.
      classes[t] = elided > 0 ? Vocabulary.classes(s, elided, end[t]) : found;
    }
    return (classes[t] & flag) != 0;
  }

  /** Where the word starts after an elided article or pronoun ("l'", "d'", "qu'"...), or -1. */
  private int elision(int from, int to) {
    int apostrophe = -1;
    for (int i = from; i < Math.min(to, from + 3); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '’') {
        apostrophe = i;
        break;
      }
    }
    if (apostrophe < 0 || to - apostrophe < 3) {
      return -1;
    }
    String article = s.subSequence(from, apostrophe).toString().toLowerCase(java.util.Locale.ROOT);
    return switch (article) {
      case "l", "d", "qu", "j", "m", "n", "s", "t", "c", "jusqu", "lorsqu", "puisqu" -> apostrophe + 1;
      default -> -1;
    };
  }

  boolean isCapitalised(int t) {
    return Chars.isUpper(s.charAt(start[t]));
  }

  boolean isAllCaps(int t) {
    if (length(t) < 2) {
      return false;
    }
    for (int i = start[t]; i < end[t]; i++) {
      char c = s.charAt(i);
      if (Chars.isLetter(c) && !Chars.isUpper(c)) {
        return false;
      }
    }
    return true;
  }

  boolean isLowerCase(int t) {
    return !Chars.isUpper(s.charAt(start[t]));
  }

  /** Whether the character right after the token is a dot ("M." "J."). */
  boolean dotAfter(int t) {
    return end[t] < s.length() && s.charAt(end[t]) == '.';
  }

  private static final Lexicon ABBREVIATIONS = Lexicon.of(
      "m", "mm", "mme", "mmes", "mlle", "mlles", "melle", "dr", "pr", "me", "st", "ste", "av", "ave", "bd", "bld", "pl",
      "ch", "imp", "all", "rte", "fg", "fbg", "sq", "res", "bat", "r", "n", "no", "cf", "etc", "tel", "tél", "qu",
      "prof", "mgr", "gal", "gen", "cdt", "lt", "cpt", "col", "mal", "pdt");
}
