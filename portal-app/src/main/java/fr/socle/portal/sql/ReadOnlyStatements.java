package fr.socle.portal.sql;

import fr.socle.lakehouse.query.QueryException;
import fr.socle.policies.access.TableRef;
import io.trino.sql.parser.ParsingException;
import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.ShowCatalogs;
import io.trino.sql.tree.ShowColumns;
import io.trino.sql.tree.ShowSchemas;
import io.trino.sql.tree.ShowTables;
import io.trino.sql.tree.Statement;
import io.trino.sql.tree.Table;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which statements the console runs: exactly one, and a read. The text is parsed with Trino's own parser (the
 * server's version), so what is accepted here is what Trino will read; the text sent to Trino is the text parsed.
 * An accept-list, not a deny-list: a statement kind added in a later Trino version is refused until reviewed.
 * Trino's access control still decides every table, column and row; this check gives a clear answer early and
 * keeps writes, session changes and procedure calls out of the console even for principals who could run them.
 */
final class ReadOnlyStatements {
  static final int MAX_LENGTH = 100_000;

  /** SELECT, WITH, VALUES and TABLE parse as {@link Query}; DESCRIBE parses as {@link ShowColumns}. */
  private static final Set<Class<? extends Statement>> ACCEPTED =
      Set.of(Query.class, ShowTables.class, ShowColumns.class, ShowSchemas.class, ShowCatalogs.class);

  private final SqlParser parser = new SqlParser();

  /** The console's answer to a statement. */
  sealed interface Verdict {
    /**
     * To run: the exact text to send to Trino (a final semicolon removed), the statement kind, and the tables it
     * names in full ({@code catalog.schema.table}: the console's session has no default catalog, so a shorter name
     * names nothing).
     */
    record Accepted(String sql, String kind, List<TableRef> tables) implements Verdict {}

    /** Refused before reaching Trino: not valid SQL, or not a read; with a French message for the person. */
    record Refused(QueryException.Code code, String message) implements Verdict {
      QueryException exception() {
        return new QueryException(code, message);
      }
    }
  }

  Verdict classify(String text) {
    String sql = withoutFinalSemicolon(text);
    if (sql.isEmpty()) {
      return new Verdict.Refused(QueryException.Code.INVALID_QUERY, "saisissez une requête");
    }
    if (sql.length() > MAX_LENGTH) {
      return new Verdict.Refused(QueryException.Code.INVALID_QUERY,
          "requête trop longue (" + MAX_LENGTH + " caractères au plus)");
    }
    Statement statement;
    try {
      statement = parser.createStatement(sql);
    } catch (ParsingException e) {
      if (semicolonAt(sql, e.getLineNumber(), e.getColumnNumber())) {
        return new Verdict.Refused(QueryException.Code.NOT_READ_ONLY,
            "une seule instruction à la fois : retirez ce qui suit le point-virgule");
      }
      return new Verdict.Refused(QueryException.Code.INVALID_QUERY, "requête invalide : " + e.getMessage());
    } catch (RuntimeException e) {
      // The parser gives up on pathological input (nesting too deep, ...): same answer as a syntax error.
      return new Verdict.Refused(QueryException.Code.INVALID_QUERY,
          "requête invalide : le texte ne peut pas être analysé");
    }
    String kind = kindOf(statement);
    if (ACCEPTED.stream().noneMatch(type -> type.isInstance(statement))) {
      return new Verdict.Refused(QueryException.Code.NOT_READ_ONLY,
          "la console n'exécute que des lectures (SELECT, WITH, VALUES, SHOW TABLES, "
          + "SHOW COLUMNS, SHOW SCHEMAS, SHOW CATALOGS, DESCRIBE) : instruction " + kind + " refusée");
    }
    if (readsWholeTable(statement)) {
      // « TABLE t » reads Iceberg's hidden columns too ($path, $partition…), which no one but the operator may
      // read: it would be refused as if the table did not exist
      return new Verdict.Refused(QueryException.Code.INVALID_QUERY,
          "la forme TABLE n'est pas acceptée par la console : écrivez SELECT * FROM suivi du nom de la table");
    }
    return new Verdict.Accepted(sql, kind, NamedTables.of(statement, null, null));
  }

  /** Whether a query, or one of its subqueries, is written {@code TABLE t}. */
  private static boolean readsWholeTable(Node node) {
    if (node instanceof Query query && query.getQueryBody() instanceof Table
        || node instanceof io.trino.sql.tree.SetOperation set
            && set.getRelations().stream().anyMatch(Table.class::isInstance)) {
      return true;
    }
    return node.getChildren().stream().anyMatch(ReadOnlyStatements::readsWholeTable);
  }

  /** {@code CreateTableAsSelect} → {@code CREATE TABLE AS SELECT}. */
  static String kindOf(Statement statement) {
    String name = statement.getClass().getSimpleName();
    return name.replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(Locale.ROOT);
  }

  /** People paste statements ending with a semicolon; Trino's parser reads one statement without it. */
  private static String withoutFinalSemicolon(String text) {
    String sql = text.strip();
    if (sql.endsWith(";")) {
      sql = sql.substring(0, sql.length() - 1).strip();
    }
    return sql;
  }

  private static boolean semicolonAt(String sql, int line, int column) {
    String[] lines = sql.split("\n", -1);
    if (line < 1 || line > lines.length) {
      return false;
    }
    String text = lines[line - 1];
    int index = column - 1;
    return index >= 0 && index < text.length() && text.charAt(index) == ';';
  }
}
