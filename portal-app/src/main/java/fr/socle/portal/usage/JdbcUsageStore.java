package fr.socle.portal.usage;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code portal.usage_daily}: one row per day and publication, incremented by an additive upsert. */
@Repository
class JdbcUsageStore implements UsageStore {
  private final JdbcTemplate jdbc;
  private final JdbcClient client;
  private final TransactionTemplate transactions;

  JdbcUsageStore(JdbcTemplate jdbc, JdbcClient client, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.client = client;
    this.transactions = transactions;
  }

  @Override
  public void add(Collection<DailyUsage> usage) {
    // Sorted, so that two portals flushing at once lock the rows in the same order.
    List<DailyUsage> rows = new ArrayList<>(usage);
    rows.sort(java.util.Comparator.comparing(DailyUsage::publicationId).thenComparing(DailyUsage::day));
    transactions.executeWithoutResult(status -> jdbc.batchUpdate("""
            INSERT INTO portal.usage_daily (publication_id, day, views, downloads, api_calls)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (publication_id, day) DO UPDATE SET
              views = portal.usage_daily.views + excluded.views,
              downloads = portal.usage_daily.downloads + excluded.downloads,
              api_calls = portal.usage_daily.api_calls + excluded.api_calls""",
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement statement, int i) throws SQLException {
            DailyUsage row = rows.get(i);
            statement.setString(1, row.publicationId());
            statement.setDate(2, Date.valueOf(row.day()));
            statement.setLong(3, row.counts().views());
            statement.setLong(4, row.counts().downloads());
            statement.setLong(5, row.counts().apiCalls());
          }

          @Override
          public int getBatchSize() {
            return rows.size();
          }
        }));
  }

  @Override
  public List<DailyUsage> between(Collection<String> publicationIds, LocalDate from, LocalDate to) {
    if (publicationIds.isEmpty()) {
      return List.of();
    }
    return client.sql("""
            SELECT publication_id, day, views, downloads, api_calls FROM portal.usage_daily
            WHERE publication_id IN (:ids) AND day BETWEEN :from AND :to""")
        .param("ids", List.copyOf(publicationIds))
        .param("from", Date.valueOf(from))
        .param("to", Date.valueOf(to))
        .query((rs, n) -> new DailyUsage(rs.getDate("day").toLocalDate(), rs.getString("publication_id"),
            new DailyUsage.Counts(rs.getLong("views"), rs.getLong("downloads"), rs.getLong("api_calls"))))
        .list();
  }
}
