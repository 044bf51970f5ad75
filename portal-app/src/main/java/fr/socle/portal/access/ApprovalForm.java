package fr.socle.portal.access;

import fr.socle.policies.access.RowFilter;
import fr.socle.portal.system.DateFormats;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The approval of a request as the decision form (or the API) states it, turned into a structured scope: columns,
 * masking, row filters as column/operator/values (never SQL text: the grant validates each filter against the
 * dataset's columns and types), an expiry date, a sharing agreement.
 */
final class ApprovalForm {
  /** How many filter rows the form offers without script. */
  static final int FILTER_ROWS = 3;

  private ApprovalForm() {}

  static AccessRequests.Approval approval(boolean allColumns, @Nullable Set<String> columns, boolean maskOthers,
      List<RowFilter> filters, @Nullable String expiry, @Nullable String agreement) {
    Set<String> chosen = null;
    if (!allColumns) {
      if (columns == null || columns.isEmpty()) {
        throw AccessException.invalid("access.invalid.colonnes.noneOrAll");
      }
      chosen = new LinkedHashSet<>(columns);
    }
    if (expiry == null || expiry.isBlank()) {
      throw AccessException.invalid("access.invalid.expiration.missing");
    }
    return new AccessRequests.Approval(chosen, maskOthers, filters, endOfDay(expiry),
        agreement == null || agreement.isBlank() ? null : agreement.strip());
  }

  /** The end of the given day ({@code AAAA-MM-JJ}) in the collectivité's time zone: a grant runs through its day. */
  static java.time.Instant endOfDay(String expiry) {
    try {
      return DateFormats.endOfDay(LocalDate.parse(expiry.strip()));
    } catch (DateTimeParseException e) {
      throw AccessException.invalid("access.invalid.expiration.format");
    }
  }

  /**
   * Filter rows of the form: a column, an operator, values separated by semicolons (a comma may be a decimal
   * separator). Rows without a column are empty and skipped.
   */
  static List<RowFilter> filters(String @Nullable [] columns, String @Nullable [] operators,
      String @Nullable [] values) {
    List<RowFilter> filters = new ArrayList<>();
    if (columns == null) {
      return filters;
    }
    for (int i = 0; i < columns.length; i++) {
      String column = columns[i] == null ? "" : columns[i].strip();
      if (column.isEmpty()) {
        continue;
      }
      String operator = operators != null && i < operators.length ? operators[i] : "";
      String text = values != null && i < values.length && values[i] != null ? values[i] : "";
      filters.add(filter(column, operator, Arrays.stream(text.split(";")).map(String::strip)
          .filter(v -> !v.isEmpty()).toList()));
    }
    return filters;
  }

  static RowFilter filter(String column, @Nullable String operator, List<String> values) {
    try {
      return new RowFilter(column, RowFilter.Operator.parse(operator == null ? "" : operator), values);
    } catch (IllegalArgumentException e) {
      throw AccessException.invalid("access.invalid.filtres.operator", String.valueOf(operator),
          String.join(", ", Arrays.stream(RowFilter.Operator.values()).map(o -> o.name()
              .toLowerCase(Locale.ROOT)).toList()));
    }
  }

}
