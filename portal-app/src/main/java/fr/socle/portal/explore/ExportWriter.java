package fr.socle.portal.explore;

import fr.socle.lakehouse.odsql.OutputColumn;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Writes an export one row at a time: nothing but the current row (and a format's own buffer) is in memory. */
interface ExportWriter {
  /** The columns, and the header of each (the field name, or its label with {@code use_labels}). */
  void start(List<OutputColumn> columns, List<String> headers) throws IOException;

  void row(@Nullable Object[] values) throws IOException;

  /** {@code truncated}: rows were left out because the format cannot hold more (XLSX). */
  void finish(boolean truncated) throws IOException;

  /** The most rows the format takes, or -1. */
  default long maxRows() {
    return -1;
  }
}
