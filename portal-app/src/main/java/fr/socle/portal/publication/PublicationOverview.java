package fr.socle.portal.publication;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetQuery;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.lakehouse.promotion.DecisionSource;
import fr.socle.lakehouse.promotion.PromotionJobs;
import fr.socle.lakehouse.promotion.Publications;
import fr.socle.lakehouse.promotion.PublishedDataset;
import fr.socle.lakehouse.promotion.VersionedDecision;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The publication state of every active dataset, for the data officers' page and API. */
@Component
class PublicationOverview {
  private final Catalogue catalogue;
  private final DecisionSource decisions;
  private final Publications publications;
  private final PromotionJobs jobs;
  private final PublicationSettings settings;
  private final Clock clock;

  PublicationOverview(Catalogue catalogue, ObjectProvider<DecisionSource> decisions, Publications publications,
      PromotionJobs jobs, PublicationSettings settings, Clock clock) {
    this.catalogue = catalogue;
    this.decisions = PublicationConfiguration.decisions(decisions);
    this.publications = publications;
    this.jobs = jobs;
    this.settings = settings;
    this.clock = clock;
  }

  /** One dataset: its decision in force, what of it is published, its last job. */
  public record Row(Dataset dataset, @Nullable VersionedDecision decision,
      fr.socle.policies.communicability.@Nullable Status statusToday,
      List<PublishedDataset> publications, PromotionJobs.@Nullable Job lastJob) {
    public boolean published() {
      return publications.stream().anyMatch(PublishedDataset::isPublic);
    }
  }

  List<Row> rows() {
    LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
    List<Row> rows = new ArrayList<>();
    for (Dataset dataset : catalogue.search(new DatasetQuery(null, null, null, null, Set.of(DatasetState.ACTIVE)))) {
      VersionedDecision decision = decisions.current(dataset.id()).orElse(null);
      rows.add(new Row(dataset, decision, decision == null ? null : decision.decision().statusOn(today),
          publications.ofSource(dataset.id()), jobs.ofDataset(dataset.id(), 1).stream().findFirst().orElse(null)));
    }
    return rows;
  }

  Optional<Dataset> dataset(String id) {
    return catalogue.find(id).filter(d -> d.state() == DatasetState.ACTIVE);
  }

  /** The version of the decision in force on the dataset a publication comes from (0 without decision). */
  int decisionVersion(PublishedDataset publication) {
    return decisions.current(publication.sourceDatasetId()).map(VersionedDecision::version).orElse(0);
  }
}
