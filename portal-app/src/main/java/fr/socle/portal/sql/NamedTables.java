package fr.socle.portal.sql;

import fr.socle.policies.access.TableRef;
import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.QualifiedName;
import io.trino.sql.tree.ShowColumns;
import io.trino.sql.tree.Table;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The tables a statement names, read with Trino's own parser: those it reads or describes, in the order written.
 * A name of one or two parts is completed with the session's catalog and schema when it has them (a BI tool's
 * session usually does; the console's has none, so there only full names count).
 */
public final class NamedTables {
  private static final SqlParser PARSER = new SqlParser();

  private NamedTables() {}

  /** The tables of a statement's text; none when it does not parse. */
  public static List<TableRef> in(String sql, @Nullable String catalog, @Nullable String schema) {
    try {
      io.trino.sql.tree.Statement statement = PARSER.createStatement(sql);
      if (statement instanceof io.trino.sql.tree.ExecuteImmediate immediate) {
        // EXECUTE IMMEDIATE 'SELECT …': the statement run is the literal's
        return in(immediate.getStatement().getValue(), catalog, schema);
      }
      return of(statement, catalog, schema);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  static List<TableRef> of(Node statement, @Nullable String catalog, @Nullable String schema) {
    Set<TableRef> tables = new LinkedHashSet<>();
    collect(statement, catalog, schema, tables);
    return List.copyOf(tables);
  }

  private static void collect(Node node, @Nullable String catalog, @Nullable String schema, Set<TableRef> tables) {
    QualifiedName name = switch (node) {
      case Table table -> table.getName();
      case ShowColumns describe -> describe.getTable();
      default -> null;
    };
    if (name != null) {
      List<String> parts = name.getParts();
      if (parts.size() == 3) {
        tables.add(new TableRef(parts.get(0), parts.get(1), parts.get(2)));
      } else if (parts.size() == 2 && catalog != null) {
        tables.add(new TableRef(catalog, parts.get(0), parts.get(1)));
      } else if (parts.size() == 1 && catalog != null && schema != null) {
        tables.add(new TableRef(catalog, schema, parts.get(0)));
      }
    }
    for (Node child : node.getChildren()) {
      collect(child, catalog, schema, tables);
    }
  }
}
