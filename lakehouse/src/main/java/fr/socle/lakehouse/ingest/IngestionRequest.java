package fr.socle.lakehouse.ingest;

import static java.util.Objects.requireNonNull;

import fr.socle.lakehouse.schema.TableSchema;
import java.nio.file.Path;
import java.util.Map;
import org.apache.iceberg.catalog.TableIdentifier;
import org.jspecify.annotations.Nullable;

/**
 * One load of a file into a table.
 *
 * @param file the file, on local disk
 * @param sourceName the name the user gave it (upload name, URL), recorded in the snapshot
 * @param format the format, or null to detect it from the name and content
 * @param table the Iceberg table (namespace and name)
 * @param mode create, append to or replace the table
 * @param read how to read the file
 * @param typeOverrides column types fixed by a steward, keyed by header or by column name: a value that does not
 *     fit is then a row error
 * @param schema a TableSchema (e.g. SCDL) the file must comply with, or null
 * @param snapshotProperties who and what, e.g. {@code socle.user}, {@code socle.load-id}: added to the snapshot
 *     summary along with {@code socle.mode} and {@code socle.source}
 */
public record IngestionRequest(
    Path file,
    String sourceName,
    @Nullable SourceFormat format,
    TableIdentifier table,
    LoadMode mode,
    ReadOptions read,
    Map<String, ColumnType> typeOverrides,
    @Nullable TableSchema schema,
    Map<String, String> snapshotProperties) {

  public IngestionRequest {
    requireNonNull(file, "file");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(table, "table");
    requireNonNull(mode, "mode");
    requireNonNull(read, "read");
    typeOverrides = Map.copyOf(typeOverrides);
    snapshotProperties = Map.copyOf(snapshotProperties);
  }

  /** A request with default reading, no override, no schema and no snapshot property. */
  public static IngestionRequest of(Path file, TableIdentifier table, LoadMode mode) {
    return new IngestionRequest(
        file, file.getFileName().toString(), null, table, mode, ReadOptions.DEFAULTS, Map.of(), null, Map.of());
  }

  public IngestionRequest withRead(ReadOptions value) {
    return new IngestionRequest(file, sourceName, format, table, mode, value, typeOverrides, schema,
        snapshotProperties);
  }

  public IngestionRequest withTypeOverrides(Map<String, ColumnType> value) {
    return new IngestionRequest(file, sourceName, format, table, mode, read, value, schema, snapshotProperties);
  }

  public IngestionRequest withSchema(@Nullable TableSchema value) {
    return new IngestionRequest(file, sourceName, format, table, mode, read, typeOverrides, value,
        snapshotProperties);
  }

  public IngestionRequest withSnapshotProperties(Map<String, String> value) {
    return new IngestionRequest(file, sourceName, format, table, mode, read, typeOverrides, schema, value);
  }

  public IngestionRequest withMode(LoadMode value) {
    return new IngestionRequest(file, sourceName, format, table, value, read, typeOverrides, schema,
        snapshotProperties);
  }

  public IngestionRequest withFile(Path value) {
    return new IngestionRequest(value, value.getFileName().toString(), format, table, mode, read, typeOverrides,
        schema, snapshotProperties);
  }
}
