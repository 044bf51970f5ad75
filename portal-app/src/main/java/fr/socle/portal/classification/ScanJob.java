package fr.socle.portal.classification;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetQuery;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.lakehouse.classification.ScanTargets;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.portal.access.AccessException;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps scans up to date with the data: a load calls {@link #afterLoad} when it commits a snapshot, and a job
 * scans every active dataset whose current snapshot has no scan yet (loads through other paths, missed calls, a
 * restart). Scans run one at a time on a worker thread of their own, never on the scheduler's thread, which the
 * decision point's refreshes share: two cores are shared with Trino, and a scan may take a minute.
 */
@Component
public class ScanJob {
  /** Who the audit trail names for scans nobody asked for. */
  static final String ACTOR = "socle";

  private static final Logger log = LoggerFactory.getLogger(ScanJob.class);

  private final Catalogue catalogue;
  private final ScanTargets targets;
  private final ScanStore scans;
  private final Classifier classifier;
  private final ClassificationSettings settings;
  private final AtomicBoolean sweeping = new AtomicBoolean();
  private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform()
      .name("classification-scan").daemon(true).factory());

  ScanJob(Catalogue catalogue, ScanTargets targets, ScanStore scans, Classifier classifier,
      ClassificationSettings settings) {
    this.catalogue = catalogue;
    this.targets = targets;
    this.scans = scans;
    this.classifier = classifier;
    this.settings = settings;
  }

  /** For the load code: the dataset has a new snapshot; it is scanned soon, in the background. */
  public void afterLoad(String datasetId) {
    worker.execute(() -> scanIfNew(datasetId));
  }

  /**
   * For a load that cannot wait in the background (the command-line loader exits when its load is committed):
   * scans now, unless the current snapshot already has a scan. True if a scan was recorded.
   */
  public boolean afterLoadAndWait(String datasetId) {
    return scanIfNew(datasetId);
  }

  @Scheduled(fixedDelayString = "${socle.classification.scan-job.interval:5m}", initialDelayString = "60s")
  void scheduled() {
    if (settings.scanJob().enabled() && sweeping.compareAndSet(false, true)) {
      worker.execute(() -> {
        try {
          scanNewSnapshots();
        } finally {
          sweeping.set(false);
        }
      });
    }
  }

  /** Scans every active dataset whose current snapshot has no scan yet. */
  void scanNewSnapshots() {
    List<Dataset> datasets = catalogue.search(new DatasetQuery(null, null, null, null, Set.of(DatasetState.ACTIVE)));
    Map<String, List<Long>> scanned = scans.scannedSnapshots();
    for (Dataset dataset : datasets) {
      Optional<Long> current = currentSnapshot(dataset);
      if (current.isPresent() && !scanned.getOrDefault(dataset.id(), List.of()).contains(current.get())) {
        scan(dataset.id());
      }
    }
  }

  /** Scans the dataset unless its current snapshot already has a scan; true if a scan was recorded. */
  boolean scanIfNew(String datasetId) {
    try {
      Dataset dataset = classifier.dataset(datasetId);
      Optional<Long> current = currentSnapshot(dataset);
      if (current.isEmpty() || scans.scanned(datasetId, current.get())) {
        return false;
      }
      return scan(datasetId);
    } catch (RuntimeException e) {
      log.warn("scan of {} after a load failed: {}", datasetId, e.toString());
      return false;
    }
  }

  private boolean scan(String datasetId) {
    try {
      StoredScan scan = classifier.scan(datasetId, ACTOR);
      log.info("scanned {} at snapshot {}: {} in {} ms", datasetId, scan.snapshotId(), scan.findings().coverage(),
          scan.durationMs());
      return true;
    } catch (QueryException | AccessException e) {
      log.warn("scan of {} failed: {}", datasetId, e.getMessage());
      return false;
    }
  }

  private Optional<Long> currentSnapshot(Dataset dataset) {
    try {
      return targets.currentSnapshotId(dataset);
    } catch (RuntimeException e) {
      log.debug("no table for {}: {}", dataset.id(), e.toString());
      return Optional.empty();
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
