package fr.socle.portal.publication;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.ingest.LoadMode;
import fr.socle.lakehouse.load.DatasetLoads;
import fr.socle.lakehouse.promotion.PromotionJobs;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * Queues a promotion job when a load commits a new snapshot of a dataset; the worker is woken at once (in this
 * process) or finds the job at its next look (another process: the command-line loader).
 */
final class LoadTrigger implements DatasetLoads.Listener {
  private final PromotionJobs jobs;
  private final List<Runnable> wakers = new CopyOnWriteArrayList<>();

  LoadTrigger(PromotionJobs jobs) {
    this.jobs = jobs;
  }

  void onQueued(Runnable waker) {
    wakers.add(waker);
  }

  @Override
  public void loaded(Dataset dataset, long snapshotId, LoadMode mode) {
    jobs.enqueue(dataset.id(), PromotionJobs.Trigger.LOAD, "système");
    wakers.forEach(Runnable::run);
  }
}
