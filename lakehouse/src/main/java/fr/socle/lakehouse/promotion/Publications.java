package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.jdbc.Jdbc;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record of what the open tier publishes (schema {@code publication}): each published dataset's state, its
 * versions with their exports, their attestations, the public changelog. The public side checks {@link #find} (or
 * {@link #isPublic}) before serving anything: a retracted dataset is gone at once from every channel that asks.
 * Writes are the promotion engine's.
 */
public final class Publications {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private final Jdbc jdbc;

  public Publications(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  Jdbc jdbc() {
    return jdbc;
  }

  // ---------------------------------------------------------------------------------------------- reads

  public Optional<PublishedDataset> find(String id) {
    return jdbc.queryOne("SELECT * FROM publication.publication WHERE id = ?", Publications::dataset, id);
  }

  public boolean isPublic(String id) {
    return find(id).map(PublishedDataset::isPublic).orElse(false);
  }

  public List<PublishedDataset> all() {
    return jdbc.query("SELECT * FROM publication.publication ORDER BY id", Publications::dataset);
  }

  /** The ids of the publications the public may see now. */
  public java.util.Set<String> publicIds() {
    return java.util.Set.copyOf(jdbc.query("SELECT id FROM publication.publication WHERE state = 'published'",
        rs -> rs.getString(1)));
  }

  public List<PublishedDataset> ofSource(String datasetId) {
    return jdbc.query("SELECT * FROM publication.publication WHERE source_dataset_id = ? ORDER BY id",
        Publications::dataset, datasetId);
  }

  /**
   * A publication withdrawn because it leaked protected data, with the decision under whose plan it leaked: that
   * plan must not publish again, its dataset waits for a new decision.
   */
  public record LeakRetraction(String publicationId, String sourceDatasetId, Instant at, int decisionVersion,
      @Nullable String note) {}

  /** Publications withdrawn for a leak and not published again since, oldest withdrawal first. */
  public List<LeakRetraction> leakRetractions() {
    return jdbc.query("SELECT id, source_dataset_id, retracted_at, coalesce(retracted_decision_version, 0) AS v,"
        + " retraction_note FROM publication.publication WHERE state = ? AND retraction_reason = ?"
        + " ORDER BY retracted_at, id", rs -> new LeakRetraction(rs.getString("id"), rs.getString("source_dataset_id"),
            Jdbc.instant(rs, "retracted_at"), rs.getInt("v"), rs.getString("retraction_note")),
        PublishedDataset.State.RETRACTED.code(), PublishedDataset.Reason.LEAK.code());
  }

  /** Every version, newest first, with its exports. */
  public List<PublishedVersion> versions(String publicationId) {
    List<PublishedVersion> versions = jdbc.query(
        "SELECT * FROM publication.version WHERE publication_id = ? ORDER BY version DESC",
        rs -> version(rs, List.of()), publicationId);
    List<PublishedVersion> withExports = new ArrayList<>();
    for (PublishedVersion v : versions) {
      withExports.add(new PublishedVersion(v.publicationId(), v.version(), v.snapshotId(), v.attestationId(),
          v.rows(), v.publishedAt(), v.state(), exports(publicationId, v.version())));
    }
    return withExports;
  }

  public Optional<PublishedVersion> version(String publicationId, int version) {
    return jdbc.queryOne("SELECT * FROM publication.version WHERE publication_id = ? AND version = ?",
        rs -> version(rs, exports(publicationId, version)), publicationId, version);
  }

  /** The attestation of a committed version; attempts that did not commit are not public. */
  public Optional<Attestation> attestation(UUID id) {
    return jdbc.queryOne("SELECT body::text AS body FROM publication.attestation WHERE id = ? AND state = 'committed'",
        rs -> JSON.readValue(rs.getString("body"), Attestation.class), id);
  }

  /** The attestation of an attempt in any state (for data officers: a refused attempt's report). */
  public Optional<String> attemptReport(UUID id) {
    return jdbc.queryOne("SELECT body::text AS body FROM publication.attestation WHERE id = ?",
        rs -> rs.getString("body"), id);
  }

  public List<ChangeEntry> changelog(String publicationId) {
    return jdbc.query("SELECT * FROM publication.change WHERE publication_id = ? ORDER BY at DESC, id DESC",
        rs -> new ChangeEntry(Jdbc.instant(rs, "at"), rs.getString("kind"), (Integer) rs.getObject("version"),
            (Long) rs.getObject("rows_total"), (Long) rs.getObject("rows_added"), (Long) rs.getObject("rows_removed"),
            (Long) rs.getObject("rows_changed"),
            JSON.readValue(rs.getString("schema_changes"), new TypeReference<List<String>>() {}),
            rs.getString("summary")),
        publicationId);
  }

  // ---------------------------------------------------------------------------------------------- writes

  /** An attempt being written (also the attestation's row, state 'writing'). */
  record Attempt(UUID id, String publicationId, int version, String sourceTable, long sourceSnapshotId,
      int decisionVersion, String planHash, String dataPrefix, String exportsPrefix, String tableLocation,
      String actor, String trigger, Instant startedAt, String state) {}

  void ensure(Publication publication, Instant now) {
    jdbc.update("INSERT INTO publication.publication (id, source_dataset_id, kind, open_namespace, open_table, state,"
            + " updated_at) VALUES (?, ?, ?, ?, ?, 'new', ?) ON CONFLICT (id) DO NOTHING",
        publication.id(), publication.sourceDatasetId(), publication.kind().code(),
        publication.target().namespace().toString(), publication.target().name(), now);
  }

  void beginAttempt(Attempt a) {
    jdbc.update("INSERT INTO publication.attestation (id, publication_id, state, version, source_table,"
            + " source_snapshot_id, decision_version, plan_hash, data_prefix, exports_prefix, table_location, actor,"
            + " trigger, started_at) VALUES (?, ?, 'writing', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        a.id(), a.publicationId(), a.version(), a.sourceTable(), a.sourceSnapshotId(), a.decisionVersion(),
        a.planHash(), a.dataPrefix(), a.exportsPrefix(), a.tableLocation(), a.actor(), a.trigger(), a.startedAt());
  }

  /** The attempts of a publication that neither committed nor were closed: interrupted, or running. */
  List<Attempt> openAttempts(String publicationId) {
    return jdbc.query("SELECT * FROM publication.attestation WHERE publication_id = ? AND state IN ('writing',"
        + " 'pending') ORDER BY started_at", Publications::attempt, publicationId);
  }

  /** Publications with open attempts (for the recovery at start). */
  List<String> withOpenAttempts() {
    return jdbc.query("SELECT DISTINCT publication_id FROM publication.attestation WHERE state IN ('writing',"
        + " 'pending')", rs -> rs.getString(1));
  }

  void markPending(UUID attempt, Attestation body) {
    jdbc.update("UPDATE publication.attestation SET state = 'pending', body = ? WHERE id = ?",
        new Jdbc.Json(JSON.writeValueAsString(body)), attempt);
  }

  /** Closes an attempt that did not commit; {@code body} replaces its attestation (a refusal's report). */
  void close(UUID attempt, String state, @Nullable String body, @Nullable String note, Instant at) {
    String noteJson = note == null ? "{}" : JSON.writeValueAsString(java.util.Map.of("note", note));
    jdbc.update("UPDATE publication.attestation SET state = ?, finished_at = ?, body = coalesce(?, body) || ?"
        + " WHERE id = ?", state, at, body == null ? null : new Jdbc.Json(body), new Jdbc.Json(noteJson), attempt);
  }

  Optional<Attestation> pendingBody(UUID attempt) {
    return jdbc.queryOne("SELECT body::text AS body FROM publication.attestation WHERE id = ? AND state = 'pending'",
        rs -> JSON.readValue(rs.getString("body"), Attestation.class), attempt);
  }

  /** What the version table says is the latest version (committed), if any. */
  Optional<PublishedVersion> latest(String publicationId) {
    return jdbc.queryOne("SELECT * FROM publication.version WHERE publication_id = ? ORDER BY version DESC LIMIT 1",
        rs -> version(rs, List.of()), publicationId);
  }

  /** What the latest committed version was made from: source snapshot, decision version, plan fingerprint. */
  java.util.Map<String, String> latestSource(String publicationId) {
    return jdbc.queryOne("SELECT a.source_snapshot_id, a.decision_version, a.plan_hash FROM publication.version v"
            + " JOIN publication.attestation a ON a.id = v.attestation_id WHERE v.publication_id = ?"
            + " ORDER BY v.version DESC LIMIT 1",
        rs -> java.util.Map.of("source_snapshot_id", String.valueOf(rs.getLong(1)), "decision_version",
            String.valueOf(rs.getInt(2)), "plan_hash", rs.getString(3)), publicationId).orElse(java.util.Map.of());
  }

  /** The version of the decision the latest committed version was published under (0 when none was). */
  public int publishedUnderDecision(String publicationId) {
    return Integer.parseInt(latestSource(publicationId).getOrDefault("decision_version", "0"));
  }

  int nextVersion(String publicationId) {
    int fromVersions = jdbc.queryOne("SELECT coalesce(max(version), 0) FROM publication.version"
        + " WHERE publication_id = ?", rs -> rs.getInt(1), publicationId).orElse(0);
    return fromVersions + 1;
  }

  /** Records a committed version: attestation, version, exports, changelog entry, publication state, together. */
  void registerVersion(Connection c, Attempt attempt, Attestation attestation, long snapshotId, long rows,
      List<ExportFile> exports, String summary, Instant at) throws SQLException {
    Jdbc.update(c, "UPDATE publication.attestation SET state = 'committed', snapshot_id = ?, finished_at = ?,"
        + " body = ? WHERE id = ?", snapshotId, at, new Jdbc.Json(JSON.writeValueAsString(attestation)), attempt.id());
    Jdbc.update(c, "INSERT INTO publication.version (publication_id, version, snapshot_id, attestation_id, rows,"
            + " published_at, state) VALUES (?, ?, ?, ?, ?, ?, 'published')",
        attempt.publicationId(), attempt.version(), snapshotId, attempt.id(), rows, at);
    for (ExportFile export : exports) {
      Jdbc.update(c, "INSERT INTO publication.export (publication_id, version, format, location, bytes, sha256, rows)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)", attempt.publicationId(), attempt.version(), export.format().code(),
          export.location(), export.bytes(), export.sha256(), export.rows());
    }
    Jdbc.update(c, "INSERT INTO publication.change (publication_id, at, kind, version, rows_total, rows_added,"
            + " rows_removed, rows_changed, schema_changes, summary) VALUES (?, ?, 'version', ?, ?, ?, ?, ?, ?, ?)",
        attempt.publicationId(), at, attempt.version(), rows,
        attestation.changes().previousPurged() ? null : attestation.changes().added(),
        attestation.changes().previousPurged() ? null : attestation.changes().removed(),
        attestation.changes().changed(), new Jdbc.Json(JSON.writeValueAsString(attestation.changes().schema())),
        summary);
    Jdbc.update(c, "UPDATE publication.publication SET state = 'published', current_version = ?, updated_at = ?,"
            + " retracted_at = NULL, retracted_by = NULL, retraction_reason = NULL, retraction_note = NULL,"
            + " retracted_decision_version = NULL, purged = false WHERE id = ?",
        attempt.version(), at, attempt.publicationId());
  }

  /** The publication row locked for the commit: a retraction waits for the commit, or the commit sees it. */
  static Optional<PublishedDataset> lockForCommit(Connection c, String publicationId) throws SQLException {
    List<PublishedDataset> rows = Jdbc.query(c, "SELECT * FROM publication.publication WHERE id = ? FOR UPDATE",
        Publications::dataset, publicationId);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
  }

  static void retract(Connection c, String publicationId, PublishedDataset.Reason reason, @Nullable String note,
      String by, int decisionVersion, boolean purge, Instant at) throws SQLException {
    Jdbc.update(c, "UPDATE publication.publication SET state = 'retracted', updated_at = ?, retracted_at = ?,"
            + " retracted_by = ?, retraction_reason = ?, retraction_note = ?, retracted_decision_version = ?,"
            + " purged = ? WHERE id = ?",
        at, at, by, reason.code(), note, decisionVersion, purge, publicationId);
    Jdbc.update(c, "UPDATE publication.version SET state = ? WHERE publication_id = ? AND state <> 'purged'",
        purge ? "purged" : "retracted", publicationId);
    Jdbc.update(c, "INSERT INTO publication.change (publication_id, at, kind, summary) VALUES (?, ?, ?, ?)",
        publicationId, at, purge ? "purge" : "retraction", "Jeu de données retiré de la publication ("
            + reason.label() + ")" + (purge ? " ; toutes ses versions et leurs fichiers ont été supprimés" : ""));
  }

  static void forgetExports(Connection c, String publicationId) throws SQLException {
    Jdbc.update(c, "DELETE FROM publication.export WHERE publication_id = ?", publicationId);
  }

  List<ExportFile> exports(String publicationId, int version) {
    return jdbc.query("SELECT * FROM publication.export WHERE publication_id = ? AND version = ? ORDER BY format",
        rs -> new ExportFile(ExportFile.Format.fromCode(rs.getString("format")), rs.getString("location"),
            rs.getLong("bytes"), rs.getString("sha256"), rs.getLong("rows")), publicationId, version);
  }

  List<String> allExportLocations(String publicationId) {
    return jdbc.query("SELECT location FROM publication.export WHERE publication_id = ?", rs -> rs.getString(1),
        publicationId);
  }

  /** Every attempt's prefixes (to purge leftovers of every version, committed or not). */
  List<Attempt> attempts(String publicationId) {
    return jdbc.query("SELECT * FROM publication.attestation WHERE publication_id = ?", Publications::attempt,
        publicationId);
  }

  /** The key of record ids, made on first use. */
  byte[] recordIdKey() {
    Optional<byte[]> key = jdbc.queryOne("SELECT key FROM publication.record_id_key WHERE id = 1",
        rs -> rs.getBytes(1));
    if (key.isPresent()) {
      return key.get();
    }
    byte[] fresh = new byte[16];
    new SecureRandom().nextBytes(fresh);
    jdbc.update("INSERT INTO publication.record_id_key (id, key) VALUES (1, ?) ON CONFLICT (id) DO NOTHING",
        (Object) fresh);
    return jdbc.queryOne("SELECT key FROM publication.record_id_key WHERE id = 1", rs -> rs.getBytes(1))
        .orElseThrow();
  }

  private static PublishedDataset dataset(ResultSet rs) throws SQLException {
    String reason = rs.getString("retraction_reason");
    PublishedDataset.Tombstone tombstone = reason == null ? null : new PublishedDataset.Tombstone(
        Jdbc.instant(rs, "retracted_at"), rs.getString("retracted_by"), PublishedDataset.Reason.fromCode(reason),
        rs.getString("retraction_note"), rs.getBoolean("purged"));
    return new PublishedDataset(rs.getString("id"), rs.getString("source_dataset_id"),
        Publication.Kind.fromCode(rs.getString("kind")), rs.getString("open_namespace"), rs.getString("open_table"),
        PublishedDataset.State.fromCode(rs.getString("state")), (Integer) rs.getObject("current_version"),
        Jdbc.instant(rs, "updated_at"), tombstone);
  }

  static int retractedDecisionVersion(PublishedDataset dataset, Jdbc jdbc) {
    return jdbc.queryOne("SELECT coalesce(retracted_decision_version, 0) FROM publication.publication WHERE id = ?",
        rs -> rs.getInt(1), dataset.id()).orElse(0);
  }

  private static PublishedVersion version(ResultSet rs, List<ExportFile> exports) throws SQLException {
    return new PublishedVersion(rs.getString("publication_id"), rs.getInt("version"), rs.getLong("snapshot_id"),
        rs.getObject("attestation_id", UUID.class), rs.getLong("rows"), Jdbc.instant(rs, "published_at"),
        PublishedVersion.State.fromCode(rs.getString("state")), exports);
  }

  private static Attempt attempt(ResultSet rs) throws SQLException {
    return new Attempt(rs.getObject("id", UUID.class), rs.getString("publication_id"), rs.getInt("version"),
        rs.getString("source_table"), rs.getLong("source_snapshot_id"), rs.getInt("decision_version"),
        rs.getString("plan_hash"), rs.getString("data_prefix"), rs.getString("exports_prefix"),
        rs.getString("table_location"), rs.getString("actor"), rs.getString("trigger"),
        Jdbc.instant(rs, "started_at"), rs.getString("state"));
  }
}
