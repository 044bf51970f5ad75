package fr.socle.portal.load;

import fr.socle.lakehouse.catalog.CatalogException;
import fr.socle.lakehouse.catalog.NewDataset;
import fr.socle.lakehouse.ingest.IngestionException;
import fr.socle.lakehouse.ingest.LoadMode;
import fr.socle.lakehouse.ingest.Message;
import fr.socle.lakehouse.ingest.ValidationReport;
import fr.socle.lakehouse.load.DatasetLoads;
import fr.socle.lakehouse.load.LoadRequest;
import fr.socle.portal.audit.AuditEntry;
import fr.socle.portal.audit.AuditTrail;
import fr.socle.portal.classification.ScanJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;

/**
 * Loads started from the portal run in the background, one or two at a time, with their progress readable while
 * they run. A job belongs to the person who started it: nobody else sees it. Jobs live in this portal instance's
 * memory (the uploaded file is on its disk too): a replicated deployment routes a person to the same instance
 * (session affinity), as it must for their session anyway.
 */
@Service
@Profile("!cli")
public class UploadJobs implements DisposableBean {
  public enum State {
    RUNNING,
    COMMITTED,
    REFUSED,
    FAILED
  }

  /**
   * A job as its owner sees it. Why a load was refused is kept as ingestion's {@link Message} ({@code refusal}), read
   * in the language of whoever looks at the page, whenever they do; the catalogue's refusals come as French text
   * ({@code message}). A failed job has neither: the page says it failed.
   */
  public record Job(String id, String owner, String description, State state, long bytesRead, long totalBytes,
      long rowsWritten, Instant startedAt, @Nullable Instant endedAt, @Nullable String datasetId,
      @Nullable Message refusal, @Nullable String message, @Nullable String errorCode, ValidationReport report) {

    /** Why the job was refused, in {@code locale}'s language when ingestion refused it; null if it was not. */
    public @Nullable String message(Locale locale) {
      return refusal != null ? refusal.render(locale) : message;
    }

    public int percent() {
      return totalBytes <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / totalBytes);
    }

    public boolean done() {
      return state != State.RUNNING;
    }
  }

  private final DatasetLoads loads;
  private final ScanJob scans;
  private final AuditTrail audit;
  private final Clock clock;
  private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
    Thread thread = new Thread(r, "socle-upload");
    thread.setDaemon(true);
    return thread;
  });
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  UploadJobs(DatasetLoads loads, ScanJob scans, AuditTrail audit, Clock clock) {
    this.loads = loads;
    this.scans = scans;
    this.audit = audit;
    this.clock = clock;
  }

  /** Creates a dataset from an uploaded file, in the background. */
  public String create(String owner, NewDataset dataset, LoadRequest load) {
    return start(owner, "création de " + dataset.domain() + "." + dataset.tableName(), load, job ->
        loads.create(dataset, load, owner, progress(job)));
  }

  /** Appends to or replaces the data of a dataset, in the background. */
  public String load(String owner, String datasetId, LoadMode mode, LoadRequest load) {
    String verb = mode == LoadMode.APPEND ? "ajout à " : "remplacement de ";
    return start(owner, verb + datasetId, load, job -> loads.load(datasetId, mode, load, owner, progress(job)));
  }

  /** The job, if it exists and belongs to {@code owner}. */
  public Optional<Job> find(String id, String owner) {
    return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner().equals(owner));
  }

  @FunctionalInterface
  private interface Work {
    DatasetLoads.Outcome run(String jobId) throws IngestionException;
  }

  private String start(String owner, String description, LoadRequest load, Work work) {
    String id = UUID.randomUUID().toString();
    forgetOldJobs();
    jobs.put(id, new Job(id, owner, description, State.RUNNING, 0, size(load.file()), 0, clock.instant(), null, null,
        null, null, null, ValidationReport.EMPTY));
    executor.execute(() -> {
      try {
        DatasetLoads.Outcome outcome = work.run(id);
        finish(id, State.COMMITTED, outcome.dataset().id(), null, null, null, outcome.result().report(),
            outcome.result().rowsWritten());
        audit.record(new AuditEntry(clock.instant(), AuditEntry.Kinds.LOAD, owner, null, outcome.dataset().id(), null,
            "committed", description + " : " + outcome.result().rowsWritten() + " lignes",
            Map.of("snapshot", Long.toString(outcome.result().snapshotId()), "source", load.sourceName())));
        scans.afterLoad(outcome.dataset().id());
      } catch (IngestionException refused) {
        finish(id, State.REFUSED, null, refused.userMessage(), null, refused.code().name(), refused.report(), 0);
      } catch (CatalogException refused) {
        finish(id, State.REFUSED, null, null, refused.getMessage(), refused.code().name(), ValidationReport.EMPTY,
            0);
      } catch (RuntimeException e) {
        org.slf4j.LoggerFactory.getLogger(UploadJobs.class).error("load job {} failed", id, e);
        finish(id, State.FAILED, null, null, null, null, ValidationReport.EMPTY, 0);
      } finally {
        try {
          Files.deleteIfExists(load.file());
          Files.deleteIfExists(load.file().getParent());
        } catch (IOException ignored) {
          // left to the hourly sweep of abandoned uploads
        }
      }
    });
    return id;
  }

  /**
   * Finished jobs are followed for a day, then forgotten (the load history stays in the catalogue): their reports
   * would otherwise stay in memory as long as the portal runs.
   */
  private void forgetOldJobs() {
    Instant dayAgo = clock.instant().minus(java.time.Duration.ofDays(1));
    jobs.values().removeIf(job -> job.endedAt() != null && job.endedAt().isBefore(dayAgo));
  }

  private fr.socle.lakehouse.ingest.ProgressListener progress(String id) {
    return (bytesRead, totalBytes, rowsWritten) -> jobs.computeIfPresent(id, (key, job) -> new Job(job.id(),
        job.owner(), job.description(), job.state(), bytesRead, totalBytes, rowsWritten, job.startedAt(), null,
        null, null, null, null, job.report()));
  }

  private void finish(String id, State state, @Nullable String datasetId, @Nullable Message refusal,
      @Nullable String message, @Nullable String code, ValidationReport report, long rows) {
    jobs.computeIfPresent(id, (key, job) -> new Job(job.id(), job.owner(), job.description(), state,
        state == State.COMMITTED ? job.totalBytes() : job.bytesRead(), job.totalBytes(),
        rows > 0 ? rows : job.rowsWritten(), job.startedAt(), clock.instant(), datasetId, refusal, message, code,
        report));
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
