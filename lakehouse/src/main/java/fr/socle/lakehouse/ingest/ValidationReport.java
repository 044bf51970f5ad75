package fr.socle.lakehouse.ingest;

import java.util.List;
import java.util.Map;

/**
 * What did not fit in a file: the total count, the first errors (at most {@value #MAX_ERRORS}) and the count per
 * field and reason (keys {@code "field : reason"}), so a file with a million bad dates says so in one line.
 */
public record ValidationReport(long errorCount, List<RowError> errors, Map<String, Long> countsByFieldAndReason) {
  public static final int MAX_ERRORS = 1_000;
  public static final ValidationReport EMPTY = new ValidationReport(0, List.of(), Map.of());

  public ValidationReport {
    errors = List.copyOf(errors);
    countsByFieldAndReason = Map.copyOf(countsByFieldAndReason);
  }

  public boolean valid() {
    return errorCount == 0;
  }
}
