package fr.socle.policies.occultation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a dataset is published: a rule per column, optionally small-group suppression over quasi-identifiers, or an
 * aggregation that publishes cells instead of rows. An allow-list: a column without a rule is not published, and a
 * new column stays out until a decision covers it ({@link PlanCoverage}).
 */
public record OccultationPlan(
    List<ColumnRule> columns, @Nullable SmallGroupSuppression smallGroups, @Nullable Aggregation aggregation) {
  public OccultationPlan {
    columns = List.copyOf(columns);
    Set<String> seen = new HashSet<>();
    for (ColumnRule rule : columns) {
      if (!seen.add(rule.column())) {
        throw new IllegalArgumentException("two rules for column " + rule.column());
      }
    }
    if (smallGroups != null && aggregation != null) {
      throw new IllegalArgumentException("suppress small groups of rows, or aggregate: not both");
    }
  }

  public OccultationPlan(List<ColumnRule> columns) {
    this(columns, null, null);
  }

  /** Publishes nothing: the plan of a dataset that is not, or not yet, communicable. */
  public static OccultationPlan nothing() {
    return new OccultationPlan(List.of());
  }

  /** Every listed column as it is. */
  public static OccultationPlan keepAll(List<String> columns) {
    return new OccultationPlan(columns.stream().<ColumnRule>map(ColumnRule.Keep::new).toList());
  }

  public OccultationPlan withSmallGroups(SmallGroupSuppression suppression) {
    return new OccultationPlan(columns, suppression, null);
  }

  public OccultationPlan withAggregation(Aggregation cells) {
    return new OccultationPlan(columns, null, cells);
  }

  public Optional<ColumnRule> rule(String column) {
    return columns.stream().filter(r -> r.column().equals(column)).findFirst();
  }

  public Optional<SmallGroupSuppression> smallGroupSuppression() {
    return Optional.ofNullable(smallGroups);
  }

  public Optional<Aggregation> cells() {
    return Optional.ofNullable(aggregation);
  }

  /** Whether rows (not only aggregate cells) reach the open tier. */
  public boolean publishesRows() {
    return aggregation == null && columns.stream().anyMatch(ColumnRule::publishes);
  }

  public boolean publishesAnything() {
    return aggregation != null || publishesRows();
  }

  /** The source columns whose values (transformed or not) are published, in plan order. */
  public List<String> publishedColumns() {
    if (aggregation != null) {
      return aggregation.groupBy();
    }
    return columns.stream().filter(ColumnRule::publishes).map(ColumnRule::column).toList();
  }

  /** Every source column the plan names, in a rule, a suppression or an aggregation. */
  public Set<String> namedColumns() {
    Set<String> named = new LinkedHashSet<>();
    columns.forEach(r -> named.add(r.column()));
    if (smallGroups != null) {
      named.addAll(smallGroups.quasiIdentifiers());
    }
    if (aggregation != null) {
      named.addAll(aggregation.inputs());
    }
    for (ColumnRule rule : columns) {
      if (rule instanceof ColumnRule.GeneraliseCoordinates g && g.latitudeColumn() != null) {
        named.add(g.latitudeColumn());
      }
    }
    return named;
  }

  /** Whether every published column is published untransformed, without suppression or aggregation. */
  public boolean occultsNothing(List<String> tableColumns) {
    return aggregation == null && smallGroups == null
        && tableColumns.stream().allMatch(c -> rule(c).filter(r -> r.publishes() && !r.transforms()).isPresent());
  }

  /** One line per rule, in French, for the decision's record. */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    columns.forEach(r -> lines.add(r.column() + " : " + r.describe()));
    if (smallGroups != null) {
      lines.add(smallGroups.describe());
    }
    if (aggregation != null) {
      lines.add(aggregation.describe());
    }
    return lines;
  }
}
