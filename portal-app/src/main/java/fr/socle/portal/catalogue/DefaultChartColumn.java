package fr.socle.portal.catalogue;

import fr.socle.lakehouse.query.QueryException;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The column a chart groups by when the reader has not chosen one. The first text column alone is often an
 * identifier (twenty bars of one row each) or a constant (one bar); the chart should rather tell something: at
 * least two categories, one holding more than a single row, and all of them shown (fewer than the chart's limit,
 * so that the bars add up to the whole). The first candidate that does all that wins; failing one, the first
 * telling one, shown in part; failing that, the first candidate. Each candidate tried costs one grouped query, so
 * only the first few are.
 */
public final class DefaultChartColumn {
  static final int TRIES = 6;

  private DefaultChartColumn() {}

  /** A candidate's chart: its groups, largest first, at most {@code limit} of them. */
  public interface Grouping<C, G> {
    List<G> of(C column) throws QueryException;
  }

  public record Chosen<C, G>(C column, List<G> groups) {}

  /**
   * Whether a chart counting rows found a single row in each of its categories (the districts, the grades): the
   * table is a summary already, and a chart of its measure tells more than one of its rows.
   */
  public static <G> boolean oneRowEach(List<G> counted, ToDoubleFunction<G> value) {
    return counted.size() >= 2 && counted.stream().allMatch(g -> value.applyAsDouble(g) == 1);
  }

  /**
   * @param counted whether the values are row counts (a sum over a single row may well exceed one)
   * @param limit the most groups a grouping returns: one that returns that many may have left some out
   */
  public static <C, G> Chosen<C, G> choose(List<C> candidates, Grouping<C, G> grouping, ToDoubleFunction<G> value,
      boolean counted, int limit) throws QueryException {
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("no column to group by");
    }
    @Nullable Chosen<C, G> first = null;
    @Nullable Chosen<C, G> telling = null;
    for (C candidate : candidates.subList(0, Math.min(TRIES, candidates.size()))) {
      Chosen<C, G> chart = new Chosen<>(candidate, grouping.of(candidate));
      List<G> groups = chart.groups();
      boolean tells = groups.size() >= 2 && (!counted || groups.stream().anyMatch(g -> value.applyAsDouble(g) > 1));
      if (tells && groups.size() < limit) {
        return chart;
      }
      if (tells && telling == null) {
        telling = chart;
      }
      if (first == null) {
        first = chart;
      }
    }
    return telling != null ? telling : Objects.requireNonNull(first);
  }
}
