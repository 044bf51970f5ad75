package fr.socle.portal.testing;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetColumn;
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
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Datasets made for a test: a table created through Trino as admin (who may write; never at a chosen location)
 * and registered in the catalogue, as a load would; removed at the end.
 */
public final class TestDatasets implements AutoCloseable {
  private final Stack stack;
  private final Jdbc jdbc;
  private final Tier tier;
  private final Catalogue catalogue;
  private final List<String> created = new ArrayList<>();

  public TestDatasets(Stack stack) {
    this.stack = stack;
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(stack.jdbcUrl("socle"));
    dataSource.setUser("socle");
    dataSource.setPassword(stack.value("SOCLE_DB_PASSWORD"));
    this.jdbc = new Jdbc(dataSource);
    this.tier = Tier.open(new TierSettings("internal", stack.jdbcUrl("iceberg_internal"), "iceberg_internal",
        stack.value("ICEBERG_INTERNAL_PASSWORD"), stack.value("SOCLE_WAREHOUSE_INTERNAL"), null));
    this.catalogue = new Catalogue(jdbc, tier, Clock.systemUTC());
  }

  public DataSource socleDatabase() {
    return jdbc.dataSource();
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * Creates {@code internal.domain.table} from a SELECT run by admin and registers it.
   *
   * @param columns the columns with their lakehouse type codes, as the catalogue documents them
   */
  public Dataset create(String domain, String table, String select, List<DatasetColumn> columns, String service,
      String steward, Visibility visibility, boolean partners) throws SQLException {
    try (Connection connection = stack.trinoAs("admin"); Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS internal." + domain);
      statement.execute("DROP TABLE IF EXISTS internal." + domain + "." + table);
      statement.execute("CREATE TABLE internal." + domain + "." + table + " AS " + select);
    }
    Dataset dataset = jdbc.inTransaction(connection -> {
      Dataset registered = catalogue.register(connection, new NewDataset(null, domain, table,
          new Dataset.Metadata("Test " + table, "Jeu de test", service, steward, "test", List.of("test"),
              "etalab-2.0", null, null, null, null, null), visibility, partners), "it");
      Catalogue.replaceColumns(connection, registered.id(), columns);
      return registered;
    });
    created.add(dataset.id());
    return dataset;
  }

  @Override
  public void close() {
    for (String id : created) {
      jdbc.update("DELETE FROM portal.access_request WHERE dataset_id = ?", id);
      jdbc.update("DELETE FROM portal.access_grant WHERE dataset_id = ?", id);
      catalogue.delete(id, "it");
      // Tests leave no tombstone behind (a real deletion keeps one).
      jdbc.update("DELETE FROM catalog.dataset WHERE id = ?", id);
    }
    tier.close();
  }
}
