package fr.socle.lakehouse.query;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A read of one table built from checked parts: every column name is checked against the table's columns before
 * it is quoted into the text, every value is a bound parameter, the table name comes from the catalogue. Used for
 * previews, the records API and exports; free SQL goes through the console's parser instead.
 */
public final class TableQuery {
  private static final Pattern CATALOG_NAME = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

  public enum Direction {
    ASC,
    DESC
  }

  /** A condition on one column; values are bound. */
  public record Condition(String column, Operator operator, List<@Nullable Object> values) {
    public Condition {
      requireNonNull(column, "column");
      requireNonNull(operator, "operator");
      values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }
  }

  public enum Operator {
    EQUALS,
    NOT_EQUALS,
    LESS_THAN,
    LESS_OR_EQUAL,
    GREATER_THAN,
    GREATER_OR_EQUAL,
    IN,
    IS_NULL,
    IS_NOT_NULL,
    /** Case-insensitive substring on the text of the column. */
    CONTAINS
  }

  private final String catalog;
  private final String schema;
  private final String table;
  private final Map<String, String> columns;
  private final List<String> select = new ArrayList<>();
  private final List<Condition> where = new ArrayList<>();
  private final Map<String, Direction> orderBy = new LinkedHashMap<>();
  private @Nullable Long snapshotId;
  private long limit = -1;
  private long offset;

  /**
   * @param columns the table's columns (name → Trino type), as the catalogue or {@code DESCRIBE} knows them; only
   *     these names can appear in the query
   */
  public TableQuery(String catalog, String schema, String table, Map<String, String> columns) {
    this.catalog = checkName(catalog);
    this.schema = checkName(schema);
    this.table = checkName(table);
    this.columns = Map.copyOf(columns);
  }

  public TableQuery select(List<String> names) {
    names.forEach(this::checkColumn);
    select.addAll(names);
    return this;
  }

  public TableQuery where(Condition condition) {
    checkColumn(condition.column());
    if (condition.operator() == Operator.CONTAINS) {
      where.add(condition);
      return this;
    }
    String type = columns.get(condition.column()).toLowerCase(Locale.ROOT);
    List<@Nullable Object> values = new ArrayList<>();
    for (Object value : condition.values()) {
      values.add(value == null ? null : typed(condition.column(), type, value.toString()));
    }
    where.add(new Condition(condition.column(), condition.operator(), values));
    return this;
  }

  /**
   * A value from the web as Trino will cast it to the column's type, or refused here, in French, naming what was
   * expected: a date-time as the API writes it ({@code 2023-01-01T08:41:37}) or as Trino does (a space), or a day;
   * a decimal comma.
   */
  static String typed(String column, String type, String value) {
    String text = value.strip();
    try {
      if (type.equals("bigint") || type.equals("integer") || type.equals("smallint") || type.equals("tinyint")) {
        return Long.toString(Long.parseLong(text));
      }
      if (type.equals("double") || type.equals("real") || type.startsWith("decimal")) {
        return new java.math.BigDecimal(text.replace(',', '.')).toPlainString();
      }
      if (type.equals("date")) {
        return java.time.LocalDate.parse(text).toString();
      }
      if (type.startsWith("timestamp") && type.endsWith("with time zone") && text.length() > 19
          && (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$"))) {
        // an instant with its offset: Trino reads it as it is
        return java.time.OffsetDateTime.parse(text.replace(' ', 'T')).toString();
      }
      if (type.startsWith("timestamp")) {
        if (text.length() == 10) {
          return java.time.LocalDate.parse(text).toString(); // a day: compared by day (appendWhere)
        }
        return java.time.LocalDateTime.parse(text.replace(' ', 'T')).toString().replace('T', ' ');
      }
      if (type.equals("boolean")) {
        return switch (text.toLowerCase(Locale.ROOT)) {
          case "true", "vrai", "oui", "1" -> "true";
          case "false", "faux", "non", "0" -> "false";
          default -> throw new IllegalArgumentException(text);
        };
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("valeur « " + value + " » invalide pour la colonne " + column + " : "
          + expected(type) + " attendu" + (type.startsWith("timestamp") || type.equals("date") ? "e" : ""));
    }
    return value;
  }

  private static String expected(String type) {
    if (type.startsWith("timestamp")) {
      return "une date-heure (2023-01-01T08:41:37) ou une date (2023-01-01)";
    }
    return switch (type) {
      case "date" -> "une date (2023-01-01)";
      case "boolean" -> "true ou false";
      case "double", "real" -> "un nombre";
      default -> type.startsWith("decimal") ? "un nombre" : "un nombre entier";
    };
  }

  public TableQuery orderBy(String column, Direction direction) {
    checkColumn(column);
    orderBy.put(column, direction);
    return this;
  }

  public TableQuery atSnapshot(long snapshot) {
    this.snapshotId = snapshot;
    return this;
  }

  public TableQuery page(long limit, long offset) {
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must be positive");
    }
    this.limit = limit;
    this.offset = offset;
    return this;
  }

  public PreparedSql toSql() {
    List<@Nullable Object> parameters = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT ");
    sql.append(select.isEmpty() ? "*" : String.join(", ", select.stream().map(PreparedSql::quote).toList()));
    sql.append(" FROM ").append(tableName());
    if (snapshotId != null) {
      sql.append(" FOR VERSION AS OF ").append(snapshotId.longValue());
    }
    appendWhere(sql, parameters);
    Map<String, Direction> order = new LinkedHashMap<>(orderBy);
    if (limit >= 0) {
      // A page of rows in an order that ties (or no order) may differ from one run to the next: the pages would
      // show some rows twice and others never. Every other column breaks the ties, by name, the same on every
      // replica; rows equal in all of them are the same row to the reader.
      new java.util.TreeSet<>(select.isEmpty() ? columns.keySet() : select).stream()
          .filter(column -> orderable(columns.get(column)))
          .forEach(column -> order.putIfAbsent(column, Direction.ASC));
    }
    if (!order.isEmpty()) {
      sql.append(" ORDER BY ");
      List<String> parts = new ArrayList<>();
      order.forEach((column, direction) -> parts.add(PreparedSql.quote(column) + " " + direction.name()
          + (direction == Direction.ASC ? " NULLS LAST" : " NULLS FIRST")));
      sql.append(String.join(", ", parts));
    }
    if (offset > 0) {
      sql.append(" OFFSET ").append(offset);
    }
    if (limit >= 0) {
      sql.append(" LIMIT ").append(limit);
    }
    return new PreparedSql(sql.toString(), parameters);
  }

  /** Whether Trino can sort on a column of this type (not binary, geometry or structured values). */
  private static boolean orderable(@Nullable String type) {
    if (type == null) {
      return false;
    }
    String lower = type.toLowerCase(Locale.ROOT);
    return !(lower.startsWith("varbinary") || lower.startsWith("geometry") || lower.startsWith("array")
        || lower.startsWith("map") || lower.startsWith("row") || lower.startsWith("json"));
  }

  /** {@code SELECT count(*)} with the same conditions. */
  public PreparedSql toCountSql() {
    List<@Nullable Object> parameters = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT count(*) FROM ").append(tableName());
    if (snapshotId != null) {
      sql.append(" FOR VERSION AS OF ").append(snapshotId.longValue());
    }
    appendWhere(sql, parameters);
    return new PreparedSql(sql.toString(), parameters);
  }

  public String tableName() {
    return PreparedSql.quote(catalog) + "." + PreparedSql.quote(schema) + "." + PreparedSql.quote(table);
  }

  private void appendWhere(StringBuilder sql, List<@Nullable Object> parameters) {
    if (where.isEmpty()) {
      return;
    }
    sql.append(" WHERE ");
    List<String> parts = new ArrayList<>();
    for (Condition condition : where) {
      String column = PreparedSql.quote(condition.column());
      String type = columns.get(condition.column()).toLowerCase(Locale.ROOT);
      if (type.startsWith("timestamp") && !condition.values().isEmpty()
          && condition.values().stream().allMatch(v -> v != null && v.toString().length() == 10)) {
        // days on a date-time column compare the day, as grants' row filters do: « = 2024-09-10 » is that day
        column = "CAST(" + column + " AS date)";
        type = "date";
      }
      switch (condition.operator()) {
        case IS_NULL -> parts.add(column + " IS NULL");
        case IS_NOT_NULL -> parts.add(column + " IS NOT NULL");
        case CONTAINS -> {
          parts.add("strpos(lower(CAST(" + column + " AS varchar)), lower(?)) > 0");
          parameters.add(String.valueOf(single(condition)));
        }
        case IN -> {
          if (condition.values().isEmpty()) {
            parts.add("false");
          } else {
            parts.add(column + " IN (" + String.join(", ",
                java.util.Collections.nCopies(condition.values().size(), cast(type))) + ")");
            parameters.addAll(condition.values());
          }
        }
        default -> {
          parts.add(column + " " + symbol(condition.operator()) + " " + cast(type));
          parameters.add(single(condition));
        }
      }
    }
    sql.append(String.join(" AND ", parts));
  }

  /** Values arrive as text from the web: the cast to the column's type happens in Trino, bound. */
  private static String cast(String type) {
    if (type.startsWith("varchar") || type.startsWith("char")) {
      return "?";
    }
    String safe = type.replaceAll("[^a-z0-9(), ]", "");
    return "CAST(? AS " + safe + ")";
  }

  private static @Nullable Object single(Condition condition) {
    if (condition.values().size() != 1) {
      throw new IllegalArgumentException("one value expected for " + condition.operator());
    }
    Object value = condition.values().getFirst();
    return value == null ? null : value.toString();
  }

  private static String symbol(Operator operator) {
    return switch (operator) {
      case EQUALS -> "=";
      case NOT_EQUALS -> "<>";
      case LESS_THAN -> "<";
      case LESS_OR_EQUAL -> "<=";
      case GREATER_THAN -> ">";
      case GREATER_OR_EQUAL -> ">=";
      default -> throw new IllegalArgumentException(operator.name());
    };
  }

  private void checkColumn(String name) {
    if (!columns.containsKey(name)) {
      throw new IllegalArgumentException("colonne inconnue : " + name);
    }
  }

  private static String checkName(String name) {
    if (!CATALOG_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("invalid identifier " + name);
    }
    return name;
  }
}
