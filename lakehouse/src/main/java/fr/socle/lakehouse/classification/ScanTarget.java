package fr.socle.lakehouse.classification;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One snapshot of a dataset's table, as it is to be scanned: the columns of the snapshot's schema (not the
 * catalogue's documentation, which may lag behind the table) and its row count from the snapshot summary.
 *
 * @param catalog the Trino catalog ({@code internal})
 * @param scdlSchema the SCDL schema the dataset follows, normalised ({@code equipements}), or null
 */
public record ScanTarget(String datasetId, String catalog, String schema, String table, long snapshotId,
    long totalRows, List<ScanColumn> columns, @Nullable String scdlSchema) {
  public ScanTarget {
    requireNonNull(datasetId, "datasetId");
    requireNonNull(catalog, "catalog");
    requireNonNull(schema, "schema");
    requireNonNull(table, "table");
    columns = List.copyOf(columns);
    if (totalRows < 0) {
      throw new IllegalArgumentException("totalRows >= 0");
    }
  }

  public List<String> columnNames() {
    return columns.stream().map(ScanColumn::name).toList();
  }
}
