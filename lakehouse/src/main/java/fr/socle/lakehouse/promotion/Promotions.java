package fr.socle.lakehouse.promotion;

import static java.util.Objects.requireNonNull;

import fr.socle.lakehouse.iceberg.Tier;
import fr.socle.lakehouse.jdbc.Jdbc;
import fr.socle.policies.communicability.SecrecyThresholds;
import fr.socle.policies.occultation.CommuneLocator;
import fr.socle.policies.occultation.OccultationPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.apache.iceberg.AppendFiles;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.OverwriteFiles;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.TableProperties;
import org.apache.iceberg.Transaction;
import org.apache.iceberg.catalog.SupportsNamespaces;
import org.apache.iceberg.exceptions.AlreadyExistsException;
import org.apache.iceberg.exceptions.CommitFailedException;
import org.apache.iceberg.exceptions.CommitStateUnknownException;
import org.apache.iceberg.exceptions.NoSuchTableException;
import org.apache.iceberg.exceptions.ValidationException;
import org.apache.iceberg.expressions.Expressions;
import org.apache.iceberg.io.LocationProvider;
import org.jspecify.annotations.Nullable;

/**
 * The promotion engine. {@link #promote} publishes one snapshot of an internal table as a new version of its open
 * table, or nothing: under the publication's advisory lock it finishes or cleans up any interrupted attempt, skips
 * a source snapshot already published under the same decision and plan, runs the single pass (occultation, gate on
 * every row, data file and exports), and commits only when the gate passed, with the attestation's id in the
 * snapshot summary. A crash anywhere leaves the open tier at the previous version or the new one, never a partial
 * one; the next run deletes the leftovers or completes the registration of a commit that happened. Thread-safe.
 */
public final class Promotions {
  static final String ATTESTATION_ID = "socle.attestation-id";
  static final String SOURCE_SNAPSHOT = "socle.source-snapshot-id";
  static final String DECISION_VERSION = "socle.decision-version";
  static final String PLAN_HASH = "socle.plan-hash";

  /**
   * Tuning and test hooks. {@code exports} is false only to measure the table alone: a product promotion always
   * writes its exports.
   */
  public record Settings(CommuneLocator communes, SecrecyThresholds thresholds, int batchRows,
      Duration lockTimeout, Hooks hooks, boolean exports) {
    public static final Settings DEFAULTS = new Settings(CommuneLocator.NONE, SecrecyThresholds.DEFAULT, 8192,
        Duration.ofMinutes(30), Hooks.NONE, true);

    public Settings {
      requireNonNull(communes, "communes");
      requireNonNull(thresholds, "thresholds");
      requireNonNull(lockTimeout, "lockTimeout");
      requireNonNull(hooks, "hooks");
    }

    public Settings withHooks(Hooks value) {
      return new Settings(communes, thresholds, batchRows, lockTimeout, value, exports);
    }

    public Settings withLockTimeout(Duration value) {
      return new Settings(communes, thresholds, batchRows, value, hooks, exports);
    }

    public Settings withCommunes(CommuneLocator value) {
      return new Settings(value, thresholds, batchRows, lockTimeout, hooks, exports);
    }

    public Settings withoutExports() {
      return new Settings(communes, thresholds, batchRows, lockTimeout, hooks, false);
    }
  }

  /** Points where tests stop or slow a promotion (a crash between the writes and the commit). */
  public interface Hooks {
    Hooks NONE = new Hooks() {};

    /** The files are written and the gate passed; the commit comes next. */
    default void beforeCommit(UUID attemptId) {}

    /** The snapshot is committed in the open table; its registration in PostgreSQL comes next. */
    default void afterIcebergCommit(UUID attemptId) {}
  }

  /** Told when the open tier changes, to invalidate caches of the public side. */
  public interface Listener {
    void published(String publicationId, int version);

    /** The publication left the open tier, on {@code by}'s act (a person, or the system), with the note given. */
    void retracted(String publicationId, PublishedDataset.Reason reason, @Nullable String note, String by,
        boolean purged);
  }

  private final Tier internal;
  private final Tier open;
  private final Jdbc jdbc;
  private final Publications publications;
  private final Clock clock;
  private final Settings settings;
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final Recovery recovery;
  private final Retractions retractions;

  public Promotions(Tier internal, Tier open, Jdbc jdbc, Clock clock, Settings settings) {
    this.internal = internal;
    this.open = open;
    this.jdbc = jdbc;
    this.publications = new Publications(jdbc);
    this.clock = clock;
    this.settings = settings;
    this.recovery = new Recovery(open, publications, clock);
    this.retractions = new Retractions(open, jdbc, publications, clock, listeners);
  }

  public Publications publications() {
    return publications;
  }

  public void addListener(Listener listener) {
    listeners.add(listener);
  }

  public PromotionOutcome promote(PromotionRequest request, PromotionProgress progress) throws PromotionException {
    return promote(request, progress, () -> false);
  }

  public PromotionOutcome promote(PromotionRequest request, PromotionProgress progress, BooleanSupplier cancelled)
      throws PromotionException {
    Publication publication = request.publication();
    Instant started = clock.instant();
    publications.ensure(publication, started);
    progress.phase(PromotionProgress.Phase.LOCKING);
    try (PublicationLock lock = lock(publication.id())) {
      if (!publications.openAttempts(publication.id()).isEmpty()) {
        progress.phase(PromotionProgress.Phase.RECOVERING);
        recovery.recover(publication.id(), listeners);
      }
      return new Run(request, progress, cancelled, started).run();
    } catch (IOException | UncheckedIOException e) {
      throw new PromotionException(PromotionException.Code.IO_ERROR, "lecture ou écriture de fichiers impossible : "
          + e.getMessage(), e);
    } catch (SQLException | Jdbc.DataAccessException e) {
      throw new PromotionException(PromotionException.Code.IO_ERROR, "base de données indisponible", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PromotionException(PromotionException.Code.INTERRUPTED, "promotion interrompue", e);
    }
  }

  /**
   * Retracts a published dataset at once: the public side sees it gone, its open table leaves the open catalogue
   * (no query, no time travel), a tombstone stays. For a leak, every version's files and exports are deleted too.
   * The internal data is untouched; a data officer may promote it again later.
   */
  public void retract(String publicationId, PublishedDataset.Reason reason, @Nullable String note, String by,
      int decisionVersion) throws PromotionException {
    retractions.retract(publicationId, reason, note, by, decisionVersion);
  }

  /**
   * Cleans up after promotions that were interrupted (a crash, a kill): for each publication with an open attempt
   * that no live promotion holds, deletes the attempt's files, or completes the registration of its commit.
   */
  public void recoverAll() {
    for (String publicationId : publications.withOpenAttempts()) {
      try (PublicationLock lock = PublicationLock.tryAcquire(jdbc.dataSource(), publicationId).orElse(null)) {
        if (lock != null) {
          recovery.recover(publicationId, listeners);
        }
      } catch (SQLException | RuntimeException e) {
        System.getLogger(Promotions.class.getName()).log(System.Logger.Level.WARNING,
            "recovery of " + publicationId + " failed", e);
      }
    }
  }

  private PublicationLock lock(String publicationId) throws SQLException, PromotionException {
    return PublicationLock.acquire(jdbc.dataSource(), publicationId, settings.lockTimeout())
        .orElseThrow(() -> new PromotionException(PromotionException.Code.BUSY,
            "une autre promotion de ce jeu de données dure depuis plus de " + settings.lockTimeout().toMinutes()
                + " minutes"));
  }

  /** One promotion, under the lock. */
  private final class Run {
    private final PromotionRequest request;
    private final Publication publication;
    private final PromotionProgress progress;
    private final BooleanSupplier cancelled;
    private final Instant started;
    /** The retraction in force when the run started (a re-promotion), to tell a retraction made meanwhile. */
    private @Nullable Instant retractedAtStart;

    Run(PromotionRequest request, PromotionProgress progress, BooleanSupplier cancelled, Instant started) {
      this.request = request;
      this.publication = request.publication();
      this.progress = progress;
      this.cancelled = cancelled;
      this.started = started;
    }

    PromotionOutcome run() throws PromotionException, IOException, InterruptedException {
      Table source = loadSource();
      long snapshotId = sourceSnapshot(source);
      Schema sourceSchema = schemaAt(source, snapshotId);
      String planHash = PlanFingerprint.of(request.plan(), request.decision().recordKey());
      PublishedDataset state = publications.find(publication.id()).orElseThrow();
      retractedAtStart = state.state() == PublishedDataset.State.RETRACTED && state.tombstone() != null
          ? state.tombstone().at() : null;
      Table current = state.state() == PublishedDataset.State.RETRACTED ? null : loadOpen();
      Optional<PromotionOutcome> upToDate = upToDate(state, current, snapshotId, planHash);
      if (upToDate.isPresent()) {
        return upToDate.get();
      }
      OutputLayout layout = OutputLayout.of(sourceSchema, request.plan(), request.decision().recordKey(),
          publication.scdlSchema());
      int version = publications.nextVersion(publication.id());
      UUID attemptId = UUID.randomUUID();
      Transaction transaction;
      String location;
      List<String> schemaChanges;
      if (current == null) {
        ensureNamespace();
        location = stripSlash(open.settings().warehouse()) + "/" + publication.target().namespace() + "/"
            + publication.target().name() + "-" + UUID.randomUUID().toString().replace("-", "");
        transaction = open.catalog().buildTable(publication.target(), layout.schema)
            .withLocation(location)
            .withProperty(TableProperties.FORMAT_VERSION, "2")
            .withProperty(TableProperties.PARQUET_COMPRESSION, "zstd")
            .withProperty("socle.publication-id", publication.id())
            .createTransaction();
        schemaChanges = List.of();
      } else {
        transaction = current.newTransaction();
        location = current.location();
        schemaChanges = OpenTables.changes(current.schema(), layout.schema);
        if (!schemaChanges.isEmpty() || OpenTables.docsDiffer(current.schema(), layout.schema)) {
          OpenTables.reshape(transaction.updateSchema(), current.schema(), layout.schema);
        }
      }
      List<String> names = layout.columns.stream().map(OutputColumn::name).toList();
      Schema writeSchema = OpenTables.select(transaction.table().schema(), names);
      String dataPrefix = location + "/data/" + attemptId + "/";
      String exportsPrefix = stripSlash(open.settings().warehouse()) + "/exports/" + publication.id() + "/"
          + attemptId + "/";
      Publications.Attempt attempt = new Publications.Attempt(attemptId, publication.id(), version,
          "internal." + publication.source(), snapshotId, request.decision().version(), planHash, dataPrefix,
          exportsPrefix, location, request.actor(), request.trigger(), started, "writing");
      publications.beginAttempt(attempt);
      PromotionPass.Result pass;
      RecordIds ids;
      OccultationPlan gatePlan = GatePlan.strictest(request.plan(), settings.thresholds());
      try {
        Compared compared = compared(current, layout);
        ids = previousIds(current, estimated(source, snapshotId), compared);
        pass = PromotionPass.run(new PromotionPass.Inputs(source, snapshotId, layout, writeSchema,
            transaction.table().io(), new PrefixLocations(dataPrefix), exportsPrefix,
            publication.id() + "-v" + version, publications.recordIdKey(), ids, settings.communes(),
            gatePlan, settings.batchRows(), settings.exports(), compared == null ? null : compared.output(), progress,
            cancelled));
      } catch (IOException | RuntimeException | InterruptedException e) {
        recovery.discard(attempt, "abandoned", e.toString());
        throw e;
      }
      // No open table but versions before it: they were purged (an erasure, a leak), nothing to compare with.
      boolean previousPurged = current == null && publications.latest(publication.id()).isPresent();
      Attestation attestation = Attestations.build(attemptId, version, request, gatePlan, snapshotId, sourceSchema,
          pass, schemaChanges, ids, previousPurged, pass.exports(), clock.instant());
      if (!pass.verdict().passed()) {
        recovery.discard(attempt, "refused", Publications.JSON.writeValueAsString(attestation));
        return new PromotionOutcome.Refused(publication.id(), attemptId, pass.verdict().failures(),
            pass.verdict().reasons());
      }
      publications.markPending(attemptId, attestation);
      settings.hooks().beforeCommit(attemptId);
      progress.phase(PromotionProgress.Phase.COMMITTING);
      long snapshot = commit(transaction, current, attempt, attestation, pass);
      progress.phase(PromotionProgress.Phase.DONE);
      for (Listener listener : listeners) {
        listener.published(publication.id(), version);
      }
      return new PromotionOutcome.Published(publication.id(), version, snapshot, attemptId, pass.rowsRead(),
          pass.rowsWritten(), ids.added(), ids.removed(), ids.changed(), schemaChanges, pass.exports(),
          Duration.between(started, clock.instant()));
    }

    private long commit(Transaction transaction, @Nullable Table current, Publications.Attempt attempt,
        Attestation attestation, PromotionPass.Result pass) throws PromotionException {
      Map<String, String> summary = new LinkedHashMap<>();
      summary.put(ATTESTATION_ID, attempt.id().toString());
      summary.put("socle.publication-id", publication.id());
      summary.put("socle.version", String.valueOf(attempt.version()));
      summary.put("socle.source-table", attempt.sourceTable());
      summary.put(SOURCE_SNAPSHOT, String.valueOf(attempt.sourceSnapshotId()));
      summary.put(DECISION_VERSION, String.valueOf(attempt.decisionVersion()));
      summary.put(PLAN_HASH, attempt.planHash());
      summary.put("socle.user", request.actor());
      summary.put("socle.mode", "promotion");
      Long parent = current == null || current.currentSnapshot() == null ? null
          : current.currentSnapshot().snapshotId();
      Integer previous = publications.latest(publication.id()).map(PublishedVersion::version).orElse(null);
      long[] committed = {-1};
      try {
        jdbc.inTransaction(connection -> {
          PublishedDataset row = Publications.lockForCommit(connection, publication.id()).orElseThrow();
          if (row.state() == PublishedDataset.State.RETRACTED && (row.tombstone() == null
              || !row.tombstone().at().equals(retractedAtStart))) {
            throw new RetractedMeanwhile();
          }
          committed[0] = icebergCommit(transaction, current == null, parent, pass.files(), summary);
          settings.hooks().afterIcebergCommit(attempt.id());
          Instant now = clock.instant();
          publications.registerVersion(connection, attempt, attestation, committed[0], pass.rowsWritten(),
              pass.exports(), Attestations.summary(attempt.version(), pass.rowsWritten(), attestation.changes(),
                  previous), now);
          return null;
        });
        return committed[0];
      } catch (RetractedMeanwhile e) {
        recovery.discard(attempt, "abandoned", "retiré pendant la promotion");
        throw new PromotionException(PromotionException.Code.RETRACTED,
            "le jeu de données a été retiré pendant la promotion : rien n'est publié");
      } catch (CommitStateUnknownException e) {
        throw new PromotionException(PromotionException.Code.COMMIT_UNKNOWN,
            "l'enregistrement de la version n'a pas pu être confirmé ; la prochaine exécution le vérifiera", e);
      } catch (ValidationException | CommitFailedException | AlreadyExistsException | NoSuchTableException e) {
        recovery.discard(attempt, "abandoned", e.toString());
        throw new PromotionException(PromotionException.Code.CONFLICT,
            "la table publiée a changé pendant la promotion ; elle sera relancée", e);
      } catch (Jdbc.DataAccessException e) {
        if (committed[0] >= 0) {
          // The snapshot is in: the attempt stays pending and the next run registers it.
          throw new PromotionException(PromotionException.Code.COMMIT_UNKNOWN,
              "version enregistrée dans la table, registre non mis à jour : la prochaine exécution le complètera", e);
        }
        recovery.discard(attempt, "abandoned", e.toString());
        throw e;
      }
    }

    private Table loadSource() throws PromotionException {
      try {
        return internal.catalog().loadTable(publication.source());
      } catch (NoSuchTableException e) {
        throw new PromotionException(PromotionException.Code.SOURCE_NOT_FOUND,
            "la table source internal." + publication.source() + " est introuvable", e);
      }
    }

    private long sourceSnapshot(Table source) throws PromotionException {
      if (request.sourceSnapshotId() != null) {
        if (source.snapshot(request.sourceSnapshotId()) == null) {
          throw new PromotionException(PromotionException.Code.SOURCE_NOT_FOUND,
              "la version " + request.sourceSnapshotId() + " de la table source n'existe plus");
        }
        return request.sourceSnapshotId();
      }
      Snapshot snapshot = source.currentSnapshot();
      if (snapshot == null) {
        throw new PromotionException(PromotionException.Code.SOURCE_NOT_FOUND, "la table source n'a aucune donnée");
      }
      return snapshot.snapshotId();
    }

    private @Nullable Table loadOpen() {
      try {
        return open.catalog().loadTable(publication.target());
      } catch (NoSuchTableException e) {
        return null;
      }
    }

    private Optional<PromotionOutcome> upToDate(PublishedDataset state, @Nullable Table current, long snapshotId,
        String planHash) {
      if (state.state() != PublishedDataset.State.PUBLISHED || current == null || current.currentSnapshot() == null) {
        return Optional.empty();
      }
      Map<String, String> summary = current.currentSnapshot().summary();
      boolean same = String.valueOf(snapshotId).equals(summary.get(SOURCE_SNAPSHOT))
          && String.valueOf(request.decision().version()).equals(summary.get(DECISION_VERSION))
          && planHash.equals(summary.get(PLAN_HASH));
      if (!same) {
        return Optional.empty();
      }
      int version = publications.latest(publication.id()).map(PublishedVersion::version).orElse(0);
      return Optional.of(new PromotionOutcome.UpToDate(publication.id(), version,
          current.currentSnapshot().snapshotId()));
    }

    private void ensureNamespace() {
      if (open.catalog() instanceof SupportsNamespaces namespaces
          && !namespaces.namespaceExists(publication.target().namespace())) {
        try {
          namespaces.createNamespace(publication.target().namespace());
        } catch (AlreadyExistsException raced) {
          // created meanwhile: fine
        }
      }
    }

    /**
     * With a record key, the published columns both versions have (same name, same type): a row whose id stays
     * and whose values there differ is counted as changed. Null without a key or a previous version.
     */
    private @Nullable Compared compared(@Nullable Table current, OutputLayout layout) {
      if (request.decision().recordKey().isEmpty() || current == null || current.currentSnapshot() == null) {
        return null;
      }
      List<String> names = new java.util.ArrayList<>();
      List<Integer> positions = new java.util.ArrayList<>();
      for (int c = 1; c < layout.columns.size(); c++) {
        OutputColumn column = layout.columns.get(c);
        org.apache.iceberg.types.Types.NestedField old = current.schema().findField(column.name());
        if (old != null && SnapshotReader.columnType(old.type()) == column.type()) {
          names.add(column.name());
          positions.add(c);
        }
      }
      return new Compared(names, positions.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The record ids of the version published now (and their values' digests), to count the changes. */
    private RecordIds previousIds(@Nullable Table current, long expected, @Nullable Compared compared)
        throws IOException, InterruptedException {
      if (current == null || current.currentSnapshot() == null
          || current.schema().findField(OutputColumn.RecordId.NAME) == null) {
        return compared == null ? new RecordIds(expected) : new RecordIds(expected).trackingChanges();
      }
      List<String> columns = new java.util.ArrayList<>(List.of(OutputColumn.RecordId.NAME));
      if (compared != null) {
        columns.addAll(compared.names());
      }
      SnapshotReader reader = new SnapshotReader(current, current.currentSnapshot().snapshotId(), columns);
      RecordIds ids = new RecordIds(expected + reader.estimatedRows());
      if (compared != null) {
        ids.trackingChanges();
      }
      int[] digested = java.util.stream.IntStream.range(1, columns.size()).toArray();
      Utf8View view = new Utf8View();
      reader.read(new fr.socle.lakehouse.ingest.ColumnBatch(reader.types(), settings.batchRows()), batch -> {
        for (int r = 0; r < batch.size(); r++) {
          if (!batch.isNull(0, r)) {
            ids.addPrevious(view.of(batch.bytes(0), batch.start(0, r), batch.length(0, r)),
                compared == null ? 0 : RowHasher.digest(batch, digested, r));
          }
        }
        batch.clear();
        return batch;
      });
      return ids;
    }
  }

  private static long icebergCommit(Transaction transaction, boolean created, @Nullable Long parent,
      List<DataFile> files, Map<String, String> summary) {
    if (created) {
      AppendFiles append = transaction.newAppend();
      files.forEach(append::appendFile);
      summary.forEach(append::set);
      append.commit();
    } else {
      OverwriteFiles overwrite = transaction.newOverwrite().overwriteByRowFilter(Expressions.alwaysTrue());
      files.forEach(overwrite::addFile);
      summary.forEach(overwrite::set);
      if (parent != null) {
        overwrite.validateFromSnapshot(parent);
      }
      overwrite.conflictDetectionFilter(Expressions.alwaysTrue()).validateNoConflictingData()
          .validateNoConflictingDeletes();
      overwrite.commit();
    }
    transaction.commitTransaction();
    return transaction.table().currentSnapshot().snapshotId();
  }

  private static Schema schemaAt(Table table, long snapshotId) {
    Snapshot snapshot = table.snapshot(snapshotId);
    Integer schemaId = snapshot.schemaId();
    Schema schema = schemaId == null ? null : table.schemas().get(schemaId);
    return schema == null ? table.schema() : schema;
  }

  private static long estimated(Table table, long snapshotId) {
    String total = table.snapshot(snapshotId).summary().get("total-records");
    return total == null ? 1024 : Long.parseLong(total);
  }

  static String stripSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** Published columns both versions have: their names, and their positions in the new output. */
  private record Compared(List<String> names, int[] output) {}

  /** A retraction that committed between the start of the promotion and its commit. */
  private static final class RetractedMeanwhile extends RuntimeException {
    RetractedMeanwhile() {
      super(null, null, false, false);
    }
  }

  /** Data files of an attempt go under a prefix of their own, so its leftovers can be found and deleted. */
  private record PrefixLocations(String prefix) implements LocationProvider {
    @Override
    public String newDataLocation(String filename) {
      return prefix + filename;
    }

    @Override
    public String newDataLocation(org.apache.iceberg.PartitionSpec spec, org.apache.iceberg.StructLike partition,
        String filename) {
      return prefix + filename;
    }
  }
}
