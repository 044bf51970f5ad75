package fr.socle.portal.explore;

import fr.socle.lakehouse.odsql.OdsqlQuery;
import fr.socle.lakehouse.odsql.OutputColumn;
import fr.socle.lakehouse.query.GovernedQueries;
import fr.socle.lakehouse.query.PreparedSql;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.lakehouse.query.QueryHandle;
import fr.socle.lakehouse.query.ResultSink;
import fr.socle.policies.access.Principals;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Runs Explore queries through Trino as the public principal ({@code service-account-socle-public}, which reads the
 * open catalog only and acts for no one): pages of records with their total, and streamed exports.
 */
public final class ExploreQueries {
  private final GovernedQueries publicQueries;
  private final Duration timeout;
  private final ResponseCache counts;

  /**
   * @param counts where totals are kept: a client paging through one filter has it counted once, not once a page
   */
  ExploreQueries(GovernedQueries publicQueries, Duration timeout, ResponseCache counts) {
    this.publicQueries = publicQueries;
    this.timeout = timeout;
    this.counts = counts;
  }

  /** A page of rows, values normalised (see {@link OdsValues#normalize}), and the number of rows in all. */
  public record Page(long total, List<OutputColumn> columns, List<@Nullable Object[]> rows) {}

  /** Receives each row of a streamed result, values normalised. */
  interface RowConsumer {
    void row(@Nullable Object[] values) throws Exception;
  }

  /**
   * The page and the total run as two statements at once: a window {@code count(*) over ()} would make Trino
   * keep every matching row to count them before it could keep only the page's. A query that filters and
   * aggregates nothing selects every record: its total is the published version's number of records, and one
   * statement suffices.
   *
   * @param datasetRecords the number of records of the published version the query reads
   */
  public Page page(OdsqlQuery query, long limit, long offset, long datasetRecords) throws QueryException {
    OdsqlQuery.Plan plan = query.page(limit, offset).plan();
    if (query.filtersNothing() && !plan.aggregated()) {
      return new Page(datasetRecords, plan.columns(), rows(plan, limit));
    }
    PreparedSql countSql = query.countSql();
    java.util.concurrent.Future<Long> total = limit == 0 ? null : COUNTS.submit(() -> cachedCount(countSql));
    List<@Nullable Object[]> rows;
    try {
      rows = rows(plan, limit);
    } catch (QueryException e) {
      if (total != null) {
        total.cancel(true);
      }
      throw e;
    }
    if (total == null) {
      return new Page(cachedCount(countSql), plan.columns(), rows);
    }
    try {
      return new Page(total.get(), plan.columns(), rows);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof QueryException queryException) {
        throw queryException;
      }
      throw new QueryException(QueryException.Code.UNAVAILABLE, "le moteur de requêtes est indisponible", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new QueryException(QueryException.Code.CANCELLED, "requête interrompue", e);
    }
  }

  /**
   * The first rows of a query and no count (one statement), for a lookup that needs no total: a record by its id.
   * The page's total is the number of rows returned.
   */
  public Page firstRows(OdsqlQuery query, long limit) throws QueryException {
    OdsqlQuery.Plan plan = query.page(limit, 0).plan();
    List<@Nullable Object[]> rows = rows(plan, limit);
    return new Page(rows.size(), plan.columns(), rows);
  }

  private List<@Nullable Object[]> rows(OdsqlQuery.Plan plan, long limit) throws QueryException {
    List<OutputColumn> columns = plan.columns();
    List<@Nullable Object[]> rows = new ArrayList<>();
    publicQueries.stream(Principals.PUBLIC_PORTAL, plan.sql(), GovernedQueries.Limits.of(limit + 1, timeout),
        new ResultSink() {
          @Override
          public void columns(List<ResultColumn> resultColumns) {}

          @Override
          public void row(@Nullable Object[] values) {
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
              row[i] = OdsValues.normalize(columns.get(i), values[i]);
            }
            rows.add(row);
          }
        }, new QueryHandle());
    return rows;
  }

  private static final java.util.concurrent.ExecutorService COUNTS =
      java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();

  /**
   * Keyed by the statement, which names the table: after a publication the previous total may show for at most
   * the cache's time to live, like any cached answer.
   */
  private long cachedCount(PreparedSql sql) throws QueryException {
    String key = sql.sql() + "|" + sql.parameters();
    byte[] cached = counts.get(key, () -> Long.toString(count(sql)).getBytes(java.nio.charset.StandardCharsets.US_ASCII)).body();
    return Long.parseLong(new String(cached, java.nio.charset.StandardCharsets.US_ASCII));
  }

  long count(PreparedSql sql) throws QueryException {
    long[] count = {0};
    publicQueries.stream(Principals.PUBLIC_PORTAL, sql, GovernedQueries.Limits.of(1, timeout), new ResultSink() {
      @Override
      public void columns(List<ResultColumn> columns) {}

      @Override
      public void row(@Nullable Object[] values) {
        count[0] = ((Number) values[0]).longValue();
      }
    }, new QueryHandle());
    return count[0];
  }

  /** Streams every row of the plan; nothing is held beyond one row. Says whether rows were left past maxRows. */
  GovernedQueries.Outcome stream(OdsqlQuery.Plan plan, long maxRows, Duration exportTimeout, RowConsumer consumer, QueryHandle handle)
      throws QueryException {
    List<OutputColumn> columns = plan.columns();
    return publicQueries.stream(Principals.PUBLIC_PORTAL, plan.sql(),
        GovernedQueries.Limits.of(maxRows, exportTimeout), new ResultSink() {
          @Override
          public void columns(List<ResultColumn> resultColumns) {}

          @Override
          public void row(@Nullable Object[] values) throws Exception {
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
              row[i] = OdsValues.normalize(columns.get(i), values[i]);
            }
            consumer.row(row);
          }
        }, handle);
  }

  /** Plain rows of a query of Socle's own making (facet counts). */
  public List<@Nullable Object[]> rows(PreparedSql sql, long maxRows) throws QueryException {
    List<@Nullable Object[]> rows = new ArrayList<>();
    publicQueries.stream(Principals.PUBLIC_PORTAL, sql, GovernedQueries.Limits.of(maxRows, timeout), new ResultSink() {
      @Override
      public void columns(List<ResultColumn> columns) {}

      @Override
      public void row(@Nullable Object[] values) {
        rows.add(values.clone());
      }
    }, new QueryHandle());
    return rows;
  }
}
