package fr.socle.lakehouse.classification;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.types.Types;
import org.jspecify.annotations.Nullable;

/**
 * What to scan of a dataset: its table's current snapshot, with the columns of that snapshot's schema (a column
 * added through Trino is there even before the catalogue documents it) and its row count from the snapshot summary.
 */
public final class ScanTargets {
  private final Catalogue catalogue;

  public ScanTargets(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The current snapshot of the dataset's table, or empty when the table holds no data yet. */
  public Optional<ScanTarget> current(Dataset dataset) {
    Table table = catalogue.loadTable(dataset);
    Snapshot snapshot = table.currentSnapshot();
    if (snapshot == null) {
      return Optional.empty();
    }
    Schema schema = snapshot.schemaId() == null ? table.schema() : table.schemas().getOrDefault(snapshot.schemaId(),
        table.schema());
    List<ScanColumn> columns = new ArrayList<>();
    for (Types.NestedField field : schema.columns()) {
      columns.add(new ScanColumn(field.name(), ValueKind.of(field.type())));
    }
    return Optional.of(new ScanTarget(dataset.id(), catalogue.tier().trinoCatalog(), dataset.domain(),
        dataset.tableName(), snapshot.snapshotId(), liveRows(snapshot.summary()), columns,
        scdl(dataset.metadata().scdlSchema())));
  }

  /** The current snapshot id of the dataset's table, if it holds data: cheaper than {@link #current}. */
  public Optional<Long> currentSnapshotId(Dataset dataset) {
    Snapshot snapshot = catalogue.loadTable(dataset).currentSnapshot();
    return snapshot == null ? Optional.empty() : Optional.of(snapshot.snapshotId());
  }

  /** Records of the data files less the rows deleted by position-delete files (equality deletes are rare here). */
  static long liveRows(Map<String, String> summary) {
    return Math.max(0, number(summary.get("total-records")) - number(summary.get("total-position-deletes")));
  }

  /** "scdl-equipements" and "equipements" are the same schema for the detectors and the rules. */
  static @Nullable String scdl(@Nullable String schema) {
    if (schema == null || schema.isBlank()) {
      return null;
    }
    String name = schema.strip().toLowerCase(Locale.ROOT);
    return name.startsWith("scdl-") ? name.substring("scdl-".length()) : name;
  }

  private static long number(@Nullable String value) {
    if (value == null) {
      return 0;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
