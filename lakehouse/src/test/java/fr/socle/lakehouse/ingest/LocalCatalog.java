package fr.socle.lakehouse.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.IcebergGenerics;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.inmemory.InMemoryCatalog;
import org.apache.iceberg.io.CloseableIterable;

/**
 * A catalogue for fast tests: Iceberg's in-memory catalogue over a temporary folder, so data and metadata files
 * are real Parquet and JSON files on disk while no database is needed.
 */
final class LocalCatalog {
  final Path warehouse;
  final InMemoryCatalog catalog = new InMemoryCatalog();

  LocalCatalog(Path warehouse) {
    this.warehouse = warehouse;
    catalog.initialize("test", Map.of(
        CatalogProperties.WAREHOUSE_LOCATION, warehouse.toUri().toString(),
        CatalogProperties.FILE_IO_IMPL, "org.apache.iceberg.hadoop.HadoopFileIO"));
  }

  Ingestion ingestion() {
    return new Ingestion(catalog, warehouse.toUri().toString(), WriterSettings.DEFAULTS);
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
}
