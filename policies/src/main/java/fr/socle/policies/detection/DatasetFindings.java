package fr.socle.policies.detection;

import java.util.List;
import java.util.Optional;

/**
 * The scan of a table: each column's findings, how many rows went by and how many were scanned (fewer when
 * sampled: the figures of the columns are then sample counts).
 */
public record DatasetFindings(long rowsRead, long rowsScanned, boolean sampled, List<ColumnFindings> columns) {
  public DatasetFindings {
    columns = List.copyOf(columns);
  }

  /** Findings stated by hand, for callers that know them without a scan (and for tests). */
  public static DatasetFindings of(List<ColumnFindings> columns) {
    long rows = columns.stream().mapToLong(ColumnFindings::valuesScanned).max().orElse(0);
    return new DatasetFindings(rows, rows, false, columns);
  }

  public Optional<ColumnFindings> column(String name) {
    return columns.stream().filter(c -> c.column().equals(name)).findFirst();
  }

  public List<String> columnNames() {
    return columns.stream().map(ColumnFindings::column).toList();
  }

  /** "100 000 lignes sur 10 000 000 (échantillon uniforme)", or "2 345 lignes". */
  public String coverage() {
    return sampled
        ? Numbers.grouped(rowsScanned) + " lignes sur " + Numbers.grouped(rowsRead) + " (échantillon uniforme)"
        : Numbers.grouped(rowsScanned) + " lignes";
  }
}
