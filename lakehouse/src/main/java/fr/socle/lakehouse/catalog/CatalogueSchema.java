package fr.socle.lakehouse.catalog;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Creates and upgrades the catalogue's PostgreSQL schema ({@code catalog}) from the migrations in this module. */
public final class CatalogueSchema {
  public static final String SCHEMA = "catalog";

  private CatalogueSchema() {}

  public static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .schemas(SCHEMA)
        .defaultSchema(SCHEMA)
        .createSchemas(true)
        .table("flyway_history")
        .locations("classpath:db/catalog")
        .load()
        .migrate();
  }
}
