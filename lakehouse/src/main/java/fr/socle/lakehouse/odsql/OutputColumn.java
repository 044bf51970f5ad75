package fr.socle.lakehouse.odsql;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A column of a query's result: the key it has in a record, its ODS type (how to write its values) and, for a
 * {@code range()} group, the labels of its buckets (the SQL returns the bucket's number: its index among the
 * bounds, or how many steps its lower bound is from zero).
 */
public record OutputColumn(String key, FieldType type, @Nullable Buckets buckets) {
  public OutputColumn {
    requireNonNull(key, "key");
    requireNonNull(type, "type");
  }

  /** Buckets of {@code range(f, step)} (by number of steps) or {@code range(f, *, a, b, *)} (by index). */
  public record Buckets(java.math.@Nullable BigDecimal step, List<String> labels) {
    public Buckets {
      labels = List.copyOf(labels);
    }

    /** The label of the bucket a row falls in, from the value the SQL returned. */
    public @Nullable String label(@Nullable Object value) {
      if (value == null) {
        return null;
      }
      if (step != null) {
        java.math.BigDecimal low = step.multiply(new java.math.BigDecimal(value.toString()));
        return "[" + low.stripTrailingZeros().toPlainString() + ", "
            + low.add(step).stripTrailingZeros().toPlainString() + "[";
      }
      int index = ((java.lang.Number) value).intValue();
      return index >= 0 && index < labels.size() ? labels.get(index) : null;
    }
  }
}
