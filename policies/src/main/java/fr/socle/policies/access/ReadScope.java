package fr.socle.policies.access;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a subject may do with one dataset, and why: nothing (it does not exist for them), know of it (catalogue
 * entry and columns, no rows), read it whole, or read it through grants. Through grants, each grant opens its own
 * columns on its own rows; several grants add up exactly: a column one grant opens on some rows is masked on the
 * rows only another grant opens.
 */
public record ReadScope(Access access, List<Grant> grants, List<String> reasons) {
  public enum Access {
    NONE,
    METADATA,
    FULL,
    GRANTED
  }

  public ReadScope {
    grants = List.copyOf(grants);
    reasons = List.copyOf(reasons);
    if ((access == Access.GRANTED) == grants.isEmpty()) {
      throw new IllegalArgumentException("grants are given exactly when access is GRANTED");
    }
  }

  public static ReadScope none(String reason) {
    return new ReadScope(Access.NONE, List.of(), List.of(reason));
  }

  public static ReadScope metadataOnly(String reason) {
    return new ReadScope(Access.METADATA, List.of(), List.of(reason));
  }

  public static ReadScope full(String reason) {
    return new ReadScope(Access.FULL, List.of(), List.of(reason));
  }

  public static ReadScope granted(List<Grant> grants) {
    List<String> reasons = new ArrayList<>();
    for (Grant grant : grants) {
      reasons.add("grant " + grant.id() + " (" + grant.grantee().kind() + " " + grant.grantee().name() + ")");
    }
    return new ReadScope(Access.GRANTED, grants, reasons);
  }

  /** The subject may know the dataset exists. */
  public boolean known() {
    return access != Access.NONE;
  }

  /** The subject may read some rows. */
  public boolean readable() {
    return access == Access.FULL || access == Access.GRANTED;
  }

  /** Every row and column, unmasked: what metadata tables ($files, $snapshots...) are allowed for. */
  public boolean unrestricted() {
    return access == Access.FULL
        || access == Access.GRANTED
            && grants.stream().anyMatch(g -> g.allColumns() && g.allRows());
  }

  /** The columns the subject sees, in the dataset's order (masked ones included, they read as null). */
  public List<String> visibleColumns(List<String> tableColumns) {
    return switch (access) {
      case NONE, METADATA -> List.of();
      case FULL -> List.copyOf(tableColumns);
      case GRANTED -> {
        if (grants.stream().anyMatch(g -> g.allColumns() || g.maskOthers())) {
          yield List.copyOf(tableColumns);
        }
        Set<String> open = new LinkedHashSet<>();
        grants.forEach(g -> open.addAll(g.columns()));
        yield tableColumns.stream().filter(open::contains).toList();
      }
    };
  }

  public boolean mayRead(Set<String> columns, List<String> tableColumns) {
    return readable() && visibleColumns(tableColumns).containsAll(columns);
  }

  /** The row filter (OR over grants), or empty when every row is visible. */
  public Optional<ViewExpression> rowFilter(Map<String, ValueType> types) {
    if (access != Access.GRANTED || grants.stream().anyMatch(Grant::allRows)) {
      return Optional.empty();
    }
    return Optional.of(expression(disjunction(grants, types), filteredColumns(grants), types));
  }

  /**
   * The SQL mask of one column, or empty when it shows as is or not at all: {@code CAST(NULL AS type)} when no
   * grant opens it but one shows the columns it does not open, {@code CASE WHEN cond THEN col END} when the grants
   * that open it cover fewer rows than the row filter lets through. A column no grant opens or shows is refused
   * by {@link #mayRead}, so it needs no mask.
   */
  public Optional<ViewExpression> mask(String column, String trinoType, Map<String, ValueType> types) {
    if (access != Access.GRANTED) {
      return Optional.empty();
    }
    List<Grant> opening = grants.stream().filter(g -> g.allColumns() || g.columns().contains(column)).toList();
    if (opening.isEmpty()) {
      // Shown as null only where a grant shows the columns it does not open. Otherwise the column (or a hidden
      // one such as $path) is refused outright, statements naming it are denied, and a mask would only cost
      // Trino two more questions and an analysis per column and statement.
      boolean shown = types.containsKey(column) && grants.stream().anyMatch(Grant::maskOthers);
      return shown ? Optional.of(new ViewExpression("CAST(NULL AS " + trinoType + ")", false)) : Optional.empty();
    }
    if (opening.size() == grants.size() || opening.stream().anyMatch(Grant::allRows)) {
      return Optional.empty();
    }
    Set<String> named = filteredColumns(opening);
    named.add(column);
    return Optional.of(expression("CASE WHEN " + disjunction(opening, types) + " THEN " + quote(column) + " END",
        named, types));
  }

  /** As the reader when the reader may read every column the expression names, else as the platform principal. */
  private ViewExpression expression(String sql, Set<String> named, Map<String, ValueType> types) {
    return new ViewExpression(sql, !mayRead(named, List.copyOf(types.keySet())));
  }

  private static Set<String> filteredColumns(List<Grant> grants) {
    Set<String> columns = new LinkedHashSet<>();
    grants.forEach(g -> g.rowFilters().forEach(f -> columns.add(f.column())));
    return columns;
  }

  private static String disjunction(List<Grant> grants, Map<String, ValueType> types) {
    StringBuilder sql = new StringBuilder();
    for (Grant grant : grants) {
      if (!sql.isEmpty()) {
        sql.append(" OR ");
      }
      sql.append('(');
      List<RowFilter> filters = grant.rowFilters();
      for (int i = 0; i < filters.size(); i++) {
        if (i > 0) {
          sql.append(" AND ");
        }
        sql.append(filters.get(i).toSql(types));
      }
      sql.append(')');
    }
    return sql.toString();
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** For explanations: the grant ids in force. */
  public List<String> grantIds() {
    return grants.stream().map(Grant::id).toList();
  }

  public @Nullable String firstReason() {
    return reasons.isEmpty() ? null : reasons.getFirst();
  }
}
