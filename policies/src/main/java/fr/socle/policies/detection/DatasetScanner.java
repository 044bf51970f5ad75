package fr.socle.policies.detection;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Scans a table row by row: each column through its own {@link ColumnScanner}, the rows chosen by a
 * {@link RowSampler}. Rows are lists of the columns' values as text, in the order of the contexts.
 */
public final class DatasetScanner {
  private final List<ColumnScanner> columns;
  private final RowSampler sampler;

  public DatasetScanner(List<ColumnContext> columns, RowSampler sampler) {
    this.sampler = requireNonNull(sampler, "sampler");
    List<ColumnScanner> scanners = new ArrayList<>(columns.size());
    for (ColumnContext column : columns) {
      scanners.add(new ColumnScanner(column));
    }
    this.columns = List.copyOf(scanners);
  }

  /** Every row of a table with these columns. */
  public static DatasetScanner everyRow(List<String> columns, @Nullable String schema) {
    return new DatasetScanner(ColumnContext.forDataset(columns, schema), RowSampler.all());
  }

  /** The project's sampling policy for a table of {@code totalRows} rows ({@link RowSampler#forTable}). */
  public static DatasetScanner forTable(List<String> columns, @Nullable String schema, long totalRows, long seed) {
    return new DatasetScanner(ColumnContext.forDataset(columns, schema), RowSampler.forTable(totalRows, seed));
  }

  public void accept(List<? extends @Nullable CharSequence> row) {
    if (row.size() != columns.size()) {
      throw new IllegalArgumentException("row has " + row.size() + " values, table has " + columns.size() + " columns");
    }
    if (!sampler.next()) {
      return;
    }
    for (int i = 0; i < columns.size(); i++) {
      columns.get(i).accept(row.get(i));
    }
  }

  public DatasetFindings result() {
    return new DatasetFindings(sampler.rowsSeen(), sampler.rowsKept(), sampler.isSampling(),
        columns.stream().map(ColumnScanner::result).toList());
  }
}
