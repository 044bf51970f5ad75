package fr.socle.lakehouse.query;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Runs queries through Trino as the end user and streams their rows: the row limit and the timeout are the
 * caller's, the rights are Trino's (fed by Socle's policy). Nothing is held in memory beyond one row.
 */
public final class GovernedQueries {
  /**
   * Cancels statements that run past their timeout. The timeout is enforced here rather than with
   * {@code Statement.setQueryTimeout}: the Trino driver turns that into the session property
   * {@code query_max_run_time}, which people may not set (session properties are the operator's), so every
   * statement run as a person would be refused.
   */
  private static final ScheduledExecutorService TIMEOUTS = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "socle-query-timeouts");
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
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> timer = TIMEOUTS.schedule(() -> {
      timedOut.set(true);
      handle.cancel();
    }, Math.max(1, limits.timeout().toMillis()), TimeUnit.MILLISECONDS);
    try (Connection connection = gateway.connectAs(endUser);
        Statement statement = prepare(connection, sql)) {
      if (limits.maxRows() > 0 && limits.maxRows() < Integer.MAX_VALUE) {
        // One more than asked, to know whether the result was cut.
        statement.setLargeMaxRows(limits.maxRows() + 1);
      }
      handle.attach(statement);
      watch(statement, handle);
      stopIfCancelled(handle, timedOut);
      try (ResultSet rs = statement instanceof PreparedStatement prepared ? prepared.executeQuery()
          : statement.executeQuery(sql.sql())) {
        started = true;
        // A cancel that came while the statement was being submitted found nothing to cancel in the driver: the
        // statement runs now (the driver returns once the columns are known), so cancel it for good.
        if (handle.cancelled()) {
          statement.cancel();
          stopIfCancelled(handle, timedOut);
        }
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
      if (!started && !timedOut.get() && gateway.tokenRefused(e)) {
        throw new RefusedToken(e);
      }
      throw timedOut.get() ? timeout(e) : classify(e, handle);
    } catch (QueryException e) {
      throw e;
    } catch (Exception e) {
      // The sink failed (a client went away): the query is cancelled by closing the statement.
      throw new QueryException(QueryException.Code.CANCELLED, "requête interrompue", e);
    } finally {
      timer.cancel(false);
    }
  }

  private static void stopIfCancelled(QueryHandle handle, AtomicBoolean timedOut) throws QueryException {
    if (timedOut.get()) {
      throw new QueryException(QueryException.Code.TIMEOUT, "la requête a dépassé le temps autorisé");
    }
    if (handle.cancelled()) {
      throw new QueryException(QueryException.Code.CANCELLED, "requête annulée");
    }
  }

  /**
   * A cancel that came while the driver was sending the statement found no query to stop; the driver then waits
   * for the result's columns, which a queued or long-planned statement may not give for a long while. The driver
   * reports progress at each exchange with Trino: there, a cancelled handle aborts the exchange, and the driver
   * closes the query on its way out. The same holds for the pages fetched while the rows are read.
   */
  private static void watch(Statement statement, QueryHandle handle) throws SQLException {
    if (statement.isWrapperFor(io.trino.jdbc.TrinoStatement.class)) {
      statement.unwrap(io.trino.jdbc.TrinoStatement.class).setProgressMonitor(stats -> {
        if (handle.cancelled()) {
          throw new java.util.concurrent.CancellationException("requête annulée");
        }
      });
    }
  }

  private static QueryException timeout(SQLException e) {
    return new QueryException(QueryException.Code.TIMEOUT, "la requête a dépassé le temps autorisé", e);
  }

  /**
   * A plain statement when nothing is bound: one round trip, and Trino (and so the audit trail) sees the statement
   * itself rather than {@code EXECUTE statement1}.
   */
  private static Statement prepare(Connection connection, PreparedSql sql) throws SQLException {
    if (sql.parameters().isEmpty()) {
      return connection.createStatement();
    }
    PreparedStatement statement = connection.prepareStatement(sql.sql());
    bind(statement, sql.parameters());
    return statement;
  }

  private static void bind(PreparedStatement statement, List<@Nullable Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, bindable(parameters.get(i)));
    }
  }

  /**
   * The driver writes a decimal as {@code DECIMAL '<toString>'}, which Trino refuses in scientific notation
   * ({@code 1E+18}, {@code 1E-7}): a whole number is written out, a tiny fraction goes as a double.
   */
  static @Nullable Object bindable(@Nullable Object value) {
    if (value instanceof BigDecimal decimal && decimal.toString().indexOf('E') >= 0) {
      BigDecimal whole = decimal.scale() < 0 ? decimal.setScale(0) : decimal;
      return whole.toString().indexOf('E') < 0 && whole.precision() <= 38 ? whole : decimal.doubleValue();
    }
    return value;
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
    if (lower.contains("access denied") || lower.contains("does not exist")
        || lower.contains("not found or not allowed") || lower.contains("cannot be resolved") && lower.contains("table")) {
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
    // Trino's user errors (a literal out of range, a function given a bad argument, an expression neither grouped
    // nor aggregated...) have codes below 0x10000; internal, resource and connector errors are above.
    if (e.getSQLState() != null && e.getErrorCode() != 0 || e.getErrorCode() > 0 && e.getErrorCode() < 0x1_0000) {
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
