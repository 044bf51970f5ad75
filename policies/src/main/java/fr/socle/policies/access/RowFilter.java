package fr.socle.policies.access;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One condition of a grant's row scope: a column, an operator, values. Structured, never SQL text: it is checked
 * against the dataset's columns and types, and rendered to SQL only here, with every value as a typed literal.
 */
public record RowFilter(String column, Operator operator, List<String> values) {
  public enum Operator {
    EQUALS("="),
    NOT_EQUALS("<>"),
    IN("IN"),
    NOT_IN("NOT IN"),
    LESS_THAN("<"),
    LESS_OR_EQUAL("<="),
    GREATER_THAN(">"),
    GREATER_OR_EQUAL(">="),
    BETWEEN("BETWEEN"),
    IS_NULL("IS NULL"),
    IS_NOT_NULL("IS NOT NULL");

    private final String sql;

    Operator(String sql) {
      this.sql = sql;
    }

    int arity() {
      return switch (this) {
        case IS_NULL, IS_NOT_NULL -> 0;
        case BETWEEN -> 2;
        case IN, NOT_IN -> -1;
        default -> 1;
      };
    }

    /** By name ({@code EQUALS}, {@code not_in}) or as SQL writes it ({@code =}, {@code !=}, {@code is not null}). */
    public static Operator parse(String text) {
      String written = text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (written.equals("!=")) {
        return NOT_EQUALS;
      }
      for (Operator operator : values()) {
        if (operator.sql.equals(written) || operator.name().equals(written.replace(' ', '_'))) {
          return operator;
        }
      }
      throw new IllegalArgumentException("opérateur inconnu : « " + text.strip() + " » (attendus : "
          + String.join(", ", java.util.Arrays.stream(values()).map(o -> o.name() + " ou " + o.sql).toList()) + ")");
    }
  }

  public RowFilter {
    requireNonNull(column, "column");
    requireNonNull(operator, "operator");
    values = List.copyOf(values);
  }

  /**
   * Why a filter cannot apply to a dataset's columns: what is wrong, the column, and the value at fault when one is.
   * {@link #toString()} words it in French; an edge that speaks other languages words it from {@link #kind()}.
   */
  public record Problem(Kind kind, String column, Operator operator, @Nullable String value) {
    public enum Kind {
      UNKNOWN_COLUMN,
      NOT_FILTERABLE,
      VALUE_COUNT,
      VALUE_TYPE
    }

    @Override
    public String toString() {
      return switch (kind) {
        case UNKNOWN_COLUMN -> "colonne inconnue : " + column;
        case NOT_FILTERABLE -> "la colonne " + column + " ne peut pas servir de filtre";
        case VALUE_COUNT -> "nombre de valeurs incorrect pour " + operator.name() + " sur " + column;
        case VALUE_TYPE -> "valeur « " + value + " » incompatible avec le type de " + column;
      };
    }
  }

  /**
   * Why this filter cannot apply to a dataset with these columns (name → type), or empty if it can: unknown
   * column, wrong number of values, a value that is not of the column's type.
   */
  public Optional<Problem> problemWith(Map<String, ValueType> columns) {
    ValueType type = columns.get(column);
    if (type == null) {
      return Optional.of(new Problem(Problem.Kind.UNKNOWN_COLUMN, column, operator, null));
    }
    if (type == ValueType.OTHER) {
      return Optional.of(new Problem(Problem.Kind.NOT_FILTERABLE, column, operator, null));
    }
    int arity = operator.arity();
    if (arity >= 0 && values.size() != arity || arity < 0 && values.isEmpty()) {
      return Optional.of(new Problem(Problem.Kind.VALUE_COUNT, column, operator, null));
    }
    for (String value : values) {
      if (literal(type, value).isEmpty()) {
        return Optional.of(new Problem(Problem.Kind.VALUE_TYPE, column, operator, value));
      }
    }
    return Optional.empty();
  }

  /** SQL for Trino, e.g. {@code "code_commune" IN ('37261', '37122')}; the filter must be valid for the types. */
  public String toSql(Map<String, ValueType> columns) {
    ValueType type = columns.get(column);
    if (type == null || problemWith(columns).isPresent()) {
      throw new IllegalArgumentException("invalid row filter " + this);
    }
    String name = "\"" + column.replace("\"", "\"\"") + "\"";
    if (type == ValueType.TIMESTAMP && !values.isEmpty() && values.stream().allMatch(RowFilter::isDay)) {
      // days on a date-time column compare the day: « = 2025-03-01 » is that whole day, « <= » includes it
      name = "CAST(" + name + " AS DATE)";
      type = ValueType.DATE;
    }
    ValueType literalType = type;
    return switch (operator) {
      case IS_NULL, IS_NOT_NULL -> name + " " + operator.sql;
      case BETWEEN -> name + " BETWEEN " + literal(literalType, values.get(0)).orElseThrow()
          + " AND " + literal(literalType, values.get(1)).orElseThrow();
      case IN, NOT_IN -> name + " " + operator.sql + " ("
          + String.join(", ", values.stream().map(v -> literal(literalType, v).orElseThrow()).toList()) + ")";
      default -> name + " " + operator.sql + " " + literal(literalType, values.getFirst()).orElseThrow();
    };
  }

  /** A day as {@code 2025-03-01}: on a date-time column, the filter compares days. */
  private static boolean isDay(String value) {
    try {
      LocalDate.parse(value.strip());
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /**
   * A typed SQL literal for the value, or empty when the value is not of the type. A date-time is written
   * {@code 2025-03-01T08:30}, {@code 2025-03-01 08:30:00} or as a day.
   */
  static Optional<String> literal(ValueType type, String value) {
    try {
      return Optional.of(switch (type) {
        case BOOLEAN -> switch (value.strip().toLowerCase(Locale.ROOT)) {
          case "true", "vrai", "oui" -> "TRUE";
          case "false", "faux", "non" -> "FALSE";
          default -> throw new IllegalArgumentException(value);
        };
        case INTEGER -> Long.toString(Long.parseLong(value.strip()));
        case DECIMAL -> "DOUBLE '" + new BigDecimal(value.strip().replace(',', '.')).toPlainString() + "'";
        case STRING -> "'" + value.replace("'", "''") + "'";
        case DATE -> "DATE '" + LocalDate.parse(value.strip()) + "'";
        case TIMESTAMP -> "TIMESTAMP '" + (isDay(value) ? LocalDate.parse(value.strip()).atStartOfDay()
            : LocalDateTime.parse(value.strip().replace(' ', 'T'))).toString().replace('T', ' ') + "'";
        case OTHER -> throw new IllegalArgumentException(value);
      });
    } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
