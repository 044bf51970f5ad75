package fr.socle.portal.classification;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetQuery;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.lakehouse.promotion.Publications;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** The queue and the dashboard over every active dataset. */
@Service
class Overview {
  private final Catalogue catalogue;
  private final ScanStore scans;
  private final DecisionStore decisions;
  private final PublishedDatasets published;
  private final ClassificationSettings settings;
  private final Classifier classifier;
  private final Clock clock;
  private final ObjectProvider<Publications> publications;

  Overview(Catalogue catalogue, ScanStore scans, DecisionStore decisions, PublishedDatasets published,
      ClassificationSettings settings, Classifier classifier, Clock clock, ObjectProvider<Publications> publications) {
    this.publications = publications;
    this.catalogue = catalogue;
    this.scans = scans;
    this.decisions = decisions;
    this.published = published;
    this.settings = settings;
    this.classifier = classifier;
    this.clock = clock;
  }

  List<QueueEntry> queue() {
    Publications promoted = publications.getIfAvailable();
    return ReviewQueue.of(activeDatasets(), scans.latestOfEach(), decisions.currentOfEach(),
        promoted == null ? List.of() : promoted.leakRetractions(), classifier.today(), clock.instant(),
        settings.overdueAfterDays());
  }

  Dashboard dashboard() {
    List<Dataset> datasets = activeDatasets();
    Set<String> open = published.published(datasets).orElse(null);
    return DashboardFigures.of(datasets, decisions.currentOfEach(), scans.latestOfEach(), open, classifier.today(),
        clock.instant(), settings.overdueAfterDays());
  }

  private List<Dataset> activeDatasets() {
    return catalogue.search(new DatasetQuery(null, null, null, null, Set.of(DatasetState.ACTIVE)));
  }
}
