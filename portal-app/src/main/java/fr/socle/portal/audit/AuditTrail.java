package fr.socle.portal.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes and searches the append-only audit trail ({@code audit.entry}). */
@Component
public class AuditTrail {
  private final JdbcClient jdbc;
  private final JsonMapper json;

  AuditTrail(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Records synchronously: when this returns, the entry is durable. A NUL character (which PostgreSQL's text and
   * jsonb cannot hold, and a statement sent to Trino may carry) is kept as the symbol ␀, so that the entry is written.
   */
  public void record(AuditEntry entry) {
    jdbc.sql("""
            INSERT INTO audit.entry (at, kind, actor, principal, dataset_id, query_id, outcome, summary, details)
            VALUES (:at, :kind, :actor, :principal, :dataset, :query, :outcome, :summary, CAST(:details AS jsonb))""")
        .param("at", Timestamp.from(entry.at()))
        .param("kind", entry.kind())
        .param("actor", legible(entry.actor()))
        .param("principal", legible(entry.principal()))
        .param("dataset", legible(entry.datasetId()))
        .param("query", legible(entry.queryId()))
        .param("outcome", entry.outcome())
        .param("summary", legible(truncate(entry.summary(), 4000)))
        .param("details", json.writeValueAsString(legible(entry.details())))
        .update();
  }

  private static @Nullable String legible(@Nullable String text) {
    return text == null ? null : text.replace('\u0000', '\u2400');
  }

  /** The details with every NUL character in their texts, keys included, made legible. */
  static @Nullable Object legible(@Nullable Object value) {
    return switch (value) {
      case String text -> legible(text);
      case Map<?, ?> map -> {
        Map<Object, @Nullable Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(legible(k), legible(v)));
        yield copy;
      }
      case Collection<?> items -> items.stream().map(AuditTrail::legible).toList();
      case null, default -> value;
    };
  }

  /** A search of the trail, newest first. Every criterion is optional. */
  public record Search(
      @Nullable String actor,
      @Nullable String kind,
      @Nullable String datasetId,
      @Nullable String queryId,
      @Nullable String text,
      @Nullable Instant from,
      @Nullable Instant to,
      int limit,
      int offset) {}

  /** An entry as read back, with its id and details as JSON text. */
  public record Stored(long id, Instant at, String kind, String actor, @Nullable String principal,
      @Nullable String datasetId, @Nullable String queryId, @Nullable String outcome, String summary,
      String details) {}

  public List<Stored> search(Search search) {
    StringBuilder sql = new StringBuilder("SELECT id, at, kind, actor, principal, dataset_id, query_id, outcome, "
        + "summary, details::text AS details FROM audit.entry WHERE true");
    List<Object> params = new ArrayList<>();
    if (search.actor() != null) {
      sql.append(" AND (actor = ? OR principal = ?)");
      params.add(search.actor());
      params.add(search.actor());
    }
    if (search.kind() != null) {
      sql.append(" AND kind LIKE ?");
      params.add(search.kind().replace("%", "") + "%");
    }
    if (search.datasetId() != null) {
      // the first dataset a statement read, or any other it read (details.datasets)
      sql.append(" AND (dataset_id = ? OR details->'datasets' @> jsonb_build_array(CAST(? AS text)))");
      params.add(search.datasetId());
      params.add(search.datasetId());
    }
    if (search.queryId() != null) {
      sql.append(" AND query_id = ?");
      params.add(search.queryId());
    }
    if (search.text() != null) {
      sql.append(" AND (summary ILIKE ? OR details::text ILIKE ?)");
      String like = "%" + search.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      params.add(like);
      params.add(like);
    }
    if (search.from() != null) {
      sql.append(" AND at >= ?");
      params.add(Timestamp.from(search.from()));
    }
    if (search.to() != null) {
      sql.append(" AND at < ?");
      params.add(Timestamp.from(search.to()));
    }
    sql.append(" ORDER BY at DESC, id DESC LIMIT ? OFFSET ?");
    params.add(Math.clamp(search.limit(), 1, 500));
    params.add(Math.max(0, search.offset()));
    return jdbc.sql(sql.toString()).params(params)
        .query((rs, n) -> new Stored(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("kind"),
            rs.getString("actor"), rs.getString("principal"), rs.getString("dataset_id"), rs.getString("query_id"),
            rs.getString("outcome"), rs.getString("summary"), rs.getString("details")))
        .list();
  }

  /** Query ids the trail already holds a completion for, among the given ones. */
  public java.util.Set<String> completedQueryIds(java.util.Collection<String> queryIds) {
    if (queryIds.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(jdbc.sql("""
            SELECT DISTINCT query_id FROM audit.entry
            WHERE query_id = ANY (:ids) AND kind IN ('query.completed', 'query.reconciled')""")
        .param("ids", queryIds.toArray(String[]::new))
        .query(String.class)
        .list());
  }

  /** Deletes entries older than the retention; the only deletion the trail allows. */
  public long purgeOlderThan(Instant limit) {
    return jdbc.sql("SELECT audit.purge(:limit)").param("limit", Timestamp.from(limit)).query(Long.class).single();
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
