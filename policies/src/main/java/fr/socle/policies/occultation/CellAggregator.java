package fr.socle.policies.occultation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Aggregates rows into cells (group by, count, sum) and tells which cells meet the secrecy rule: at least n units,
 * and for businesses no unit above 85 % of the cell's total. Units are told apart by the rule's unit column (a
 * business with several rows in a cell is one unit, its rows summed); without one, each row is a unit. Used by the
 * promotion job to publish cells, and by the gate to check published cells. Memory: one entry per cell and unit.
 */
public final class CellAggregator {
  private final Aggregation spec;
  private final int[] groupIndex;
  private final int[] sumIndex;
  private final int unitIndex;
  private final int valueIndex;
  private final Map<List<String>, Cell> cells = new LinkedHashMap<>();
  private long rows;
  private long unreadable;

  public CellAggregator(Aggregation spec, List<String> sourceColumns) {
    this.spec = requireNonNull(spec, "spec");
    this.groupIndex = spec.groupBy().stream().mapToInt(c -> index(sourceColumns, c)).toArray();
    this.sumIndex = spec.measures().stream()
        .mapToInt(m -> m instanceof Measure.Sum sum ? index(sourceColumns, sum.column()) : -1).toArray();
    this.unitIndex = switch (spec.secrecy()) {
      case SecrecyRule.MinimumCount min -> min.unitColumn() == null ? -1 : index(sourceColumns, min.unitColumn());
      case SecrecyRule.Dominance dominance -> index(sourceColumns, dominance.unitColumn());
    };
    this.valueIndex = spec.secrecy() instanceof SecrecyRule.Dominance dominance
        ? index(sourceColumns, dominance.valueColumn()) : -1;
  }

  public void accept(List<? extends @Nullable CharSequence> row) {
    rows++;
    List<String> key = new ArrayList<>(groupIndex.length);
    for (int i : groupIndex) {
      CharSequence v = row.get(i);
      key.add(v == null ? "" : v.toString());
    }
    Cell cell = cells.computeIfAbsent(List.copyOf(key), k -> new Cell(sumIndex.length));
    cell.rows++;
    for (int m = 0; m < sumIndex.length; m++) {
      if (sumIndex[m] >= 0) {
        BigDecimal v = FrenchNumbers.parse(row.get(sumIndex[m])).orElse(null);
        if (v == null) {
          unreadable++;
        } else {
          cell.sums[m] = cell.sums[m].add(v);
        }
      }
    }
    String unit = unitIndex >= 0 ? String.valueOf(row.get(unitIndex)) : "#" + rows;
    BigDecimal value = valueIndex >= 0 ? FrenchNumbers.parse(row.get(valueIndex)).orElse(BigDecimal.ZERO)
        : BigDecimal.ONE;
    cell.units.merge(unit, value, BigDecimal::add);
  }

  /** The cells meeting the secrecy rule, as published rows: group-by values, then measures. */
  public List<List<String>> publishableCells() {
    List<List<String>> out = new ArrayList<>();
    cells.forEach((key, cell) -> {
      if (violation(cell) == null) {
        List<String> row = new ArrayList<>(key);
        for (int m = 0; m < spec.measures().size(); m++) {
          row.add(spec.measures().get(m) instanceof Measure.Count ? String.valueOf(cell.rows)
              : FrenchNumbers.format(cell.sums[m]));
        }
        out.add(List.copyOf(row));
      }
    });
    return out;
  }

  public Result result() {
    List<String> violations = new ArrayList<>();
    cells.forEach((key, cell) -> {
      String why = violation(cell);
      if (why != null) {
        violations.add("(" + String.join(", ", key) + ") : " + why);
      }
    });
    return new Result(rows, cells.size(), violations.size(), unreadable, List.copyOf(violations));
  }

  /** Cells counted, cells breaking the rule (with the reason, French), values not readable as numbers. */
  public record Result(long rows, long cells, long secretCells, long unreadableValues, List<String> violations) {
    public boolean meetsSecrecy() {
      return secretCells == 0;
    }
  }

  private @Nullable String violation(Cell cell) {
    int units = cell.units.size();
    return switch (spec.secrecy()) {
      case SecrecyRule.MinimumCount min -> units < min.units() ? units + " unités, moins de " + min.units() : null;
      case SecrecyRule.Dominance dominance -> {
        if (units < dominance.minimumUnits()) {
          yield units + " entreprises, moins de " + dominance.minimumUnits();
        }
        BigDecimal total = cell.units.values().stream().map(BigDecimal::abs).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal max = cell.units.values().stream().map(BigDecimal::abs).max(BigDecimal::compareTo)
            .orElse(BigDecimal.ZERO);
        boolean dominated = total.signum() > 0
            && max.doubleValue() / total.doubleValue() > dominance.maximumShare();
        yield dominated ? "une entreprise pèse " + Math.round(100 * max.doubleValue() / total.doubleValue())
            + " % du total" : null;
      }
    };
  }

  private static int index(List<String> columns, String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("column " + column + " is not in the source");
    }
    return i;
  }

  private static final class Cell {
    long rows;
    final BigDecimal[] sums;
    final Map<String, BigDecimal> units = new HashMap<>();

    Cell(int measures) {
      sums = new BigDecimal[measures];
      Arrays.fill(sums, BigDecimal.ZERO);
    }
  }
}
