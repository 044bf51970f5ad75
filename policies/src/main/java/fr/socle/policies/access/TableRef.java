package fr.socle.policies.access;

import static java.util.Objects.requireNonNull;

/** A table as Trino names it: catalog, schema, table. Names are compared as Trino stores them (lower case). */
public record TableRef(String catalog, String schema, String table) {
  public TableRef {
    requireNonNull(catalog, "catalog");
    requireNonNull(schema, "schema");
    requireNonNull(table, "table");
  }

  /** Iceberg metadata tables ({@code t$snapshots}, {@code t$files}, ...) carry a {@code $} in their name. */
  public boolean isMetadataTable() {
    return table.indexOf('$') >= 0;
  }

  /** The data table a metadata table describes ({@code t$files} → {@code t}). */
  public TableRef baseTable() {
    int dollar = table.indexOf('$');
    return dollar < 0 ? this : new TableRef(catalog, schema, table.substring(0, dollar));
  }

  @Override
  public String toString() {
    return catalog + "." + schema + "." + table;
  }
}
