package fr.socle.lakehouse.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Trino's view of queries, through the platform principal (allowed to see and kill everyone's queries): kills the
 * running queries of users whose access was revoked, and lists finished queries for the audit reconciliation.
 */
public final class RunningQueries {
  private static final java.util.regex.Pattern QUERY_ID =
      java.util.regex.Pattern.compile("^[0-9]{8}_[0-9]{6}_[0-9]{5}_[a-z0-9]{5}$");

  private final TrinoGateway gateway;

  public RunningQueries(TrinoGateway gateway) {
    this.gateway = gateway;
  }

  /** A query as {@code system.runtime.queries} shows it. */
  public record QueryInfo(
      String queryId,
      String user,
      String state,
      String sql,
      @Nullable Instant created,
      @Nullable Instant ended,
      @Nullable String errorCode,
      @Nullable String source) {}

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs the work on a principal connection, once more with a fresh token if Trino refused the first one. */
  private <T> T withConnection(Work<T> work) throws SQLException {
    try (Connection connection = gateway.connectAsPrincipal()) {
      return work.run(connection);
    } catch (SQLException e) {
      if (!gateway.tokenRefused(e)) {
        throw e;
      }
      try (Connection connection = gateway.connectAsPrincipal()) {
        return work.run(connection);
      }
    }
  }

  /** Kills every queued or running query of these users; returns the ids killed. */
  public List<String> killAllOf(Collection<String> users, String message) throws SQLException {
    if (users.isEmpty()) {
      return List.of();
    }
    return withConnection(connection -> {
      List<String> killed = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      String placeholders = String.join(",", java.util.Collections.nCopies(users.size(), "?"));
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT query_id FROM system.runtime.queries WHERE state NOT IN ('FINISHED', 'FAILED') AND \"user\" IN ("
              + placeholders + ")")) {
        int i = 1;
        for (String user : users) {
          statement.setString(i++, user);
        }
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getString(1));
          }
        }
      }
      for (String id : ids) {
        // CALL takes no bound parameters: the id comes from Trino and must look like one; the message is ours.
        if (!QUERY_ID.matcher(id).matches()) {
          continue;
        }
        try (java.sql.Statement kill = connection.createStatement()) {
          kill.execute("CALL system.runtime.kill_query(query_id => '" + id + "', message => '"
              + message.replace("'", "''") + "')");
          killed.add(id);
        } catch (SQLException e) {
          // The query may have ended between the listing and the kill; anything else is worth a trace.
          System.getLogger(RunningQueries.class.getName()).log(System.Logger.Level.INFO,
              "query " + id + " not killed: " + e.getMessage());
        }
      }
      return killed;
    });
  }

  /** Queries that ended after {@code since}, as Trino still remembers them (its history is bounded). */
  public List<QueryInfo> endedSince(Instant since) throws SQLException {
    return withConnection(connection -> {
      List<QueryInfo> queries = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT query_id, \"user\", state, query, created, \"end\", error_code, source "
              + "FROM system.runtime.queries WHERE state IN ('FINISHED', 'FAILED') AND \"end\" >= ?")) {
        statement.setTimestamp(1, Timestamp.from(since));
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            queries.add(new QueryInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), rs.getString(7), rs.getString(8)));
          }
        }
      }
      return queries;
    });
  }

  private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
