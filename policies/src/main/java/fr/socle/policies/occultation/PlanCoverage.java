package fr.socle.policies.occultation;

import fr.socle.policies.detection.ColumnFindings;
import fr.socle.policies.detection.DatasetFindings;
import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.detection.Sensitivity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a plan with a table as it is now. When the data changes shape (a new column, a new kind of value in a
 * published column, a column the plan names that is gone), the dataset goes back to review: the promotion job keeps
 * publishing under the plan (a new column stays out, since plans are allow-lists) and the data officer is told
 * what is uncovered.
 */
public final class PlanCoverage {
  private PlanCoverage() {}

  /**
   * @param uncoveredColumns columns of the table the plan does not name: not published until decided
   * @param missingColumns columns the plan names that the table no longer has
   * @param uncoveredFindings per published column, personal kinds found that its rule does not make safe
   */
  public record Coverage(
      List<String> uncoveredColumns, List<String> missingColumns, Map<String, Set<FindingKind>> uncoveredFindings) {
    public Coverage {
      uncoveredColumns = List.copyOf(uncoveredColumns);
      missingColumns = List.copyOf(missingColumns);
      uncoveredFindings = Map.copyOf(uncoveredFindings);
    }

    /** Whether the plan still decides everything: no review needed. */
    public boolean isComplete() {
      return uncoveredColumns.isEmpty() && missingColumns.isEmpty() && uncoveredFindings.isEmpty();
    }

    /** In French, one line per problem, for the review task. */
    public List<String> reasons() {
      List<String> reasons = new ArrayList<>();
      uncoveredColumns.forEach(c -> reasons.add("colonne « " + c + " » nouvelle : non publiée tant qu'une décision ne"
          + " la couvre pas"));
      missingColumns.forEach(c -> reasons.add("colonne « " + c + " » nommée par le plan mais absente de la table"));
      uncoveredFindings.forEach((c, kinds) -> reasons.add("colonne « " + c + " » : " + String.join(", ",
          kinds.stream().sorted().map(FindingKind::plural).toList()) + " détecté(e)s, non couvert(e)s par le plan"));
      return reasons;
    }
  }

  public static Coverage check(OccultationPlan plan, DatasetFindings findings) {
    List<String> tableColumns = findings.columnNames();
    List<String> uncovered = new ArrayList<>();
    for (String column : tableColumns) {
      if (!plan.namedColumns().contains(column)) {
        uncovered.add(column);
      }
    }
    List<String> missing = plan.namedColumns().stream().filter(c -> !tableColumns.contains(c)).toList();
    Map<String, Set<FindingKind>> uncoveredFindings = new LinkedHashMap<>();
    for (ColumnFindings column : findings.columns()) {
      Set<FindingKind> safe = coveredKinds(plan, column.column());
      EnumSet<FindingKind> open = EnumSet.noneOf(FindingKind.class);
      for (FindingKind kind : column.detected()) {
        if (kind.sensitivity() != Sensitivity.PUBLISHABLE && !safe.contains(kind)) {
          open.add(kind);
        }
      }
      if (!open.isEmpty() && plan.namedColumns().contains(column.column())) {
        uncoveredFindings.put(column.column(), open);
      }
    }
    return new Coverage(uncovered, missing, uncoveredFindings);
  }

  /**
   * The kinds a column may hold under the plan. Not published: everything. Aggregated: quasi-identifiers of a
   * group-by column are safe (cells meet the secrecy rule), direct identifiers are not.
   */
  static Set<FindingKind> coveredKinds(OccultationPlan plan, String column) {
    var aggregation = plan.cells();
    if (aggregation.isPresent()) {
      if (!aggregation.get().groupBy().contains(column)) {
        return Set.of(FindingKind.values());
      }
      EnumSet<FindingKind> safe = EnumSet.noneOf(FindingKind.class);
      for (FindingKind kind : FindingKind.values()) {
        if (!kind.isDirectIdentifier()) {
          safe.add(kind);
        }
      }
      plan.rule(column).ifPresent(rule -> safe.addAll(rule.covers()));
      return safe;
    }
    return plan.rule(column).map(rule -> rule.publishes() ? rule.covers() : Set.of(FindingKind.values()))
        .orElse(Set.of(FindingKind.values()));
  }
}
