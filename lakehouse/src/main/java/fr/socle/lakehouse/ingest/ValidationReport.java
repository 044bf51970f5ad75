package fr.socle.lakehouse.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What did not fit in a file: the total count, the first errors (at most {@value #MAX_ERRORS}) and the count per
 * field and reason, so a file with a million bad dates says so in one line.
 */
public record ValidationReport(long errorCount, List<RowError> errors, List<Count> counts) {
  public static final int MAX_ERRORS = 1_000;
  public static final ValidationReport EMPTY = new ValidationReport(0, List.of(), List.of());

  public ValidationReport {
    errors = List.copyOf(errors);
    counts = List.copyOf(counts);
  }

  /** How many cells of a field failed for one reason (the field is empty for cells beyond the header). */
  public record Count(String field, Message reason, long count) {
    public Count {
      requireNonNull(field, "field");
      requireNonNull(reason, "reason");
    }

    /** {@code field : reason} in {@code locale}'s language (the reason alone when there is no field). */
    public String label(Locale locale) {
      String text = reason.render(locale);
      return field.isEmpty() ? text : Message.of("row.where", field, text).render(locale);
    }
  }

  public boolean valid() {
    return errorCount == 0;
  }

  /** The counts keyed {@code "field : reason"} in French, in the order the errors were first met. */
  public Map<String, Long> countsByFieldAndReason() {
    Map<String, Long> french = new LinkedHashMap<>();
    counts.forEach(c -> french.merge(c.label(Locale.FRENCH), c.count(), Long::sum));
    return Collections.unmodifiableMap(french);
  }
}
