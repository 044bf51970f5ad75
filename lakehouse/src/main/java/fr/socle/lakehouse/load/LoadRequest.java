package fr.socle.lakehouse.load;

import static java.util.Objects.requireNonNull;

import fr.socle.lakehouse.ingest.ColumnType;
import fr.socle.lakehouse.ingest.ReadOptions;
import fr.socle.lakehouse.ingest.SourceFormat;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A file to load, as a person or a script gives it: where it is, what they call it, how to read it, the column
 * types they corrected, and the TableSchema (e.g. {@code scdl-subventions}) it must follow, if any.
 */
public record LoadRequest(
    Path file,
    String sourceName,
    @Nullable SourceFormat format,
    ReadOptions read,
    Map<String, ColumnType> typeOverrides,
    @Nullable String schemaName) {

  public LoadRequest {
    requireNonNull(file, "file");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(read, "read");
    typeOverrides = Map.copyOf(typeOverrides);
  }

  public static LoadRequest of(Path file) {
    return new LoadRequest(file, file.getFileName().toString(), null, ReadOptions.DEFAULTS, Map.of(), null);
  }
}
