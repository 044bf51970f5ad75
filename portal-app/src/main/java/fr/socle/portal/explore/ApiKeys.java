package fr.socle.portal.explore;

import fr.socle.lakehouse.jdbc.SchemaMigrations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * API keys of the Explore API, self-served by signed-in people: created (the key is shown once, only its SHA-256
 * is kept: keys are 192 random bits, so a slow hash would add nothing), listed with their quota, revoked by their
 * owner or by an admin. A presented key is resolved through a short cache so that every call does not hit the
 * database.
 */
final class ApiKeys {
  /** A key as stored. */
  record ApiKey(UUID id, String owner, String name, String prefix, int quotaPerMinute, Instant createdAt,
      @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, @Nullable String revokedBy) {
    public boolean active() {
      return revokedAt == null;
    }
  }

  /** A key just created: the only moment its secret exists outside the caller's hands. */
  record Created(ApiKey key, String secret) {}

  private static final Duration RESOLVE_CACHE = Duration.ofSeconds(30);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Clock clock;
  private final int defaultQuota;
  private final int maxPerOwner;
  private final Map<String, Cached> resolved = new ConcurrentHashMap<>();
  private final Map<UUID, Instant> lastTouched = new ConcurrentHashMap<>();

  private record Cached(Optional<ApiKey> key, Instant at) {}

  ApiKeys(DataSource dataSource, Clock clock, int defaultQuota, int maxPerOwner) {
    SchemaMigrations.migrate(dataSource, "explore");
    this.jdbc = JdbcClient.create(dataSource);
    this.clock = clock;
    this.defaultQuota = defaultQuota;
    this.maxPerOwner = maxPerOwner;
  }

  Created create(String owner, String name) {
    String trimmed = name.strip();
    if (trimmed.isEmpty() || trimmed.length() > 100) {
      throw new IllegalArgumentException("le nom de la clé est obligatoire (100 caractères au plus)");
    }
    long active = jdbc.sql("SELECT count(*) FROM explore.api_key WHERE owner = ? AND revoked_at IS NULL")
        .param(owner).query(Long.class).single();
    if (active >= maxPerOwner) {
      throw new IllegalArgumentException("vous avez déjà " + maxPerOwner + " clés actives : révoquez-en une d'abord");
    }
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    String secret = "sk-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    ApiKey key = new ApiKey(UUID.randomUUID(), owner, trimmed, secret.substring(0, 8), defaultQuota, clock.instant(),
        null, null, null);
    jdbc.sql("INSERT INTO explore.api_key (id, owner, name, prefix, key_hash, quota_per_minute, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(key.id(), owner, key.name(), key.prefix(), hash(secret), key.quotaPerMinute(),
            Timestamp.from(key.createdAt()))
        .update();
    return new Created(key, secret);
  }

  List<ApiKey> of(String owner) {
    return jdbc.sql(SELECT + " WHERE owner = ? ORDER BY created_at DESC").param(owner).query(ApiKeys::row).list();
  }

  List<ApiKey> all() {
    return jdbc.sql(SELECT + " ORDER BY created_at DESC LIMIT 1000").query(ApiKeys::row).list();
  }

  /** Revokes a key of the actor's, or any key when the actor is an admin; says whether one was revoked. */
  boolean revoke(UUID id, String actor, boolean admin) {
    int changed = jdbc.sql("UPDATE explore.api_key SET revoked_at = ?, revoked_by = ? WHERE id = ? "
            + "AND revoked_at IS NULL AND (owner = ? OR ?)")
        .params(Timestamp.from(clock.instant()), actor, id, actor, admin).update();
    resolved.clear();
    return changed > 0;
  }

  /** The active key behind a presented secret. */
  Optional<ApiKey> resolve(String secret) {
    if (!secret.startsWith("sk-") || secret.length() > 100) {
      return Optional.empty();
    }
    String hash = hash(secret);
    Instant now = clock.instant();
    Cached cached = resolved.get(hash);
    if (cached == null || now.isAfter(cached.at().plus(RESOLVE_CACHE))) {
      if (resolved.size() > 10_000) {
        resolved.clear();
      }
      Optional<ApiKey> key = jdbc.sql(SELECT + " WHERE key_hash = ?").param(hash).query(ApiKeys::row).optional()
          .filter(ApiKey::active);
      cached = new Cached(key, now);
      resolved.put(hash, cached);
    }
    cached.key().ifPresent(this::touch);
    return cached.key();
  }

  /** Last use, written at most once a minute per key. */
  private void touch(ApiKey key) {
    Instant now = clock.instant();
    Instant last = lastTouched.get(key.id());
    if (last == null || now.isAfter(last.plusSeconds(60))) {
      lastTouched.put(key.id(), now);
      jdbc.sql("UPDATE explore.api_key SET last_used_at = ? WHERE id = ?").params(Timestamp.from(now), key.id())
          .update();
    }
  }

  private static final String SELECT = "SELECT id, owner, name, prefix, quota_per_minute, created_at, last_used_at, "
      + "revoked_at, revoked_by FROM explore.api_key";

  private static ApiKey row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new ApiKey(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
        instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), rs.getString(9));
  }

  private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  static String hash(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
