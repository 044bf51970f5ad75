package fr.socle.lakehouse.odsql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A recursive-descent parser of ODSQL clauses. Precedence, loosest first: {@code or}, {@code and}, {@code not},
 * predicates ({@code = != <> < <= > >=}, {@code :}, {@code in}, {@code like},
 * {@code is [not] null|true|false}), {@code + -}, {@code * /},
 * unary minus, then literals, fields, calls and parentheses. Keywords are case-insensitive.
 */
public final class OdsqlParser {
  private static final int MAX_DEPTH = 64;
  private static final Set<String> RESERVED =
      Set.of("and", "or", "not", "in", "like", "is", "null", "true", "false", "as", "asc", "desc");
  private static final Set<String> UNITS = Set.of("m", "km", "mi", "yd", "ft", "cm", "mm");
  private static final Set<String> INTERVAL_WORDS = Set.of("millisecond", "milliseconds", "second", "seconds",
      "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "quarter", "quarters",
      "year", "years");

  private final String text;
  private final List<Token> tokens;
  private int index;
  private int depth;

  private OdsqlParser(String text) {
    this.text = text;
    this.tokens = Lexer.tokens(text);
  }

  /** A {@code where} clause (also a {@code q}): a boolean expression. */
  public static Expr where(String text) {
    return parse("where", () -> {
      OdsqlParser parser = new OdsqlParser(text);
      Expr expr = parser.or();
      parser.expectEnd();
      return expr;
    });
  }

  public static List<SelectItem> select(String text) {
    return parse("select", () -> new OdsqlParser(text).items(true));
  }

  public static List<SelectItem> groupBy(String text) {
    return parse("group_by", () -> new OdsqlParser(text).items(false));
  }

  public static List<OrderItem> orderBy(String text) {
    return parse("order_by", () -> new OdsqlParser(text).orderItems());
  }

  private static <T> T parse(String clause, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (OdsqlException e) {
      throw e.in(clause);
    }
  }

  private List<SelectItem> items(boolean allowStar) {
    List<SelectItem> items = new ArrayList<>();
    do {
      int start = peek().position();
      if (allowStar && peek().isSymbol("*")) {
        next();
        items.add(new SelectItem(new Expr.Star(), null, "*"));
        continue;
      }
      Expr expr = or();
      int end = previousEnd();
      String alias = null;
      if (peek().isKeyword("as")) {
        next();
        Token name = next();
        if (name.type() != Token.Type.WORD && name.type() != Token.Type.QUOTED_FIELD
            || name.type() == Token.Type.WORD && RESERVED.contains(name.text().toLowerCase(java.util.Locale.ROOT))) {
          throw unexpected(name);
        }
        if (name.text().isBlank() || name.text().length() > 128) {
          throw OdsqlException.syntax("invalid alias at position " + name.position() + " in " + text);
        }
        alias = name.text();
      }
      String key = alias != null ? alias
          : expr instanceof Expr.FieldRef field ? field.name() : text.substring(start, end).strip();
      items.add(new SelectItem(expr, alias, key));
    } while (accept(","));
    expectEnd();
    return items;
  }

  private List<OrderItem> orderItems() {
    List<OrderItem> items = new ArrayList<>();
    do {
      Expr expr = or();
      boolean descending = false;
      if (peek().isKeyword("desc")) {
        next();
        descending = true;
      } else if (peek().isKeyword("asc")) {
        next();
      }
      items.add(new OrderItem(expr, descending));
    } while (accept(","));
    expectEnd();
    return items;
  }

  private Expr or() {
    enter();
    List<Expr> operands = new ArrayList<>();
    operands.add(and());
    while (peek().isKeyword("or")) {
      next();
      operands.add(and());
    }
    depth--;
    return operands.size() == 1 ? operands.getFirst() : new Expr.Logical(false, operands);
  }

  private Expr and() {
    List<Expr> operands = new ArrayList<>();
    operands.add(not());
    while (peek().isKeyword("and")) {
      next();
      operands.add(not());
    }
    return operands.size() == 1 ? operands.getFirst() : new Expr.Logical(true, operands);
  }

  private Expr not() {
    if (peek().isKeyword("not")) {
      next();
      enter();
      Expr operand = not();
      depth--;
      return new Expr.Not(operand);
    }
    return predicate();
  }

  private Expr predicate() {
    Expr left = additive();
    Token token = peek();
    if (token.type() == Token.Type.SYMBOL) {
      String operator = switch (token.text()) {
        case "=", "!=", "<", "<=", ">", ">=" -> token.text();
        case "<>" -> "!=";
        default -> null;
      };
      if (operator != null) {
        next();
        return new Expr.Compare(left, operator, additive());
      }
      // Opendatasoft's exact query: field:value, or field:[low..high] for a range
      if (token.isSymbol(":")) {
        next();
        if (peek().isSymbol("[") || peek().isSymbol("]")) {
          return inTail(left);
        }
        return new Expr.Compare(left, "=", additive());
      }
    }
    boolean negated = false;
    if (token.isKeyword("not") && (peekAt(1).isKeyword("in") || peekAt(1).isKeyword("like"))) {
      next();
      negated = true;
      token = peek();
    }
    if (token.isKeyword("in")) {
      next();
      Expr in = inTail(left);
      return negated ? new Expr.Not(in) : in;
    }
    if (token.isKeyword("like")) {
      next();
      Expr like = new Expr.Like(left, additive());
      return negated ? new Expr.Not(like) : like;
    }
    if (token.isKeyword("is")) {
      next();
      boolean not = false;
      if (peek().isKeyword("not")) {
        next();
        not = true;
      }
      if (peek().isKeyword("true") || peek().isKeyword("false")) {
        // x is true: x = true; x is not true: anything else, null included
        Expr.Bool value = new Expr.Bool(next().isKeyword("true"));
        return not ? new Expr.Logical(false, List.of(new Expr.Compare(left, "!=", value), new Expr.IsNull(left, false)))
            : new Expr.Compare(left, "=", value);
      }
      expectKeyword("null");
      return new Expr.IsNull(left, not);
    }
    return left;
  }

  /** {@code (a, b, c)}, or a range {@code [low..high]} whose outward brackets exclude the bound. */
  private Expr inTail(Expr operand) {
    Token open = next();
    if (open.isSymbol("(")) {
      List<Expr> values = new ArrayList<>();
      if (!peek().isSymbol(")")) {
        do {
          values.add(additive());
        } while (accept(","));
      }
      expectSymbol(")");
      return new Expr.In(operand, values);
    }
    if (open.isSymbol("[") || open.isSymbol("]")) {
      boolean lowIncluded = open.isSymbol("[");
      Expr low = additive();
      if (!accept("..")) {
        expectKeyword("to");
      }
      Expr high = additive();
      Token close = next();
      if (!close.isSymbol("]") && !close.isSymbol("[")) {
        throw unexpected(close);
      }
      return new Expr.InRange(operand, low, lowIncluded, high, close.isSymbol("]"));
    }
    throw unexpected(open);
  }

  private Expr additive() {
    Expr left = multiplicative();
    while (peek().isSymbol("+") || peek().isSymbol("-")) {
      char operator = next().text().charAt(0);
      left = new Expr.Arithmetic(left, operator, multiplicative());
    }
    return left;
  }

  private Expr multiplicative() {
    Expr left = unary();
    while (peek().isSymbol("*") || peek().isSymbol("/")) {
      char operator = next().text().charAt(0);
      left = new Expr.Arithmetic(left, operator, unary());
    }
    return left;
  }

  private Expr unary() {
    if (peek().isSymbol("-")) {
      next();
      enter();
      Expr operand = unary();
      depth--;
      if (operand instanceof Expr.Number number) {
        return new Expr.Number(number.value().negate());
      }
      return new Expr.Negate(operand);
    }
    return primary();
  }

  private Expr primary() {
    Token token = next();
    switch (token.type()) {
      case STRING -> {
        return new Expr.Text(token.text());
      }
      case QUOTED_FIELD -> {
        return new Expr.FieldRef(token.text());
      }
      case NUMBER -> {
        BigDecimal value = number(token);
        Token unit = peek();
        if (unit.type() == Token.Type.WORD && unit.glued() && !unit.text().equals("M")
            && UNITS.contains(unit.text().toLowerCase(java.util.Locale.ROOT))) {
          next();
          return new Expr.Distance(value, unit.text());
        }
        if (unit.type() == Token.Type.WORD && isIntervalUnit(unit.text())) {
          next();
          return new Expr.Interval(value, unit.text());
        }
        return new Expr.Number(value);
      }
      case SYMBOL -> {
        if (token.isSymbol("(")) {
          Expr inner = or();
          expectSymbol(")");
          return inner;
        }
        throw unexpected(token);
      }
      case WORD -> {
        return word(token);
      }
      default -> throw unexpected(token);
    }
  }

  private Expr word(Token token) {
    String lower = token.text().toLowerCase(java.util.Locale.ROOT);
    Token following = peek();
    if (following.type() == Token.Type.STRING && following.glued()) {
      if (lower.equals("date")) {
        next();
        return new Expr.DateLiteral(following.text());
      }
      if (lower.equals("geom")) {
        next();
        return new Expr.GeomLiteral(following.text());
      }
      throw unexpected(following);
    }
    switch (lower) {
      case "true" -> {
        return new Expr.Bool(true);
      }
      case "false" -> {
        return new Expr.Bool(false);
      }
      case "null" -> {
        return new Expr.Null();
      }
      default -> {
        if (RESERVED.contains(lower)) {
          throw unexpected(token);
        }
      }
    }
    if (following.isSymbol("(")) {
      next();
      enter();
      List<Expr> arguments = new ArrayList<>();
      if (!peek().isSymbol(")")) {
        do {
          if (peek().isSymbol("*") && (peekAt(1).isSymbol(")") || peekAt(1).isSymbol(","))) {
            next();
            arguments.add(new Expr.Star());
          } else if ((lower.equals("include") || lower.equals("exclude")) && peekAt(1).isSymbol("*")
              && peekAt(1).glued() && peekAt(2).isSymbol(")")
              && (peek().type() == Token.Type.WORD || peek().type() == Token.Type.QUOTED_FIELD)) {
            // include(pop*): the fields whose names begin with pop
            arguments.add(new Expr.FieldRef(next().text() + "*"));
            next();
          } else {
            arguments.add(or());
          }
        } while (accept(","));
      }
      expectSymbol(")");
      depth--;
      return new Expr.Call(lower, arguments);
    }
    return new Expr.FieldRef(token.text());
  }

  /** Opendatasoft's interval units (single letters are case-sensitive: {@code m} a minute, {@code M} a month). */
  static boolean isIntervalUnit(String text) {
    return switch (text) {
      case "ms", "s", "m", "h", "d", "w", "M", "q", "y" -> true;
      default -> INTERVAL_WORDS.contains(text.toLowerCase(java.util.Locale.ROOT));
    };
  }

  private BigDecimal number(Token token) {
    try {
      BigDecimal value = new BigDecimal(token.text());
      if (value.precision() > 38 || Math.abs(value.scale()) > 38) {
        throw OdsqlException.syntax("number out of range at position " + token.position() + " in " + text);
      }
      return value;
    } catch (NumberFormatException e) {
      throw OdsqlException.syntax("invalid number at position " + token.position() + " in " + text);
    }
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw OdsqlException.syntax("expression nested too deeply (more than " + MAX_DEPTH + " levels)");
    }
  }

  private Token peek() {
    return tokens.get(index);
  }

  private Token peekAt(int ahead) {
    return tokens.get(Math.min(index + ahead, tokens.size() - 1));
  }

  private Token next() {
    Token token = tokens.get(index);
    if (token.type() != Token.Type.END) {
      index++;
    }
    return token;
  }

  /** Where the last consumed token ends, to cut the text of a select item. */
  private int previousEnd() {
    Token next = peek();
    int end = next.position();
    return Math.min(end, text.length());
  }

  private boolean accept(String symbol) {
    if (peek().isSymbol(symbol)) {
      next();
      return true;
    }
    return false;
  }

  private void expectSymbol(String symbol) {
    Token token = next();
    if (!token.isSymbol(symbol)) {
      throw unexpected(token);
    }
  }

  private void expectKeyword(String keyword) {
    Token token = next();
    if (!token.isKeyword(keyword)) {
      throw unexpected(token);
    }
  }

  private void expectEnd() {
    Token token = peek();
    if (token.type() != Token.Type.END) {
      throw unexpected(token);
    }
  }

  private OdsqlException unexpected(Token token) {
    return OdsqlException.syntax("unexpected " + token.shown() + " at position " + token.position() + " in " + text);
  }

}
