package fr.socle.lakehouse.ingest;

import java.util.List;

/**
 * A committed load: the snapshot it made, the rows it wrote, the bytes it read, the table's columns as loaded (name,
 * type, label from the header) and the report (valid, since an invalid file commits nothing).
 */
public record IngestionResult(
    long snapshotId, long rowsWritten, long bytesRead, List<ColumnSpec> columns, ValidationReport report) {
  public IngestionResult {
    columns = List.copyOf(columns);
  }
}
