package fr.socle.lakehouse.catalog;

import fr.socle.lakehouse.query.TrinoGateway;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A person's right to erasure, executed: the rows matching a structured filter are deleted from the dataset's
 * current data, the table's files are rewritten without them, every older snapshot is expired and every file no
 * longer referenced is removed, so that no version (time travel included) and no file keeps a copy. Runs through
 * Trino as the platform principal; the filter is rendered by the policies module (checked columns, typed
 * literals), never taken as SQL text.
 */
public final class Erasure {
  private final TrinoGateway platform;

  public Erasure(TrinoGateway platform) {
    this.platform = platform;
  }

  /** What an erasure did. */
  public record Outcome(long rowsErased, long snapshotsLeft) {}

  /**
   * @param table the dataset's table, as Trino names it ({@code internal.domain.table}), from the catalogue
   * @param predicateSql the rows to erase, rendered by {@code RowFilter.toSql} from a checked filter
   */
  public Outcome erase(String table, String predicateSql) throws SQLException {
    try (Connection connection = platform.connectAsPrincipal(); Statement statement = connection.createStatement()) {
      long matching = count(statement, "SELECT count(*) FROM " + table + " WHERE " + predicateSql);
      if (matching > 0) {
        statement.executeUpdate("DELETE FROM " + table + " WHERE " + predicateSql);
        // Deleted rows live on in the data files (position deletes) until the files are rewritten.
        statement.execute("ALTER TABLE " + table + " EXECUTE optimize(file_size_threshold => '100GB')");
      }
      statement.execute("ALTER TABLE " + table + " EXECUTE expire_snapshots(retention_threshold => '0s')");
      statement.execute("ALTER TABLE " + table + " EXECUTE remove_orphan_files(retention_threshold => '0s')");
      long snapshots = count(statement, "SELECT count(*) FROM " + metadataTable(table, "snapshots"));
      return new Outcome(matching, snapshots);
    }
  }

  private static String metadataTable(String table, String kind) {
    int last = table.lastIndexOf('.');
    return table.substring(0, last + 1) + "\"" + table.substring(last + 1) + "$" + kind + "\"";
  }

  private static long count(Statement statement, String sql) throws SQLException {
    try (ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
