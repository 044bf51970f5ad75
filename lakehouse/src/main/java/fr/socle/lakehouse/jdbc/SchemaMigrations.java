package fr.socle.lakehouse.jdbc;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and upgrades one PostgreSQL schema of Socle's from the migrations in {@code classpath:db/<schema>}, with a
 * history table of its own in that schema: each module's versions never collide with another's.
 */
public final class SchemaMigrations {
  private SchemaMigrations() {}

  public static void migrate(DataSource dataSource, String schema) {
    Flyway.configure()
        .dataSource(dataSource)
        .schemas(schema)
        .defaultSchema(schema)
        .createSchemas(true)
        .table("flyway_history")
        .locations("classpath:db/" + schema)
        .load()
        .migrate();
  }
}
