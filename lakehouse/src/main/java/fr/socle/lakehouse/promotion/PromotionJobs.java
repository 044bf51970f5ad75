package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.jdbc.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The persisted queue of promotion jobs (table {@code publication.job}): one queued job per dataset at most (a
 * load during a running job queues the next one), claimed with {@code FOR UPDATE SKIP LOCKED} so several portal
 * nodes share the work, retried with backoff up to {@code max_attempts}, and visible with its phase and progress.
 * A job whose runner stopped beating (a crash) is queued again and re-runs from the start.
 */
public final class PromotionJobs {
  public static final int MAX_ATTEMPTS = 5;

  /** Why a job was queued. */
  public enum Trigger {
    /** A load committed a new snapshot of the internal table. */
    LOAD,
    /** A deferred decision's date has passed. */
    DEFERRED,
    /** A new decision. */
    DECISION,
    /** A data officer asked. */
    MANUAL,
    /** The periodic check found the open tier behind the internal table or the decision. */
    RECONCILE,
    /** Rows were erased at the source: what was public is published again without them. */
    ERASURE;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Trigger fromCode(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }

  public enum State {
    QUEUED,
    RUNNING,
    /** A new version was published (or a retraction the decision required was done). */
    SUCCEEDED,
    /** Nothing to do: up to date, no decision, withheld. */
    SKIPPED,
    /** The gate refused the output: not retried, the data officer is told why. */
    REFUSED,
    /** Failed after its last attempt, or for a reason retrying cannot fix. */
    FAILED;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    static State fromCode(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public boolean finished() {
      return this != QUEUED && this != RUNNING;
    }
  }

  /** A job as the log shows it. {@code report} is JSON (a refusal's checks and failures). */
  public record Job(UUID id, String datasetId, Trigger trigger, String requestedBy, Instant requestedAt, State state,
      int attempts, int maxAttempts, Instant nextAttemptAt, @Nullable String owner, @Nullable Instant heartbeatAt,
      @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable String phase, @Nullable Long rowsRead,
      @Nullable Long rowsWritten, @Nullable Long rowsTotal, @Nullable String publicationId,
      @Nullable Integer version, @Nullable UUID attestationId, @Nullable String message, @Nullable String report) {

    /** Progress in percent of the rows read, when known. */
    public Optional<Integer> percent() {
      if (rowsRead == null || rowsTotal == null || rowsTotal == 0) {
        return Optional.empty();
      }
      return Optional.of((int) Math.min(100, rowsRead * 100 / rowsTotal));
    }
  }

  private final Jdbc jdbc;
  private final Clock clock;

  public PromotionJobs(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Queues a promotion of the dataset, unless one is already queued (then that one, due now if manual). */
  public Job enqueue(String datasetId, Trigger trigger, String requestedBy) {
    Instant now = clock.instant();
    UUID id = UUID.randomUUID();
    int inserted = jdbc.update("INSERT INTO publication.job (id, dataset_id, trigger, requested_by, requested_at, state,"
            + " max_attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, 'queued', ?, ?)"
            + " ON CONFLICT (dataset_id) WHERE state = 'queued' DO NOTHING",
        id, datasetId, trigger.code(), requestedBy, now, MAX_ATTEMPTS, now);
    if (inserted == 0 && trigger == Trigger.MANUAL) {
      jdbc.update("UPDATE publication.job SET next_attempt_at = ?, requested_by = ?, trigger = 'manual'"
          + " WHERE dataset_id = ? AND state = 'queued'", now, requestedBy, datasetId);
    }
    return jdbc.queryOne("SELECT * FROM publication.job WHERE dataset_id = ? AND state = 'queued'",
        PromotionJobs::job, datasetId).orElseGet(() -> find(id).orElseThrow());
  }

  /** Takes the next due job for {@code owner}, if any. */
  Optional<Job> claim(String owner) {
    Instant now = clock.instant();
    return jdbc.queryOne("UPDATE publication.job SET state = 'running', owner = ?, heartbeat_at = ?, started_at = ?,"
        + " attempts = attempts + 1, phase = NULL, rows_read = NULL, rows_written = NULL, rows_total = NULL"
        + " WHERE id = (SELECT id FROM publication.job WHERE state = 'queued' AND next_attempt_at <= ?"
        + " AND NOT EXISTS (SELECT 1 FROM publication.job r WHERE r.state = 'running' AND r.dataset_id = job.dataset_id)"
        + " ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING *",
        PromotionJobs::job, owner, now, now, now);
  }

  void progress(UUID id, @Nullable String phase, long read, long written, long total) {
    jdbc.update("UPDATE publication.job SET heartbeat_at = ?, phase = coalesce(?, phase), rows_read = ?,"
        + " rows_written = ?, rows_total = ? WHERE id = ? AND state = 'running'",
        clock.instant(), phase, read, written, total, id);
  }

  void phase(UUID id, String phase) {
    jdbc.update("UPDATE publication.job SET heartbeat_at = ?, phase = ? WHERE id = ? AND state = 'running'",
        clock.instant(), phase, id);
  }

  void heartbeat(UUID id) {
    jdbc.update("UPDATE publication.job SET heartbeat_at = ? WHERE id = ? AND state = 'running'", clock.instant(), id);
  }

  void finish(UUID id, State state, String message, @Nullable String publicationId, @Nullable Integer version,
      @Nullable UUID attestationId, @Nullable String report) {
    jdbc.update("UPDATE publication.job SET state = ?, finished_at = ?, message = ?, publication_id = ?, version = ?,"
            + " attestation_id = ?, report = ?, phase = NULL WHERE id = ?",
        state.code(), clock.instant(), message, publicationId, version, attestationId,
        report == null ? null : new Jdbc.Json(report), id);
  }

  /** Queues the job again after {@code backoff}, or fails it if that was its last attempt; returns the new state. */
  State retryOrFail(Job job, String message, Duration backoff) {
    if (job.attempts() >= job.maxAttempts()) {
      finish(job.id(), State.FAILED, message + " (abandon après " + job.attempts() + " tentatives)", null, null,
          null, null);
      return State.FAILED;
    }
    int moved = jdbc.update("UPDATE publication.job SET state = 'queued', owner = NULL, message = ?,"
            + " next_attempt_at = ?, phase = NULL WHERE id = ? AND NOT EXISTS (SELECT 1 FROM publication.job q"
            + " WHERE q.dataset_id = ? AND q.state = 'queued')",
        message, clock.instant().plus(backoff), job.id(), job.datasetId());
    if (moved == 0) {
      // A newer job of the dataset is queued: it will do the work; this one stops here.
      finish(job.id(), State.FAILED, message + " (remplacé par une promotion plus récente)", null, null, null, null);
      return State.FAILED;
    }
    return State.QUEUED;
  }

  /** Jobs whose runner stopped beating for {@code staleAfter} (a crash): queued again, from the start. */
  public int requeueStale(Duration staleAfter) {
    Instant limit = clock.instant().minus(staleAfter);
    List<Job> stale = jdbc.query("SELECT * FROM publication.job WHERE state = 'running' AND heartbeat_at < ?",
        PromotionJobs::job, limit);
    stale.forEach(job -> retryOrFail(job, "exécution interrompue (arrêt du serveur) : reprise", Duration.ZERO));
    return stale.size();
  }

  /** At start: the jobs this node was running when it stopped are queued again. */
  public int requeueOwnedBy(String owner) {
    List<Job> mine = jdbc.query("SELECT * FROM publication.job WHERE state = 'running' AND owner = ?",
        PromotionJobs::job, owner);
    mine.forEach(job -> retryOrFail(job, "exécution interrompue (arrêt du serveur) : reprise", Duration.ZERO));
    return mine.size();
  }

  public Optional<Job> find(UUID id) {
    return jdbc.queryOne("SELECT * FROM publication.job WHERE id = ?", PromotionJobs::job, id);
  }

  public List<Job> recent(int limit) {
    return jdbc.query("SELECT * FROM publication.job ORDER BY requested_at DESC, id LIMIT ?", PromotionJobs::job,
        limit);
  }

  public List<Job> ofDataset(String datasetId, int limit) {
    return jdbc.query("SELECT * FROM publication.job WHERE dataset_id = ? ORDER BY requested_at DESC LIMIT ?",
        PromotionJobs::job, datasetId, limit);
  }

  /** Whether a job of the dataset is queued or running. */
  public boolean pending(String datasetId) {
    return jdbc.queryOne("SELECT 1 FROM publication.job WHERE dataset_id = ? AND state IN ('queued', 'running')"
        + " LIMIT 1", rs -> 1, datasetId).isPresent();
  }

  private static Job job(ResultSet rs) throws SQLException {
    return new Job(rs.getObject("id", UUID.class), rs.getString("dataset_id"),
        Trigger.fromCode(rs.getString("trigger")), rs.getString("requested_by"), Jdbc.instant(rs, "requested_at"),
        State.fromCode(rs.getString("state")), rs.getInt("attempts"), rs.getInt("max_attempts"),
        Jdbc.instant(rs, "next_attempt_at"), rs.getString("owner"), Jdbc.instant(rs, "heartbeat_at"),
        Jdbc.instant(rs, "started_at"), Jdbc.instant(rs, "finished_at"), rs.getString("phase"),
        (Long) rs.getObject("rows_read"), (Long) rs.getObject("rows_written"), (Long) rs.getObject("rows_total"),
        rs.getString("publication_id"), (Integer) rs.getObject("version"), rs.getObject("attestation_id", UUID.class),
        rs.getString("message"), rs.getString("report"));
  }
}
