package fr.socle.lakehouse.promotion;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and upgrades the PostgreSQL schema of promotion ({@code publication}) from this module's migrations, with
 * a history table of its own: its versions never collide with the portal's or the catalogue's.
 */
public final class PublicationSchema {
  public static final String SCHEMA = "publication";

  private PublicationSchema() {}

  public static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .schemas(SCHEMA)
        .defaultSchema(SCHEMA)
        .createSchemas(true)
        .table("flyway_history")
        .locations("classpath:db/publication")
        .load()
        .migrate();
  }
}
