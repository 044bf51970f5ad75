package fr.socle.lakehouse.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Collects row errors: all are counted by field and reason, the first ones are kept whole. */
final class ErrorLog {
  private final List<RowError> first = new ArrayList<>();
  private final Map<FieldReason, Long> counts = new LinkedHashMap<>();
  private long count;

  private record FieldReason(String field, Message reason) {}

  void add(long line, String field, @Nullable String value, Message reason) {
    count++;
    if (first.size() < ValidationReport.MAX_ERRORS) {
      first.add(new RowError(line, field, value, reason));
    }
    counts.merge(new FieldReason(field, reason), 1L, Long::sum);
  }

  boolean isEmpty() {
    return count == 0;
  }

  long count() {
    return count;
  }

  ValidationReport report() {
    List<ValidationReport.Count> byReason = new ArrayList<>();
    counts.forEach((key, n) -> byReason.add(new ValidationReport.Count(key.field(), key.reason(), n)));
    return new ValidationReport(count, first, byReason);
  }
}
