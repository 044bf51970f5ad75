package fr.socle.policies.occultation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Publish a table of cells instead of the rows: group by some columns, count or sum, and suppress the cells that
 * break the secrecy rule. The published columns are the group-by columns and the measures.
 */
public record Aggregation(List<String> groupBy, List<Measure> measures, SecrecyRule secrecy) {
  public Aggregation {
    groupBy = List.copyOf(groupBy);
    measures = List.copyOf(measures);
    requireNonNull(secrecy, "secrecy");
    if (measures.isEmpty()) {
      throw new IllegalArgumentException("at least one measure");
    }
  }

  /** The source columns the aggregation reads. */
  public List<String> inputs() {
    List<String> inputs = new ArrayList<>(groupBy);
    for (Measure measure : measures) {
      if (measure instanceof Measure.Sum sum && !inputs.contains(sum.column())) {
        inputs.add(sum.column());
      }
    }
    switch (secrecy) {
      case SecrecyRule.MinimumCount min when min.unitColumn() != null && !inputs.contains(min.unitColumn()) ->
          inputs.add(min.unitColumn());
      case SecrecyRule.Dominance dominance -> {
        if (!inputs.contains(dominance.unitColumn())) {
          inputs.add(dominance.unitColumn());
        }
        if (!inputs.contains(dominance.valueColumn())) {
          inputs.add(dominance.valueColumn());
        }
      }
      default -> {}
    }
    return List.copyOf(inputs);
  }

  /** The columns of the published table: group-by columns, then measures. */
  public List<String> outputs() {
    List<String> outputs = new ArrayList<>(groupBy);
    measures.forEach(m -> outputs.add(m.output()));
    return List.copyOf(outputs);
  }

  public String describe() {
    return "agréger par (" + String.join(", ", groupBy) + ") : "
        + String.join(", ", measures.stream().map(Measure::output).toList()) + " ; " + secrecy.describe();
  }
}
