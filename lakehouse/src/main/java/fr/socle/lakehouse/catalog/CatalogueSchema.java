package fr.socle.lakehouse.catalog;

import fr.socle.lakehouse.jdbc.SchemaMigrations;
import javax.sql.DataSource;

/** Creates and upgrades the catalogue's PostgreSQL schema ({@code catalog}) from the migrations in this module. */
public final class CatalogueSchema {
  public static final String SCHEMA = "catalog";

  private CatalogueSchema() {}

  public static void migrate(DataSource dataSource) {
    SchemaMigrations.migrate(dataSource, SCHEMA);
  }
}
