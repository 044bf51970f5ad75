package fr.socle.lakehouse.ingest;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A file ingestion can read: its header (the columns' labels), the types its format fixes (Parquet columns,
 * geometry columns), and as many passes over its rows as a load needs.
 */
interface Source {
  List<String> headers();

  /** Per column, the type the format fixes, or null where the type is to be inferred from the values. */
  List<@Nullable ColumnType> nativeTypes();

  RowReader open() throws IOException, IngestionException;

  long totalBytes();

  /** CSV only: the encoding used. */
  default @Nullable String charsetName() {
    return null;
  }

  /** CSV only: the separator used. */
  default @Nullable Character delimiter() {
    return null;
  }
}
