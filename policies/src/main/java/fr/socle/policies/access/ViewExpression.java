package fr.socle.policies.access;

import static java.util.Objects.requireNonNull;

/**
 * An expression Trino adds to a read of a table: a row filter, or the mask of one column.
 *
 * <p>It is evaluated as the reader when the reader may read every column it names; otherwise as the platform
 * principal ({@code asDefiner}), since a grant may filter on a column it does not open, and Trino checks the
 * columns an expression names like those of the statement. Filters apply to the stored values before masks, so
 * the choice changes only which identity Trino checks, not what the expression sees; as the reader, Trino checks
 * its columns together with the statement's, and the decision point is asked two questions fewer a statement.
 */
public record ViewExpression(String sql, boolean asDefiner) {
  public ViewExpression {
    requireNonNull(sql, "sql");
  }
}
