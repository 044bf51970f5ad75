package fr.socle.policies.detection;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.policies.detection.EvaluationSet.LabelledColumn;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the detectors over the labelled evaluation set. Column level, as the data officer sees it:
 * does the column hold a direct identifier (the plan drops it), and which personal kinds does it hold.
 */
class DetectionEvaluationTest {
  private static final List<LabelledColumn> SET =
      EvaluationSet.build(Long.getLong("socle.evaluation.seed", 20_240_601L));

  @Test
  void theSetIsLargeEnough() {
    assertThat(SET).hasSizeGreaterThanOrEqualTo(200);
    assertThat(SET.stream().filter(LabelledColumn::holdsDirectIdentifier).count()).isGreaterThanOrEqualTo(60);
    assertThat(SET.stream().filter(c -> c.truth().isEmpty()).count()).isGreaterThanOrEqualTo(80);
  }

  @Test
  void directIdentifiersAreFoundWithHighRecallAndPrecision() {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int kindTp = 0;
    int kindFp = 0;
    int kindFn = 0;
    StringBuilder errors = new StringBuilder();
    for (LabelledColumn column : SET) {
      ColumnScanner scanner = new ColumnScanner(column.context());
      column.values().forEach(scanner::accept);
      ColumnFindings findings = scanner.result();
      boolean predicted = findings.hasDirectIdentifier();
      boolean actual = column.holdsDirectIdentifier();
      if (predicted && actual) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (actual) {
        fn++;
      }
      Set<FindingKind> found = findings.personalKinds();
      Set<FindingKind> missed = EnumSet.noneOf(FindingKind.class);
      Set<FindingKind> extra = EnumSet.noneOf(FindingKind.class);
      for (FindingKind kind : FindingKind.values()) {
        boolean f = found.contains(kind);
        boolean t = column.truth().contains(kind);
        if (f && t) {
          kindTp++;
        } else if (f) {
          kindFp++;
          extra.add(kind);
        } else if (t) {
          kindFn++;
          missed.add(kind);
        }
      }
      if (!missed.isEmpty() || !extra.isEmpty()) {
        errors.append(String.format("  %-28s missed %s, extra %s %s%n", column.context(), missed, extra,
            extra.stream().map(findings::describe).toList()));
      }
    }
    // Value level: what the publication gate sees, one value at a time.
    long positives = 0;
    long positivesFound = 0;
    long negatives = 0;
    long negativesFlagged = 0;
    for (LabelledColumn column : SET) {
      Set<FindingKind> direct = EnumSet.noneOf(FindingKind.class);
      column.truth().stream().filter(FindingKind::isDirectIdentifier).forEach(direct::add);
      ColumnContext context = column.context();
      for (EvaluationSet.Cell cell : column.cells()) {
        FindingSet found = Detectors.scan(cell.value(), context);
        if (cell.positive() && !direct.isEmpty()) {
          positives++;
          if (direct.stream().allMatch(found::contains)) {
            positivesFound++;
          } else if (Boolean.getBoolean("socle.evaluation.verbose")) {
            System.out.println("  missed in " + column.name() + ": " + cell.value() + " " + found);
          }
        } else if (!cell.positive()) {
          negatives++;
          if (found.hasDirectIdentifier()) {
            negativesFlagged++;
          }
        }
      }
    }
    double valueRecall = positivesFound / (double) positives;
    double falsePositiveRate = negativesFlagged / (double) negatives;
    double recall = tp / (double) (tp + fn);
    double precision = tp / (double) (tp + fp);
    double kindRecall = kindTp / (double) (kindTp + kindFn);
    double kindPrecision = kindTp / (double) (kindTp + kindFp);
    System.out.printf(Locale.ROOT, "Detection evaluation over %d labelled columns (%d with a direct identifier)%n",
        SET.size(), tp + fn);
    System.out.printf(Locale.ROOT, "  direct identifiers, column level: recall %.3f (%d/%d), precision %.3f (%d/%d)%n",
        recall, tp, tp + fn, precision, tp, tp + fp);
    System.out.printf(Locale.ROOT, "  personal kinds, (column, kind) pairs: recall %.3f, precision %.3f%n",
        kindRecall, kindPrecision);
    System.out.printf(Locale.ROOT,
        "  direct identifiers, value level: recall %.4f (%d/%d), false positives %.4f (%d/%d)%n",
        valueRecall, positivesFound, positives, falsePositiveRate, negativesFlagged, negatives);
    System.out.print(errors);

    assertThat(recall).as("recall on direct identifiers").isGreaterThanOrEqualTo(0.98);
    assertThat(precision).as("precision on direct identifiers").isGreaterThanOrEqualTo(0.9);
    assertThat(kindRecall).as("recall on personal kinds").isGreaterThanOrEqualTo(0.9);
    assertThat(kindPrecision).as("precision on personal kinds").isGreaterThanOrEqualTo(0.9);
    assertThat(valueRecall).as("value-level recall (the publication gate)").isGreaterThanOrEqualTo(0.95);
    assertThat(falsePositiveRate).as("value-level false positives").isLessThanOrEqualTo(0.02);
  }
}
