package fr.socle.lakehouse.ingest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A row error as a French reader sees it, to compare a report's errors with the sentences they must read as. */
record FrenchRowError(long line, String field, @Nullable String value, String reason) {
  static List<FrenchRowError> of(ValidationReport report) {
    return report.errors().stream()
        .map(e -> new FrenchRowError(e.line(), e.field(), e.value(), e.reason().french()))
        .toList();
  }
}
