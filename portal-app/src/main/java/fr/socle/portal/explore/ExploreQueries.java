package fr.socle.portal.explore;

import fr.socle.lakehouse.odsql.OdsqlQuery;
import fr.socle.lakehouse.odsql.OutputColumn;
import fr.socle.lakehouse.query.GovernedQueries;
import fr.socle.lakehouse.query.PreparedSql;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.lakehouse.query.QueryHandle;
import fr.socle.lakehouse.query.ResultSink;
import fr.socle.lakehouse.replica.Replicas;
import fr.socle.policies.access.Principals;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Runs Explore queries through Trino as the public principal ({@code service-account-socle-public}, which reads the
 * open catalog only and acts for no one): pages of records with their total, and streamed exports. Plain pages of a
 * version whose local replica is ready are read from the replica instead ({@link Replicas}).
 */
public final class ExploreQueries {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ExploreQueries.class);
  private final GovernedQueries publicQueries;
  private final Duration timeout;
  private final ResponseCache counts;
  private final @Nullable Replicas replicas;

  /**
   * @param counts where totals are kept: a client paging through one filter has it counted once, not once a page
   * @param replicas local replicas of published versions for plain pages, or null to read everything through Trino
   */
  ExploreQueries(GovernedQueries publicQueries, Duration timeout, ResponseCache counts, @Nullable Replicas replicas) {
    this.publicQueries = publicQueries;
    this.timeout = timeout;
    this.counts = counts;
    this.replicas = replicas;
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
   * statement suffices. A plain query ({@link OdsqlQuery#portable}) on a version whose local replica is ready is
   * answered from the replica, without Trino; should that fail, Trino answers.
   */
  public Page page(PublishedDataset dataset, OdsqlQuery query, long limit, long offset) throws QueryException {
    long datasetRecords = dataset.metadata().recordsCount();
    String local = localRelation(dataset, query);
    if (local != null) {
      try {
        return localPage(query.from(local), limit, offset, datasetRecords);
      } catch (Replicas.ReplicaException e) {
        replicaFailed(dataset, e);
      } finally {
        query.from(null);
      }
    }
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

  /** The last time a replica's failure was logged as a warning: once a minute at most, the others at debug level. */
  private static final long WARNING_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();
  private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARNING_INTERVAL_NANOS - 1);

  private void replicaFailed(PublishedDataset dataset, Replicas.ReplicaException e) {
    long now = System.nanoTime();
    long last = lastWarning.get();
    if (now - last > WARNING_INTERVAL_NANOS && lastWarning.compareAndSet(last, now)) {
      log.warn("{} read through Trino, its replica failed: {}", dataset.datasetId(), e.getMessage());
    } else {
      log.debug("{} read through Trino, its replica failed: {}", dataset.datasetId(), e.getMessage());
    }
  }

  /** A replica's statements take milliseconds: past this, Trino answers instead. */
  private static final Duration REPLICA_TIMEOUT = Duration.ofSeconds(5);

  /** The replica's relation when the query may be answered from it, else null (its build started if need be). */
  private @Nullable String localRelation(PublishedDataset dataset, OdsqlQuery query) {
    if (replicas == null || dataset.parquet() == null || !query.portable()) {
      return null;
    }
    return replicas.relation(dataset.parquet()).orElse(null);
  }

  /** The page and its total from the replica, one after the other on its threads (a few milliseconds each). */
  private Page localPage(OdsqlQuery query, long limit, long offset, long datasetRecords)
      throws Replicas.ReplicaException {
    long deadline = System.nanoTime() + replicaTimeout().toNanos();
    OdsqlQuery.Plan plan = query.page(limit, offset).plan();
    List<@Nullable Object[]> rows = normalized(plan.columns(), replicas.rows(plan.sql(), limit + 1,
        replicaTimeout()));
    if (query.filtersNothing()) {
      return new Page(datasetRecords, plan.columns(), rows);
    }
    PreparedSql countSql = query.countSql();
    byte[] counted = counts.get(countKey(countSql), () -> {
      Duration left = Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
      Object count = replicas.rows(countSql, 1, left).getFirst()[0];
      return Long.toString(((Number) count).longValue()).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }).body();
    return new Page(Long.parseLong(new String(counted, java.nio.charset.StandardCharsets.US_ASCII)), plan.columns(),
        rows);
  }

  private Duration replicaTimeout() {
    return timeout.compareTo(REPLICA_TIMEOUT) < 0 ? timeout : REPLICA_TIMEOUT;
  }

  /** A statement and its values with their types: {@code "10" < "9"} and {@code 10 < 9} are two questions. */
  private static String countKey(PreparedSql sql) {
    StringBuilder key = new StringBuilder(sql.sql());
    for (Object parameter : sql.parameters()) {
      key.append('|').append(parameter == null ? "null" : parameter.getClass().getSimpleName() + ":" + parameter);
    }
    return key.toString();
  }

  private static List<@Nullable Object[]> normalized(List<OutputColumn> columns, List<@Nullable Object[]> values) {
    List<@Nullable Object[]> rows = new ArrayList<>(values.size());
    for (Object[] row : values) {
      rows.add(normalized(columns, row));
    }
    return rows;
  }

  private static Object[] normalized(List<OutputColumn> columns, @Nullable Object[] values) {
    Object[] row = new Object[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      row[i] = OdsValues.normalize(columns.get(i), values[i]);
    }
    return row;
  }

  /**
   * The first rows of a query and no count (one statement), for a lookup that needs no total: a record by its id.
   * The page's total is the number of rows returned.
   */
  public Page firstRows(PublishedDataset dataset, OdsqlQuery query, long limit) throws QueryException {
    String local = localRelation(dataset, query);
    if (local != null) {
      try {
        OdsqlQuery.Plan plan = query.from(local).page(limit, 0).plan();
        List<@Nullable Object[]> rows = normalized(plan.columns(), replicas.rows(plan.sql(), limit, timeout));
        return new Page(rows.size(), plan.columns(), rows);
      } catch (Replicas.ReplicaException e) {
        replicaFailed(dataset, e);
      } finally {
        query.from(null);
      }
    }
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
            rows.add(normalized(columns, values));
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
    byte[] cached = counts.get(countKey(sql), () -> Long.toString(count(sql)).getBytes(java.nio.charset.StandardCharsets.US_ASCII)).body();
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
            consumer.row(normalized(columns, values));
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
