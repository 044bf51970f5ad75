package fr.socle.lakehouse.odsql;

/**
 * A lexical unit of ODSQL. {@code text} is the decoded content (a string without its quotes and escapes, a field
 * name without its backticks); {@code position} is the 0-based offset in the clause; {@code glued} says that no
 * space separates it from the previous token ({@code date'2024-01-01'}, {@code 10km}).
 */
record Token(Type type, String text, int position, boolean glued) {
  enum Type {
    WORD,
    QUOTED_FIELD,
    STRING,
    NUMBER,
    SYMBOL,
    END
  }

  boolean is(Type expected, String value) {
    return type == expected && text.equalsIgnoreCase(value);
  }

  boolean isSymbol(String value) {
    return type == Type.SYMBOL && text.equals(value);
  }

  boolean isKeyword(String value) {
    return type == Type.WORD && text.equalsIgnoreCase(value);
  }

  /** How the token reads in an error message. */
  String shown() {
    return switch (type) {
      case END -> "end of input";
      case STRING -> "\"" + text + "\"";
      case QUOTED_FIELD -> "`" + text + "`";
      default -> text;
    };
  }
}
