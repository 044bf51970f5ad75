package fr.socle.policies.occultation;

import static java.util.Objects.requireNonNull;

import fr.socle.policies.detection.ColumnContext;
import fr.socle.policies.detection.ColumnFindings;
import fr.socle.policies.detection.ColumnScanner;
import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.detection.FindingSet;
import fr.socle.policies.detection.KindStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The last check before the open tier: fed every output row in the same pass as the write, it re-runs the
 * detectors on each published value and fails on any personal finding the plan does not make safe in that column;
 * with small-group suppression it checks k-anonymity over the quasi-identifiers; with an aggregation it checks the
 * counts of the published cells. The write is committed only when {@link #verdict} passes.
 */
public final class PublicationGate {
  private final List<String> columns;
  private final List<ColumnScanner> scanners;
  private final List<Set<FindingKind>> safe;
  /** Per column, the bits of the personal kinds the plan does not make safe there. */
  private final int[] unsafe;
  private final long[] violations;
  private final @Nullable QuasiIdentifierGroups groups;
  private final int[] quasiIdentifierIndex;
  private final List<String> quasiIdentifiers;
  private final @Nullable String countColumn;
  private final int countIndex;
  private final int minimumCount;
  private long rows;
  private long smallCells;

  /**
   * @param plan the plan the rows were produced with
   * @param outputColumns the columns of the output rows, in order (for an aggregation: group-by columns, then
   *     measures)
   * @param schema the dataset's SCDL schema, for the detectors' context
   */
  public PublicationGate(OccultationPlan plan, List<String> outputColumns, @Nullable String schema) {
    requireNonNull(plan, "plan");
    this.columns = List.copyOf(outputColumns);
    List<ColumnContext> contexts = ColumnContext.forDataset(columns, schema);
    this.scanners = contexts.stream().map(ColumnScanner::new).toList();
    this.safe = columns.stream().map(c -> PlanCoverage.coveredKinds(plan, c)).toList();
    this.unsafe = new int[columns.size()];
    for (int i = 0; i < unsafe.length; i++) {
      for (FindingKind kind : FindingKind.values()) {
        if (kind.isPersonal() && !safe.get(i).contains(kind)) {
          unsafe[i] |= 1 << kind.ordinal();
        }
      }
    }
    this.violations = new long[columns.size()];
    SmallGroupSuppression suppression = plan.smallGroupSuppression().orElse(null);
    this.groups = suppression == null ? null : new QuasiIdentifierGroups(suppression);
    this.quasiIdentifierIndex = suppression == null ? new int[0]
        : suppression.quasiIdentifiers().stream().mapToInt(columns::indexOf).toArray();
    this.quasiIdentifiers = suppression == null ? List.of() : suppression.quasiIdentifiers();
    int count = -1;
    int minimum = 0;
    if (plan.cells().isPresent() && plan.cells().get().secrecy() instanceof SecrecyRule.MinimumCount min
        && min.unitColumn() == null) {
      for (Measure measure : plan.cells().get().measures()) {
        if (measure instanceof Measure.Count) {
          count = columns.indexOf(measure.output());
          minimum = min.units();
        }
      }
    }
    this.countIndex = count;
    this.countColumn = count >= 0 ? columns.get(count) : null;
    this.minimumCount = minimum;
  }

  /** One output row, as written. */
  public void accept(List<? extends @Nullable CharSequence> row) {
    rows++;
    for (int i = 0; i < scanners.size(); i++) {
      FindingSet found = scanners.get(i).accept(row.get(i));
      if ((found.bits() & unsafe[i]) != 0) {
        violations[i]++;
      }
    }
    if (groups != null) {
      List<@Nullable CharSequence> key = new ArrayList<>(quasiIdentifierIndex.length);
      for (int i : quasiIdentifierIndex) {
        key.add(i >= 0 ? row.get(i) : null);
      }
      groups.accept(key);
    }
    if (countIndex >= 0) {
      long n = FrenchNumbers.parse(row.get(countIndex)).map(v -> v.longValue()).orElse(0L);
      if (n < minimumCount) {
        smallCells++;
      }
    }
  }

  public GateVerdict verdict() {
    List<GateVerdict.Failure> failures = new ArrayList<>();
    for (int i = 0; i < scanners.size(); i++) {
      if (violations[i] == 0) {
        continue;
      }
      ColumnFindings findings = scanners.get(i).result();
      for (KindStats stats : findings.kinds()) {
        if (stats.kind().isPersonal() && !safe.get(i).contains(stats.kind())) {
          failures.add(new GateVerdict.Failure(GateVerdict.Check.DETECTORS, columns.get(i), stats.kind(),
              stats.values(), stats.examples(), "colonne « " + columns.get(i) + " » : "
                  + findings.describe(stats.kind()) + " dans la sortie, non couvert(e)s par le plan"));
        }
      }
    }
    if (groups != null) {
      QuasiIdentifierGroups.Result k = groups.result();
      if (!k.isKAnonymous()) {
        failures.add(new GateVerdict.Failure(GateVerdict.Check.K_ANONYMITY, String.join(", ", quasiIdentifiers),
            null, k.rowsBelowK(), List.of(), "k-anonymat non atteint : " + k.describe()));
      }
    }
    if (smallCells > 0) {
      failures.add(new GateVerdict.Failure(GateVerdict.Check.CELL_SECRECY, countColumn, null, smallCells,
          List.of(), smallCells + " cases publiées sous le seuil de " + minimumCount + " unités"));
    }
    return new GateVerdict(rows, failures.stream().map(GateVerdict.Failure::message).toList(), failures);
  }
}
