package fr.socle.portal.publication;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetQuery;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.lakehouse.promotion.DecisionSource;
import fr.socle.lakehouse.promotion.PromotionException;
import fr.socle.lakehouse.promotion.PromotionJobs;
import fr.socle.lakehouse.promotion.Promotions;
import fr.socle.lakehouse.promotion.Publications;
import fr.socle.lakehouse.promotion.PublishedDataset;
import fr.socle.lakehouse.promotion.VersionedDecision;
import fr.socle.portal.access.AccessException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  private final Promotions promotions;
  private final PromotionJobs jobs;
  private final PublicationSettings settings;
  private final Clock clock;

  PublicationOverview(Catalogue catalogue, ObjectProvider<DecisionSource> decisions, Publications publications,
      Promotions promotions, PromotionJobs jobs, PublicationSettings settings, Clock clock) {
    this.catalogue = catalogue;
    this.promotions = promotions;
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

  /**
   * A data officer's retraction, from the page or the API: {@code decision} (a new decision no longer allows it) or
   * {@code fuite} (data that should not have been published was: every copy is purged). « Nouvelle décision » needs
   * one: a decision in force newer than the one the public version was made under, so that the public notice,
   * which gives that reason, is true; a leak under the decision in force is a leak.
   *
   * @return the reason retained
   */
  PublishedDataset.Reason retract(String publicationId, String reasonCode, @Nullable String note, String by) {
    PublishedDataset publication = publications.find(publicationId).orElseThrow(() -> new AccessException(
        AccessException.Code.NOT_FOUND, "publication introuvable"));
    PublishedDataset.Reason reason = switch (reasonCode.strip().toLowerCase(Locale.ROOT)) {
      case "decision" -> PublishedDataset.Reason.DECISION;
      case "fuite", "leak" -> PublishedDataset.Reason.LEAK;
      default -> throw new AccessException(AccessException.Code.INVALID, "motif de retrait inconnu : " + reasonCode
          + " (decision ou fuite)");
    };
    int inForce = decisionVersion(publication);
    int publishedUnder = publications.publishedUnderDecision(publicationId);
    if (reason == PublishedDataset.Reason.DECISION && publication.isPublic() && inForce <= publishedUnder) {
      throw new AccessException(AccessException.Code.CONFLICT, "« " + publicationId + " » est publié sous la"
          + " décision en vigueur (version " + inForce + ") : un retrait pour nouvelle décision suppose d'en"
          + " enregistrer une d'abord ; pour des données qui n'auraient pas dû être publiées, choisir « fuite »,"
          + " qui supprime aussi toutes les copies");
    }
    try {
      promotions.retract(publicationId, reason, note == null || note.isBlank() ? null : note.strip(), by, inForce);
    } catch (PromotionException e) {
      throw new AccessException(AccessException.Code.CONFLICT, e.getMessage());
    }
    return reason;
  }
}
