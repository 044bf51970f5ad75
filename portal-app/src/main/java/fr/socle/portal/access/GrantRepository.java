package fr.socle.portal.access;

import fr.socle.policies.access.Grant;
import fr.socle.policies.access.Grantee;
import fr.socle.policies.access.RowFilter;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Grants in {@code portal.access_grant}. A grant is never edited: it is revoked and another one made. */
@Repository
public class GrantRepository {
  private final JdbcClient jdbc;
  private final JsonMapper json;

  GrantRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(Grant grant, @Nullable UUID requestId) {
    jdbc.sql("""
            INSERT INTO portal.access_grant (id, dataset_id, grantee_kind, grantee_name, columns, mask_others,
              row_filters, expires_at, purpose, agreement, granted_by, granted_at, request_id)
            VALUES (:id, :dataset, :kind, :name, :columns, :mask, CAST(:filters AS jsonb), :expires, :purpose,
              :agreement, :by, :at, :request)""")
        .param("id", UUID.fromString(grant.id()))
        .param("dataset", grant.datasetId())
        .param("kind", grant.grantee().kind())
        .param("name", grant.grantee().name())
        .param("columns", grant.columns() == null ? null : grant.columns().toArray(String[]::new))
        .param("mask", grant.maskOthers())
        .param("filters", filtersJson(grant.rowFilters()))
        .param("expires", timestamp(grant.expiresAt()))
        .param("purpose", grant.purpose())
        .param("agreement", grant.agreement())
        .param("by", grant.grantedBy())
        .param("at", Timestamp.from(grant.grantedAt()))
        .param("request", requestId)
        .update();
  }

  boolean revoke(String id, String by, String reason, Instant at) {
    return jdbc.sql("""
            UPDATE portal.access_grant SET revoked_at = :at, revoked_by = :by, revoke_reason = :reason
            WHERE id = :id AND revoked_at IS NULL""")
        .param("at", Timestamp.from(at))
        .param("by", by)
        .param("reason", reason)
        .param("id", UUID.fromString(id))
        .update() == 1;
  }

  Optional<Grant> find(String id) {
    return jdbc.sql("SELECT * FROM portal.access_grant WHERE id = :id")
        .param("id", UUID.fromString(id))
        .query(this::map)
        .optional();
  }

  /** Grants that may still be in force at {@code now} (not revoked, not expired). */
  List<Grant> live(Instant now) {
    return jdbc.sql("""
            SELECT * FROM portal.access_grant
            WHERE revoked_at IS NULL AND (expires_at IS NULL OR expires_at > :now)""")
        .param("now", Timestamp.from(now))
        .query(this::map)
        .list();
  }

  List<Grant> ofDataset(String datasetId) {
    return jdbc.sql("SELECT * FROM portal.access_grant WHERE dataset_id = :id ORDER BY granted_at DESC")
        .param("id", datasetId)
        .query(this::map)
        .list();
  }

  List<Grant> all() {
    return jdbc.sql("SELECT * FROM portal.access_grant ORDER BY granted_at DESC").query(this::map).list();
  }

  /** Live grants expiring before {@code before} whose owner has not been reminded yet. */
  List<Grant> expiringUnreminded(Instant now, Instant before) {
    return jdbc.sql("""
            SELECT * FROM portal.access_grant
            WHERE revoked_at IS NULL AND reminded_at IS NULL AND expires_at > :now AND expires_at <= :before""")
        .param("now", Timestamp.from(now))
        .param("before", Timestamp.from(before))
        .query(this::map)
        .list();
  }

  void markReminded(String id, Instant at) {
    jdbc.sql("UPDATE portal.access_grant SET reminded_at = :at WHERE id = :id")
        .param("at", Timestamp.from(at))
        .param("id", UUID.fromString(id))
        .update();
  }

  /**
   * Live grants that have expired and whose end was not told yet, marked told in the same statement: of two
   * replicas asking at once, one gets each grant.
   */
  List<Grant> claimExpiredUnnoticed(Instant now) {
    return jdbc.sql("""
            UPDATE portal.access_grant SET expiry_noticed_at = :now
            WHERE revoked_at IS NULL AND expiry_noticed_at IS NULL AND expires_at <= :now
            RETURNING *""")
        .param("now", Timestamp.from(now))
        .query(this::map)
        .list();
  }

  /** Changes whenever a grant is made, revoked, or its expiry moved. */
  String fingerprint() {
    return jdbc.sql("""
            SELECT count(*) || ':' || coalesce(max(granted_at)::text, '') || ':' || count(revoked_at) || ':'
              || coalesce(max(revoked_at)::text, '') || ':' || coalesce(sum(extract(epoch FROM expires_at)), 0)
            FROM portal.access_grant""")
        .query(String.class)
        .single();
  }

  private Grant map(ResultSet rs, int row) throws SQLException {
    return new Grant(
        rs.getString("id"),
        rs.getString("dataset_id"),
        grantee(rs.getString("grantee_kind"), rs.getString("grantee_name")),
        strings(rs.getArray("columns")),
        rs.getBoolean("mask_others"),
        filters(rs.getString("row_filters")),
        instant(rs.getTimestamp("expires_at")),
        rs.getString("purpose"),
        rs.getString("agreement"),
        rs.getString("granted_by"),
        rs.getTimestamp("granted_at").toInstant(),
        instant(rs.getTimestamp("revoked_at")),
        rs.getString("revoked_by"));
  }

  static Grantee grantee(String kind, String name) {
    return switch (kind) {
      case "user" -> new Grantee.User(name);
      case "group" -> new Grantee.Group(name);
      case "organisation" -> new Grantee.Organisation(name);
      default -> throw new IllegalStateException("unknown grantee kind " + kind);
    };
  }

  String filtersJson(List<RowFilter> filters) {
    ArrayNode array = json.createArrayNode();
    for (RowFilter filter : filters) {
      ObjectNode node = array.addObject();
      node.put("column", filter.column());
      node.put("operator", filter.operator().name());
      ArrayNode values = node.putArray("values");
      filter.values().forEach(values::add);
    }
    return json.writeValueAsString(array);
  }

  List<RowFilter> filters(String text) {
    List<RowFilter> filters = new ArrayList<>();
    for (JsonNode node : json.readTree(text)) {
      List<String> values = new ArrayList<>();
      node.path("values").forEach(v -> values.add(v.asString()));
      filters.add(new RowFilter(node.path("column").asString(), RowFilter.Operator.parse(node.path("operator")
          .asString()), values));
    }
    return filters;
  }

  private static @Nullable Set<String> strings(@Nullable Array array) throws SQLException {
    if (array == null) {
      return null;
    }
    Set<String> values = new LinkedHashSet<>();
    for (Object value : (Object[]) array.getArray()) {
      values.add(String.valueOf(value));
    }
    return values;
  }

  private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
