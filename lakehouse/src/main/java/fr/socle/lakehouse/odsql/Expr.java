package fr.socle.lakehouse.odsql;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A node of an ODSQL expression tree. Nodes are values: two expressions written alike are equal (that is how a
 * {@code select} item is matched with a {@code group_by} item).
 */
public sealed interface Expr {

  /** A field of the dataset, by name (never trusted: the translator checks it). */
  record FieldRef(String name) implements Expr {
    public FieldRef {
      requireNonNull(name, "name");
    }
  }

  /** {@code *}, in {@code select} and {@code count(*)}. */
  record Star() implements Expr {}

  record Text(String value) implements Expr {
    public Text {
      requireNonNull(value, "value");
    }
  }

  record Number(BigDecimal value) implements Expr {
    public Number {
      requireNonNull(value, "value");
    }
  }

  record Bool(boolean value) implements Expr {}

  record Null() implements Expr {}

  /** {@code date'2024-01-01'}: the text between the quotes, read when its type is known. */
  record DateLiteral(String text) implements Expr {
    public DateLiteral {
      requireNonNull(text, "text");
    }
  }

  /** {@code geom'POINT(2.35 48.85)'}: WKT, read by the translator. */
  record GeomLiteral(String text) implements Expr {
    public GeomLiteral {
      requireNonNull(text, "text");
    }
  }

  /** {@code 10km}: a distance with its unit. */
  /** A duration, as {@code range(date, 1 day)} takes it: {@code 1 day}, {@code 1d}, {@code 1M} (a month). */
  record Interval(BigDecimal amount, String unit) implements Expr {
    public Interval {
      requireNonNull(amount, "amount");
      requireNonNull(unit, "unit");
    }
  }

  record Distance(BigDecimal amount, String unit) implements Expr {
    public Distance {
      requireNonNull(amount, "amount");
      unit = unit.toLowerCase(Locale.ROOT);
    }
  }

  record Not(Expr operand) implements Expr {
    public Not {
      requireNonNull(operand, "operand");
    }
  }

  /** {@code and} when {@code all}, else {@code or}. */
  record Logical(boolean all, List<Expr> operands) implements Expr {
    public Logical {
      operands = List.copyOf(operands);
    }
  }

  /** {@code =, !=, <, <=, >, >=} ({@code <>} is read as {@code !=}). */
  record Compare(Expr left, String operator, Expr right) implements Expr {
    public Compare {
      requireNonNull(left, "left");
      requireNonNull(operator, "operator");
      requireNonNull(right, "right");
    }
  }

  record In(Expr operand, List<Expr> values) implements Expr {
    public In {
      requireNonNull(operand, "operand");
      values = List.copyOf(values);
    }
  }

  /** {@code f in [low..high]}, brackets turned outwards meaning an excluded bound. */
  record InRange(Expr operand, Expr low, boolean lowIncluded, Expr high, boolean highIncluded) implements Expr {
    public InRange {
      requireNonNull(operand, "operand");
      requireNonNull(low, "low");
      requireNonNull(high, "high");
    }
  }

  record Like(Expr operand, Expr pattern) implements Expr {
    public Like {
      requireNonNull(operand, "operand");
      requireNonNull(pattern, "pattern");
    }
  }

  record IsNull(Expr operand, boolean negated) implements Expr {
    public IsNull {
      requireNonNull(operand, "operand");
    }
  }

  /** A function call; the name is lower-cased, arguments as written. */
  record Call(String name, List<Expr> arguments) implements Expr {
    public Call {
      name = name.toLowerCase(Locale.ROOT);
      arguments = List.copyOf(arguments);
    }
  }

  /** {@code + - * /}. */
  record Arithmetic(Expr left, char operator, Expr right) implements Expr {
    public Arithmetic {
      requireNonNull(left, "left");
      requireNonNull(right, "right");
    }
  }

  record Negate(Expr operand) implements Expr {
    public Negate {
      requireNonNull(operand, "operand");
    }
  }
}
