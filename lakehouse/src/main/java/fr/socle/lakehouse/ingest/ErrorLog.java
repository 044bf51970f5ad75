package fr.socle.lakehouse.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Collects row errors: all are counted by field and reason, the first ones are kept whole. */
final class ErrorLog {
  private final List<RowError> first = new ArrayList<>();
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private long count;

  void add(long line, String field, @Nullable String value, String reason) {
    count++;
    if (first.size() < ValidationReport.MAX_ERRORS) {
      first.add(new RowError(line, field, value, reason));
    }
    counts.merge(field.isEmpty() ? reason : field + " : " + reason, 1L, Long::sum);
  }

  boolean isEmpty() {
    return count == 0;
  }

  long count() {
    return count;
  }

  ValidationReport report() {
    return new ValidationReport(count, first, counts);
  }
}
