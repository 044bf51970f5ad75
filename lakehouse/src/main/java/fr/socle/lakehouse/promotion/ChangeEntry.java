package fr.socle.lakehouse.promotion;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a published dataset's public changelog: a new version (rows added, removed, changed; schema
 * changes), a retraction or a purge, with a French summary.
 */
public record ChangeEntry(Instant at, String kind, @Nullable Integer version, @Nullable Long rowsTotal,
    @Nullable Long rowsAdded, @Nullable Long rowsRemoved, @Nullable Long rowsChanged, List<String> schemaChanges,
    String summary) {
  public ChangeEntry {
    schemaChanges = List.copyOf(schemaChanges);
  }
}
