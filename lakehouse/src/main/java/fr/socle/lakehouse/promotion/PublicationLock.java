package fr.socle.lakehouse.promotion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The per-publication lock that serialises promotions and retractions of one dataset, across threads and
 * processes: a PostgreSQL session advisory lock, held on a connection of its own for the whole promotion. If the
 * process dies, PostgreSQL closes the session and the lock is released.
 */
final class PublicationLock implements AutoCloseable {
  private final Connection connection;
  private final long key;

  private PublicationLock(Connection connection, long key) {
    this.connection = connection;
    this.key = key;
  }

  /** Waits for the lock at most {@code timeout}; empty when another promotion held it all that time. */
  static java.util.Optional<PublicationLock> acquire(DataSource dataSource, String publicationId, Duration timeout)
      throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      connection.setAutoCommit(true);
      long key = key(connection, publicationId);
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET lock_timeout = " + Math.max(1, timeout.toMillis()));
      }
      try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
        lock.setLong(1, key);
        lock.execute();
      } catch (SQLException e) {
        if ("55P03".equals(e.getSQLState())) {
          try (Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = 0");
          }
          connection.close();
          return java.util.Optional.empty();
        }
        throw e;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET lock_timeout = 0");
      }
      return java.util.Optional.of(new PublicationLock(connection, key));
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** The lock if nobody holds it now, else empty. */
  static java.util.Optional<PublicationLock> tryAcquire(DataSource dataSource, String publicationId)
      throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      connection.setAutoCommit(true);
      long key = key(connection, publicationId);
      try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
        lock.setLong(1, key);
        try (ResultSet rs = lock.executeQuery()) {
          rs.next();
          if (rs.getBoolean(1)) {
            return java.util.Optional.of(new PublicationLock(connection, key));
          }
        }
      }
      connection.close();
      return java.util.Optional.empty();
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  private static long key(Connection connection, String publicationId) throws SQLException {
    try (PreparedStatement hash = connection.prepareStatement("SELECT hashtextextended(?, 20260101)")) {
      hash.setString(1, "socle.publication:" + publicationId);
      try (ResultSet rs = hash.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Override
  public void close() {
    try (connection; PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      unlock.setLong(1, key);
      unlock.execute();
    } catch (SQLException e) {
      // Closing the session releases the lock anyway.
    }
  }
}
