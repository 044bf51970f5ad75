package fr.socle.policies.access;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the access policy knows of a dataset: its id and table, who produces it, its visibility, whether it can
 * still be read, and its columns with their types (for checking grants and rendering filters).
 */
public record DatasetFacts(
    String id,
    TableRef table,
    String producerService,
    String steward,
    Visibility visibility,
    boolean discoverableByPartners,
    boolean readable,
    Map<String, ValueType> columns) {

  public DatasetFacts {
    requireNonNull(id, "id");
    requireNonNull(table, "table");
    requireNonNull(producerService, "producerService");
    requireNonNull(steward, "steward");
    requireNonNull(visibility, "visibility");
    columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }
}
