package fr.socle.lakehouse.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What ingestion would make of a file, without writing anything: the columns with their inferred types (for a
 * steward to correct), the first rows as read, and for CSV the encoding and separator it detected.
 */
public record FileInspection(
    SourceFormat format,
    List<ColumnSpec> columns,
    List<List<@Nullable String>> sampleRows,
    @Nullable String detectedCharset,
    @Nullable Character detectedDelimiter) {
  public FileInspection {
    columns = List.copyOf(columns);
    sampleRows = sampleRows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
  }
}
