package fr.socle.portal.testing;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.lakehouse.catalog.Licences;
import fr.socle.lakehouse.catalog.NewDataset;
import fr.socle.lakehouse.iceberg.Tier;
import fr.socle.lakehouse.iceberg.TierSettings;
import fr.socle.lakehouse.jdbc.Jdbc;
import fr.socle.lakehouse.testing.Stack;
import fr.socle.policies.access.Visibility;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Small datasets of the integration tests: an Iceberg table created through Trino by admin (never at a chosen
 * location), registered in the catalogue with its columns, dropped afterwards with its grants and requests. Each
 * test class works in a schema of its own ({@code it_ui_<random>}).
 */
public final class ItDatasets implements AutoCloseable {
  private final Stack stack = Stack.get();
  private final String schema = "it_ui_" + UUID.randomUUID().toString().substring(0, 8);
  private final Jdbc jdbc;
  private final Tier tier;
  private final Catalogue catalogue;
  private final List<String> ids = new ArrayList<>();

  public ItDatasets() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(stack.jdbcUrl("socle"));
    dataSource.setUser("socle");
    dataSource.setPassword(stack.value("SOCLE_DB_PASSWORD"));
    this.jdbc = new Jdbc(dataSource);
    this.tier = Tier.open(new TierSettings("internal", stack.jdbcUrl("iceberg_internal"), "iceberg_internal",
        stack.value("ICEBERG_INTERNAL_PASSWORD"), stack.value("SOCLE_WAREHOUSE_INTERNAL"), null));
    this.catalogue = new Catalogue(jdbc, tier, Clock.systemUTC());
    admin("CREATE SCHEMA IF NOT EXISTS internal." + schema);
  }

  /** A dataset to create: its table's SELECT, its columns (lakehouse type codes), who owns it, who may find it. */
  public record Spec(String table, String select, List<DatasetColumn> columns, String service, String steward,
      Visibility visibility, boolean partners) {}

  /**
   * Budget lines of a service: 30 rows, ids 1..30, communes A/B/C in turn, amounts 100 × id, points around Tours.
   */
  public static Spec budget(String table, String service, String steward, Visibility visibility, boolean partners) {
    return new Spec(table, """
        SELECT CAST(i AS bigint) AS id,
               element_at(ARRAY['voirie', 'culture', 'sport'], CAST(i % 3 AS integer) + 1) AS service,
               element_at(ARRAY['A', 'B', 'C'], CAST(i % 3 AS integer) + 1) AS commune,
               CAST(i * 100 AS double) AS montant,
               date_add('day', CAST(i AS integer), DATE '2026-01-01') AS date_vote,
               CAST(47.39 + i * 0.001 AS double) AS geo_lat,
               CAST(0.68 + i * 0.001 AS double) AS geo_lon
        FROM UNNEST(sequence(1, 30)) AS t(i)""",
        List.of(column("id", "long"), column("service", "string"), column("commune", "string"),
            column("montant", "double"), column("date_vote", "date"), column("geo_lat", "double"),
            column("geo_lon", "double")),
        service, steward, visibility, partners);
  }

  public static DatasetColumn column(String name, String type) {
    return new DatasetColumn(name, type, name.toUpperCase(Locale.ROOT), "colonne " + name);
  }

  public String schema() {
    return schema;
  }

  /** Creates the table and registers it; returns the dataset's id. */
  public String create(Spec spec) {
    String id = schema.replace('_', '-') + "-" + spec.table().replace('_', '-');
    admin("CREATE TABLE internal." + schema + "." + spec.table() + " AS " + spec.select());
    Dataset.Metadata metadata = new Dataset.Metadata("Jeu de test " + spec.table() + " (" + schema + ")",
        "Données de test des pages internes.", spec.service(), spec.steward(), "test", List.of("test", schema),
        Licences.LICENCE_OUVERTE, null, null, null, null, null);
    jdbc.inTransaction(connection -> {
      catalogue.register(connection, new NewDataset(id, schema, spec.table(), metadata, spec.visibility(),
          spec.partners()), "admin");
      Catalogue.replaceColumns(connection, id, spec.columns());
      return null;
    });
    ids.add(id);
    return id;
  }

  /** Adds rows as a new version (Iceberg snapshot) of the table. */
  public void append(String table, String select) {
    admin("INSERT INTO internal." + schema + "." + table + " " + select);
  }

  public String trinoName(String table) {
    return "internal." + schema + "." + table;
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public Jdbc jdbc() {
    return jdbc;
  }

  /** Waits until the condition holds (the decision points reload their policy within about a second). */
  public static void await(Duration timeout, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("condition not met within " + timeout);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Waits until the path answers the status to the caller; fails with the last answer otherwise. */
  public static void awaitStatus(Api api, String path, int status) {
    java.util.concurrent.atomic.AtomicReference<String> last = new java.util.concurrent.atomic.AtomicReference<>();
    try {
      await(Duration.ofSeconds(20), () -> {
        java.net.http.HttpResponse<String> response = api.get(path);
        last.set(response.statusCode() + " " + response.body());
        return response.statusCode() == status;
      });
    } catch (AssertionError e) {
      throw new AssertionError(path + " did not answer " + status + "; last answer: " + last.get(), e);
    }
  }

  @Override
  public void close() {
    for (String id : ids) {
      jdbc.update("DELETE FROM portal.access_request WHERE dataset_id = ?", id);
      jdbc.update("DELETE FROM portal.access_grant WHERE dataset_id = ?", id);
      jdbc.update("DELETE FROM catalog.dataset WHERE id = ?", id);
    }
    try (Connection connection = stack.trinoAs("admin"); Statement statement = connection.createStatement();
        java.sql.ResultSet tables = statement.executeQuery("SHOW TABLES FROM internal." + schema)) {
      List<String> names = new ArrayList<>();
      while (tables.next()) {
        names.add(tables.getString(1));
      }
      for (String name : names) {
        admin("DROP TABLE internal." + schema + "." + name);
      }
      admin("DROP SCHEMA internal." + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop the test schema " + schema, e);
    } finally {
      tier.close();
    }
  }

  private void admin(String sql) {
    try (Connection connection = stack.trinoAs("admin"); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
