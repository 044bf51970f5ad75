package fr.socle.policies.detection;

/** Character classes and the accent- and case-folding the matchers share. Nothing here allocates. */
final class Chars {
  private Chars() {}

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  static boolean isLetter(char c) {
    return c < 128 ? isAsciiLetter(c) : Character.isLetter(c);
  }

  static boolean isLetterOrDigit(char c) {
    return isDigit(c) || isLetter(c);
  }

  static boolean isUpper(char c) {
    return c < 128 ? isAsciiUpper(c) : Character.isUpperCase(c);
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\t' || c == '\n' || c == '\r';
  }

  /** Separators French writers put inside phone numbers, NIR, SIRET and IBAN. */
  static boolean isNumberSeparator(char c) {
    return c == ' ' || c == '.' || c == '-' || c == '\u00a0' || c == '\u202f' || c == '/';
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  static int digit(char c) {
    return c - '0';
  }

  /** Lower case without accents: what dictionaries are keyed on ({@code É} and {@code e} fold alike). */
  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return switch (c) {
      case 'à', 'á', 'â', 'ã', 'ä', 'å', 'À', 'Á', 'Â', 'Ã', 'Ä', 'Å' -> 'a';
      case 'ç', 'Ç' -> 'c';
      case 'è', 'é', 'ê', 'ë', 'È', 'É', 'Ê', 'Ë' -> 'e';
      case 'ì', 'í', 'î', 'ï', 'Ì', 'Í', 'Î', 'Ï' -> 'i';
      case 'ñ', 'Ñ' -> 'n';
      case 'ò', 'ó', 'ô', 'õ', 'ö', 'Ò', 'Ó', 'Ô', 'Õ', 'Ö' -> 'o';
      case 'ù', 'ú', 'û', 'ü', 'Ù', 'Ú', 'Û', 'Ü' -> 'u';
      case 'ý', 'ÿ', 'Ý' -> 'y';
      case '\u2019' -> '\'';
      default -> Character.toLowerCase(c);
    };
  }

  static String fold(CharSequence s) {
    StringBuilder folded = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      folded.append(fold(s.charAt(i)));
    }
    return folded.toString();
  }
}
