package fr.socle.lakehouse.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Statements with bound parameters over a {@link DataSource}. Work that must be atomic runs in
 * {@link #inTransaction}; everything else auto-commits. SQL text here is always a constant of the caller: values
 * are bound, never concatenated.
 */
public final class Jdbc {
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  public Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public <T> T inTransaction(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new DataAccessException(e);
    }
  }

  public <T> List<T> query(String sql, RowMapper<T> mapper, @Nullable Object... params) {
    return withConnection(connection -> query(connection, sql, mapper, params));
  }

  public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, @Nullable Object... params) {
    List<T> rows = query(sql, mapper, params);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
  }

  public int update(String sql, @Nullable Object... params) {
    return withConnection(connection -> update(connection, sql, params));
  }

  public static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, @Nullable Object... params)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(connection, statement, params);
      try (ResultSet rs = statement.executeQuery()) {
        List<T> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
        return rows;
      }
    }
  }

  public static int update(Connection connection, String sql, @Nullable Object... params) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(connection, statement, params);
      return statement.executeUpdate();
    }
  }

  private <T> T withConnection(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new DataAccessException(e);
    }
  }

  private static void bind(Connection connection, PreparedStatement statement, @Nullable Object... params)
      throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object value = params[i];
      int index = i + 1;
      switch (value) {
        case null -> statement.setNull(index, Types.NULL);
        case Instant instant -> statement.setTimestamp(index, Timestamp.from(instant));
        case LocalDate date -> statement.setDate(index, Date.valueOf(date));
        case UUID uuid -> statement.setObject(index, uuid);
        case Json json -> {
          statement.setObject(index, json.text(), Types.OTHER);
        }
        case Collection<?> collection -> {
          Array array = connection.createArrayOf("text", collection.stream().map(String::valueOf).toArray());
          statement.setArray(index, array);
        }
        case Enum<?> e -> statement.setString(index, e.name().toLowerCase(java.util.Locale.ROOT));
        default -> statement.setObject(index, value);
      }
    }
  }

  public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }

  public static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  public static List<String> strings(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    List<String> strings = new ArrayList<>(values.length);
    for (Object value : values) {
      strings.add(String.valueOf(value));
    }
    return strings;
  }

  /** A JSON document bound as {@code jsonb}. */
  public record Json(String text) {}

  /** A database failure the caller cannot fix; its message never reaches users. */
  public static final class DataAccessException extends RuntimeException {
    public DataAccessException(SQLException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
