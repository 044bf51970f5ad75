package fr.socle.lakehouse.odsql;

import java.util.ArrayList;
import java.util.List;

/** Splits an ODSQL clause into tokens; refuses anything that is not part of the language (";", comments...). */
final class Lexer {
  static final int MAX_LENGTH = 10_000;

  private final String text;
  private int pos;

  private Lexer(String text) {
    this.text = text;
  }

  static List<Token> tokens(String text) {
    if (text.length() > MAX_LENGTH) {
      throw OdsqlException.syntax("expression too long (" + text.length() + " characters, at most " + MAX_LENGTH + ")");
    }
    return new Lexer(text).run();
  }

  private List<Token> run() {
    List<Token> tokens = new ArrayList<>();
    boolean glued = false;
    while (true) {
      int before = pos;
      while (pos < text.length() && isSpace(text.charAt(pos))) {
        pos++;
      }
      glued = pos == before && !tokens.isEmpty();
      if (pos >= text.length()) {
        tokens.add(new Token(Token.Type.END, "", text.length(), false));
        return tokens;
      }
      tokens.add(next(glued));
    }
  }

  private Token next(boolean glued) {
    int start = pos;
    char c = text.charAt(pos);
    if (c == '"' || c == '\'') {
      return new Token(Token.Type.STRING, quoted(c), start, glued);
    }
    if (c == '`') {
      return new Token(Token.Type.QUOTED_FIELD, quoted('`'), start, glued);
    }
    if (isDigit(c) || c == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1))
        && !(pos > 0 && text.charAt(pos - 1) == '.')) {
      return new Token(Token.Type.NUMBER, number(), start, glued);
    }
    if (Character.isLetter(c) || c == '_') {
      while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
        pos++;
      }
      return new Token(Token.Type.WORD, text.substring(start, pos), start, glued);
    }
    if (pos + 1 < text.length()) {
      String two = text.substring(pos, pos + 2);
      if (isTwoCharSymbol(two)) {
        pos += 2;
        return new Token(Token.Type.SYMBOL, two, start, glued);
      }
    }
    if ("(),*+-/=<>[]:".indexOf(c) >= 0) {
      pos++;
      return new Token(Token.Type.SYMBOL, String.valueOf(c), start, glued);
    }
    throw OdsqlException.syntax("unexpected " + printable(c) + " at position " + start + " in " + text);
  }

  private static boolean isTwoCharSymbol(String two) {
    return two.equals("!=") || two.equals("<>") || two.equals("<=") || two.equals(">=") || two.equals("..");
  }

  private String number() {
    int start = pos;
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
    // "1..5" is a range, not the number "1." followed by ".5"
    if (pos + 1 < text.length() && text.charAt(pos) == '.' && isDigit(text.charAt(pos + 1))) {
      pos++;
      while (pos < text.length() && isDigit(text.charAt(pos))) {
        pos++;
      }
    } else if (pos < text.length() && text.charAt(pos) == '.' && !(pos + 1 < text.length()
        && text.charAt(pos + 1) == '.')) {
      pos++;
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      int mark = pos;
      pos++;
      if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      if (pos < text.length() && isDigit(text.charAt(pos))) {
        while (pos < text.length() && isDigit(text.charAt(pos))) {
          pos++;
        }
      } else {
        pos = mark; // "10e" is not an exponent: leave the letters for a unit
      }
    }
    return text.substring(start, pos);
  }

  /** A quoted run with backslash escapes (JSON's for double quotes, which is how the JS client writes strings). */
  private String quoted(char quote) {
    int start = pos;
    pos++;
    StringBuilder value = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == quote) {
        return value.toString();
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      if (pos >= text.length()) {
        break;
      }
      char escaped = text.charAt(pos++);
      switch (escaped) {
        case 'n' -> value.append('\n');
        case 't' -> value.append('\t');
        case 'r' -> value.append('\r');
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'u' -> {
          if (pos + 4 > text.length()) {
            throw OdsqlException.syntax("invalid escape \\u at position " + (pos - 2) + " in " + text);
          }
          try {
            value.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException e) {
            throw OdsqlException.syntax("invalid escape \\u at position " + (pos - 2) + " in " + text);
          }
          pos += 4;
        }
        default -> value.append(escaped);
      }
    }
    throw OdsqlException.syntax("unterminated " + (quote == '`' ? "field name" : "string") + " starting at position "
        + start + " in " + text);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static String printable(char c) {
    return Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
  }
}
