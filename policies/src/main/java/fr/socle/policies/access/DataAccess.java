package fr.socle.policies.access;

import java.util.List;
import java.util.Map;

/**
 * The scope of a subject on the tables of the internal catalog. The engine policy asks it only for tables of the
 * {@code internal} catalog; everything else is decided by the engine policy itself.
 */
public interface DataAccess {
  /** The scope on the table; a table that is no dataset has scope NONE. */
  ReadScope scope(Subject subject, TableRef table);

  /** The table's columns in order with their types (empty for an unknown table). */
  Map<String, ValueType> columns(TableRef table);

  default List<String> columnNames(TableRef table) {
    return List.copyOf(columns(table).keySet());
  }
}
