package fr.socle.portal.publication;

import fr.socle.lakehouse.promotion.PromotionException;
import fr.socle.lakehouse.promotion.PromotionJobs;
import fr.socle.lakehouse.promotion.Promotions;
import fr.socle.lakehouse.promotion.PublishedDataset;
import fr.socle.portal.stewardship.DataErased;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Erasure reaches the open tier: every publication of an erased dataset is retracted with a purge (its open
 * snapshots, files and precomputed exports deleted: no version, time travel included, keeps the erased rows). When
 * only some rows of a public dataset were erased, it is promoted again from its new internal snapshot, under its
 * current decision, as a data officer's re-promotion would.
 */
@Component
@Profile("!cli")
class ErasureTrigger {
  private static final Logger log = LoggerFactory.getLogger(ErasureTrigger.class);

  private final Promotions promotions;
  private final PublicationOverview overview;
  private final PromotionJobs jobs;
  private final PromotionWorkerWaker waker;

  ErasureTrigger(Promotions promotions, PublicationOverview overview, PromotionJobs jobs, PromotionWorkerWaker waker) {
    this.promotions = promotions;
    this.overview = overview;
    this.jobs = jobs;
    this.waker = waker;
  }

  @EventListener
  void erased(DataErased erased) {
    boolean wasPublic = false;
    List<PublishedDataset> publications = promotions.publications().ofSource(erased.datasetId());
    log.info("data of {} erased by {}: purging its {} publication(s)", erased.datasetId(), erased.by(),
        publications.size());
    for (PublishedDataset publication : publications) {
      boolean alreadyPurged = publication.tombstone() != null && publication.tombstone().purged();
      if (alreadyPurged || publication.state() == PublishedDataset.State.NEW) {
        continue;
      }
      try {
        promotions.retract(publication.id(), PublishedDataset.Reason.ERASURE, erased.reason(), erased.by(),
            overview.decisionVersion(publication));
        wasPublic |= publication.state() == PublishedDataset.State.PUBLISHED;
      } catch (PromotionException e) {
        // The erasure is done inside; the data officers see the publication still up on their page and the log says why.
        log.error("publication {} of erased dataset {} could not be purged: {}", publication.id(),
            erased.datasetId(), e.getMessage());
      }
    }
    // What a data officer had retracted stays retracted; what was public comes back without the erased rows.
    if (wasPublic && !erased.wholeDataset()) {
      jobs.enqueue(erased.datasetId(), PromotionJobs.Trigger.ERASURE, erased.by());
      waker.wake();
    }
  }
}
