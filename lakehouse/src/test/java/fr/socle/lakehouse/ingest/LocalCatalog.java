package fr.socle.lakehouse.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.jdbc.JdbcCatalog;

/**
 * A catalogue for fast tests: Iceberg's JDBC catalogue on an SQLite file, with a warehouse in a temporary folder,
 * so data and metadata are real files on disk (the same HadoopFileIO as the tier) while no server is needed.
 */
final class LocalCatalog {
  final Path warehouse;
  final JdbcCatalog catalog = new JdbcCatalog();

  LocalCatalog(Path root) {
    this.warehouse = root.resolve("warehouse");
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    catalog.setConf(new Configuration());
    catalog.initialize("test", Map.of(
        CatalogProperties.URI, "jdbc:sqlite:" + root.resolve("catalog.db"),
        CatalogProperties.WAREHOUSE_LOCATION, warehouse.toUri().toString(),
        "jdbc.schema-version", "V1"));
  }

  Ingestion ingestion() {
    return ingestion(WriterSettings.DEFAULTS);
  }

  Ingestion ingestion(WriterSettings settings) {
    return new Ingestion(catalog, warehouse.toUri().toString(), settings);
  }

  Table table(TableIdentifier id) {
    return catalog.loadTable(id);
  }

  List<Record> rows(TableIdentifier id) throws IOException {
    List<Record> rows = new ArrayList<>();
    try (CloseableIterable<Record> records = IcebergGenerics.read(table(id)).build()) {
      records.forEach(r -> rows.add(r.copy()));
    }
    return rows;
  }

  /** Every regular file under the warehouse (data and metadata). */
  List<Path> files() throws IOException {
    if (!Files.exists(warehouse)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(warehouse)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  /** The Parquet data files under the warehouse. */
  List<Path> dataFiles() throws IOException {
    return files().stream().filter(p -> p.toString().endsWith(".parquet")).toList();
  }
}
