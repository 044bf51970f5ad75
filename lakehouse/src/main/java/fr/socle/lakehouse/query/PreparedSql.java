package fr.socle.lakehouse.query;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * SQL text built only from constants and checked, quoted identifiers, with every user-given value as a bound
 * parameter ({@code ?}).
 */
public record PreparedSql(String sql, List<@Nullable Object> parameters) {
  public PreparedSql {
    requireNonNull(sql, "sql");
    parameters = java.util.Collections.unmodifiableList(new ArrayList<>(parameters));
  }

  public static PreparedSql of(String sql, @Nullable Object... parameters) {
    return new PreparedSql(sql, Arrays.asList(parameters));
  }

  /** A Trino identifier, double-quoted; the name must already have been checked against the schema. */
  public static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
