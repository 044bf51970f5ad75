package fr.socle.portal.catalogue;

import fr.socle.lakehouse.query.GovernedQueries;
import fr.socle.lakehouse.query.PreparedSql;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.lakehouse.query.QueryHandle;
import fr.socle.lakehouse.query.ResultSink;
import fr.socle.lakehouse.query.TableQuery;
import fr.socle.policies.access.Subject;
import fr.socle.portal.access.AccessException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Reads of one dataset for one person, always through Trino as that person: the preview, its row count, the
 * chart's aggregate, the map's grid cells, and the streams behind exports and the records API. The SQL is built
 * from {@link ReadableTable#query()} (checked, quoted column names; bound values); what rows and values come back
 * is decided by Trino's access control, so every reader sees the same governed view.
 */
@Service
class DatasetReads {
  static final int CHART_BARS = 20;

  private final GovernedQueries queries;
  private final ReadSettings settings;

  DatasetReads(@Qualifier("internal") GovernedQueries queries, ReadSettings settings) {
    this.queries = queries;
    this.settings = settings;
  }

  /** Which rows: a page, an order, conditions, a past version. */
  public record Selection(long offset, int limit, @Nullable String orderBy, TableQuery.Direction direction,
      List<TableQuery.Condition> conditions, @Nullable Long version) {
    public Selection {
      conditions = List.copyOf(conditions);
    }

    public static Selection firstRows(int limit) {
      return new Selection(0, limit, null, TableQuery.Direction.ASC, List.of(), null);
    }
  }

  /** A page of rows, in the table's column order. */
  public record Page(List<ResultSink.ResultColumn> columns, List<@Nullable Object[]> rows, long offset,
      boolean hasMore, @Nullable String queryId) {}

  public Page page(Subject me, ReadableTable table, Selection selection) throws QueryException {
    requireReadable(me);
    TableQuery query = restrict(table.query(), selection).page(selection.limit() + 1L, selection.offset());
    Collector collector = new Collector();
    GovernedQueries.Outcome outcome = queries.stream(me.user(), query.toSql(),
        GovernedQueries.Limits.of(selection.limit(), settings.previewTimeout()), collector, new QueryHandle());
    return new Page(collector.columns, collector.rows, selection.offset(), outcome.truncated(), outcome.queryId());
  }

  /** How many rows the person sees (with the selection's conditions). */
  public long count(Subject me, ReadableTable table, Selection selection) throws QueryException {
    requireReadable(me);
    Collector collector = new Collector();
    queries.stream(me.user(), restrict(table.query(), selection).toCountSql(),
        GovernedQueries.Limits.of(1, settings.previewTimeout()), collector, new QueryHandle());
    return collector.rows.isEmpty() || collector.rows.getFirst()[0] == null
        ? 0 : ((Number) collector.rows.getFirst()[0]).longValue();
  }

  /** One bar: a value of the grouping column and the row count or the sum for it. */
  public record Bar(@Nullable Object key, double value) {}

  /**
   * The {@value #CHART_BARS} largest groups, and one more when there are more (so the page can say some are left
   * out): row count, or the sum of {@code sumOf}, by value of {@code groupBy}.
   */
  public List<Bar> chart(Subject me, ReadableTable table, String groupBy, @Nullable String sumOf,
      @Nullable Long version) throws QueryException {
    requireReadable(me);
    List<String> needed = sumOf == null ? List.of(groupBy) : List.of(groupBy, sumOf);
    if (sumOf != null && !table.isNumeric(sumOf)) {
      throw new IllegalArgumentException("la colonne à additionner doit être numérique : " + sumOf);
    }
    PreparedSql inner = atVersion(table.query(needed), version).toSql();
    String measure = sumOf == null ? "count(*)" : "sum(CAST(" + PreparedSql.quote(sumOf) + " AS double))";
    PreparedSql sql = new PreparedSql("SELECT " + PreparedSql.quote(groupBy) + " AS k, " + measure + " AS v FROM ("
        + inner.sql() + ") t GROUP BY 1 ORDER BY 2 DESC NULLS LAST, 1 LIMIT " + (CHART_BARS + 1), inner.parameters());
    Collector collector = new Collector();
    queries.stream(me.user(), sql, GovernedQueries.Limits.of(CHART_BARS + 1, settings.previewTimeout()), collector,
        new QueryHandle());
    List<Bar> bars = new ArrayList<>();
    for (Object[] row : collector.rows) {
      bars.add(new Bar(row[0], row[1] == null ? 0 : ((Number) row[1]).doubleValue()));
    }
    return bars;
  }


  public PointsSvg.Extent extent(Subject me, ReadableTable table, @Nullable Long version) throws QueryException {
    requireReadable(me);
    PreparedSql sql = PointGrid.extentOf(points(table, version));
    Collector collector = new Collector();
    queries.stream(me.user(), sql, GovernedQueries.Limits.of(1, settings.previewTimeout()), collector,
        new QueryHandle());
    return PointGrid.extent(collector.rows.getFirst());
  }

  /**
   * The points inside the box, aggregated by square cells of {@code cellSize} degrees (server-side clustering: the
   * browser never receives more than {@value PointGrid#MAX_CELLS} cells, whatever the size of the dataset).
   */
  public List<PointsSvg.Cell> cells(Subject me, ReadableTable table, PointsSvg.Extent box, double cellSize, @Nullable Long version)
      throws QueryException {
    requireReadable(me);
    Collector collector = new Collector();
    queries.stream(me.user(), PointGrid.gridOf(points(table, version), cellSize, box),
        GovernedQueries.Limits.of(PointGrid.MAX_CELLS, settings.previewTimeout()), collector, new QueryHandle());
    List<PointsSvg.Cell> cells = new ArrayList<>();
    for (Object[] row : collector.rows) {
      cells.add(PointGrid.cell(row));
    }
    return cells;
  }

  /** Streams the selected rows to the sink (exports, records API); at most the configured export bound. */
  public GovernedQueries.Outcome stream(Subject me, ReadableTable table, Selection selection, long maxRows,
      ResultSink sink, QueryHandle handle) throws QueryException {
    requireReadable(me);
    TableQuery query = restrict(table.query(), selection);
    if (selection.limit() > 0) {
      query.page(selection.limit(), selection.offset());
    }
    long bound = Math.min(maxRows, settings.exportMaxRows());
    return queries.stream(me.user(), query.toSql(), GovernedQueries.Limits.of(bound, settings.exportTimeout()),
        sink, handle);
  }

  public ReadSettings settings() {
    return settings;
  }

  /** The points of the table as (x = longitude, y = latitude), rows without a location left out. */
  private static PreparedSql points(ReadableTable table, @Nullable Long version) {
    ReadableTable.Geo geo = table.geo();
    if (geo == null) {
      throw new IllegalArgumentException("ce jeu de données n'a pas de colonnes de localisation");
    }
    PreparedSql inner = atVersion(table.query(geo.columns()), version).toSql();
    return PointGrid.points(geo.lonSql(), geo.latSql(), inner);
  }

  private static TableQuery restrict(TableQuery query, Selection selection) {
    atVersion(query, selection.version());
    selection.conditions().forEach(query::where);
    if (selection.orderBy() != null) {
      query.orderBy(selection.orderBy(), selection.direction());
    }
    return query;
  }

  private static TableQuery atVersion(TableQuery query, @Nullable Long version) {
    return version == null ? query : query.atSnapshot(version);
  }

  /** Trino never acts as admin for the portal (the gateway refuses it): say so instead of failing obscurely. */
  private static void requireReadable(Subject me) {
    if (me.isAdmin()) {
      throw new AccessException(AccessException.Code.FORBIDDEN,
          "le compte d'exploitation ne lit pas les données depuis le portail : utilisez un compte nominatif");
    }
  }


  /** Keeps a small, bounded result (a page, an aggregate) in memory. */
  private static final class Collector implements ResultSink {
    private List<ResultColumn> columns = List.of();
    private final List<@Nullable Object[]> rows = new ArrayList<>();

    @Override
    public void columns(List<ResultColumn> columns) {
      this.columns = List.copyOf(columns);
    }

    @Override
    public void row(@Nullable Object[] values) {
      rows.add(values);
    }
  }
}
