package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.jdbc.SchemaMigrations;
import javax.sql.DataSource;

/**
 * Creates and upgrades the PostgreSQL schema of promotion ({@code publication}) from this module's migrations, with
 * a history table of its own: its versions never collide with the portal's or the catalogue's.
 */
public final class PublicationSchema {
  public static final String SCHEMA = "publication";

  private PublicationSchema() {}

  public static void migrate(DataSource dataSource) {
    SchemaMigrations.migrate(dataSource, SCHEMA);
  }
}
