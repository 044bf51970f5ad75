package fr.socle.portal.catalogue;

import fr.socle.lakehouse.query.QueryException;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The column a chart groups by when the reader has not chosen one: the first of the candidates whose chart tells
 * something, at least two categories and one holding more than a single row. The first text column alone is often an
 * identifier (twenty bars of one row each) or a constant (one bar). Each candidate tried costs one grouped query, so
 * only the first few are.
 */
public final class DefaultChartColumn {
  static final int TRIES = 4;

  private DefaultChartColumn() {}

  /** A candidate's chart: its groups, largest first. */
  public interface Grouping<C, G> {
    List<G> of(C column) throws QueryException;
  }

  public record Chosen<C, G>(C column, List<G> groups) {}

  /**
   * The first telling candidate and its groups; the first candidate's when none of those tried tells anything.
   *
   * @param counted whether the values are row counts (a sum of one row may well exceed one)
   */
  public static <C, G> Chosen<C, G> choose(List<C> candidates, Grouping<C, G> grouping, ToDoubleFunction<G> value,
      boolean counted) throws QueryException {
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("no column to group by");
    }
    Chosen<C, G> first = null;
    for (C candidate : candidates.subList(0, Math.min(TRIES, candidates.size()))) {
      List<G> groups = grouping.of(candidate);
      Chosen<C, G> chosen = new Chosen<>(candidate, groups);
      if (groups.size() >= 2 && (!counted || groups.stream().anyMatch(g -> value.applyAsDouble(g) > 1))) {
        return chosen;
      }
      if (first == null) {
        first = chosen;
      }
    }
    return first;
  }
}
