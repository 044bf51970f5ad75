package fr.socle.lakehouse.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Runs queries through Trino as the end user and streams their rows: the row limit and the timeout are the
 * caller's, the rights are Trino's (fed by Socle's policy). Nothing is held in memory beyond one row.
 */
public final class GovernedQueries {
  /**
   * Cancels statements that outlive their timeout. JDBC's setQueryTimeout would set Trino's session property
   * {@code query_max_run_time}, which the policy reserves to the platform operator: the client enforces it instead.
   */
  private static final java.util.concurrent.ScheduledExecutorService TIMEOUTS =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "trino-query-timeouts");
        thread.setDaemon(true);
        return thread;
      });

  private final TrinoGateway gateway;

  public GovernedQueries(TrinoGateway gateway) {
    this.gateway = gateway;
  }

  public TrinoGateway gateway() {
    return gateway;
  }

  /** How much a query may return and for how long it may run. */
  public record Limits(long maxRows, Duration timeout) {
    public static Limits of(long maxRows, Duration timeout) {
      return new Limits(maxRows, timeout);
    }
  }

  /** What a streamed query produced. */
  public record Outcome(long rows, boolean truncated, @Nullable String queryId) {}

  public Outcome stream(String endUser, PreparedSql sql, Limits limits, ResultSink sink, QueryHandle handle)
      throws QueryException {
    try {
      return attempt(endUser, sql, limits, sink, handle);
    } catch (RefusedToken refused) {
      try {
        return attempt(endUser, sql, limits, sink, handle);
      } catch (RefusedToken again) {
        throw classify(again.cause, handle);
      }
    }
  }

  /** Trino refused the principal's token before any row was streamed: the statement may be tried again. */
  private static final class RefusedToken extends Exception {
    private final SQLException cause;

    RefusedToken(SQLException cause) {
      super(cause);
      this.cause = cause;
    }
  }

  private Outcome attempt(String endUser, PreparedSql sql, Limits limits, ResultSink sink, QueryHandle handle)
      throws QueryException, RefusedToken {
    boolean started = false;
    java.util.concurrent.atomic.AtomicBoolean timedOut = new java.util.concurrent.atomic.AtomicBoolean();
    java.util.concurrent.ScheduledFuture<?> timeout = null;
    try (Connection connection = gateway.connectAs(endUser);
        PreparedStatement statement = connection.prepareStatement(sql.sql())) {
      bind(statement, sql.parameters());
      timeout = TIMEOUTS.schedule(() -> {
        timedOut.set(true);
        try {
          statement.cancel();
        } catch (SQLException ignored) {
          // the statement already ended
        }
      }, Math.max(1, limits.timeout().toMillis()), java.util.concurrent.TimeUnit.MILLISECONDS);
      if (limits.maxRows() > 0 && limits.maxRows() < Integer.MAX_VALUE) {
        // One more than asked, to know whether the result was cut.
        statement.setLargeMaxRows(limits.maxRows() + 1);
      }
      handle.attach(statement);
      try (ResultSet rs = statement.executeQuery()) {
        started = true;
        ResultSetMetaData meta = rs.getMetaData();
        int count = meta.getColumnCount();
        List<ResultSink.ResultColumn> columns = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
          columns.add(new ResultSink.ResultColumn(meta.getColumnLabel(i), meta.getColumnTypeName(i)));
        }
        sink.columns(columns);
        long rows = 0;
        boolean truncated = false;
        while (rs.next()) {
          if (limits.maxRows() > 0 && rows == limits.maxRows()) {
            truncated = true;
            break;
          }
          Object[] values = new Object[count];
          for (int i = 0; i < count; i++) {
            values[i] = rs.getObject(i + 1);
          }
          sink.row(values);
          rows++;
        }
        String queryId = rs.isWrapperFor(io.trino.jdbc.TrinoResultSet.class)
            ? rs.unwrap(io.trino.jdbc.TrinoResultSet.class).getQueryId() : null;
        return new Outcome(rows, truncated, queryId);
      }
    } catch (SQLException e) {
      if (timedOut.get()) {
        throw new QueryException(QueryException.Code.TIMEOUT, "la requête a dépassé le temps autorisé", e);
      }
      if (!started && gateway.tokenRefused(e)) {
        throw new RefusedToken(e);
      }
      throw classify(e, handle);
    } catch (QueryException e) {
      throw e;
    } catch (Exception e) {
      if (timedOut.get()) {
        throw new QueryException(QueryException.Code.TIMEOUT, "la requête a dépassé le temps autorisé", e);
      }
      // The sink failed (a client went away): the query is cancelled by closing the statement.
      throw new QueryException(QueryException.Code.CANCELLED, "requête interrompue", e);
    } finally {
      if (timeout != null) {
        timeout.cancel(false);
      }
    }
  }

  private static void bind(PreparedStatement statement, List<@Nullable Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }

  /** Maps a Trino failure to a code and a message that names nothing the user did not write. */
  static QueryException classify(SQLException e, QueryHandle handle) {
    if (handle.cancelled()) {
      return new QueryException(QueryException.Code.CANCELLED, "requête annulée", e);
    }
    if (e instanceof SQLTimeoutException) {
      return new QueryException(QueryException.Code.TIMEOUT, "la requête a dépassé le temps autorisé", e);
    }
    String message = String.valueOf(e.getMessage());
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("access denied") || lower.contains("does not exist") || lower.contains("cannot be resolved")
        && lower.contains("table")) {
      return new QueryException(QueryException.Code.NOT_FOUND_OR_DENIED,
          "une table ou une colonne demandée n'existe pas ou ne vous est pas accessible", e);
    }
    if (lower.contains("query was canceled") || lower.contains("query was cancelled")) {
      return new QueryException(QueryException.Code.CANCELLED, "requête annulée", e);
    }
    if (lower.contains("exceeded") && lower.contains("time")) {
      return new QueryException(QueryException.Code.TIMEOUT, "la requête a dépassé le temps autorisé", e);
    }
    if (lower.contains("too many") || lower.contains("queue full")) {
      return new QueryException(QueryException.Code.BUSY, "trop de requêtes en cours : réessayez dans un instant", e);
    }
    if (e.getSQLState() != null && e.getErrorCode() != 0) {
      return new QueryException(QueryException.Code.INVALID_QUERY, sanitize(message), e);
    }
    return new QueryException(QueryException.Code.UNAVAILABLE, "le moteur de requêtes est indisponible", e);
  }

  /** Trino's own syntax and semantic errors are about the text the user wrote: keep them, drop the prefix. */
  private static String sanitize(String message) {
    String text = message.replaceFirst("^Query failed \\([^)]*\\): ", "");
    return text.length() > 500 ? text.substring(0, 500) + "…" : text;
  }
}
