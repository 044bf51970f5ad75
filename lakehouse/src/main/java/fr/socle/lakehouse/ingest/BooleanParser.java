package fr.socle.lakehouse.ingest;

/** Reads oui/non, vrai/faux, true/false (any case), without allocating. */
final class BooleanParser {
  static final int TRUE = 1;
  static final int FALSE = 0;
  static final int NOT_A_BOOLEAN = -1;

  private static final char[][] TRUE_WORDS = {"oui".toCharArray(), "vrai".toCharArray(), "true".toCharArray()};
  private static final char[][] FALSE_WORDS = {"non".toCharArray(), "faux".toCharArray(), "false".toCharArray()};

  private BooleanParser() {}

  static int parse(char[] buf, int offset, int length) {
    int end = offset + length;
    while (offset < end && buf[offset] == ' ') {
      offset++;
    }
    while (end > offset && buf[end - 1] == ' ') {
      end--;
    }
    for (char[] word : TRUE_WORDS) {
      if (matches(word, buf, offset, end)) {
        return TRUE;
      }
    }
    for (char[] word : FALSE_WORDS) {
      if (matches(word, buf, offset, end)) {
        return FALSE;
      }
    }
    return NOT_A_BOOLEAN;
  }

  private static boolean matches(char[] word, char[] buf, int offset, int end) {
    if (end - offset != word.length) {
      return false;
    }
    for (int i = 0; i < word.length; i++) {
      if (Character.toLowerCase(buf[offset + i]) != word[i]) {
        return false;
      }
    }
    return true;
  }
}
