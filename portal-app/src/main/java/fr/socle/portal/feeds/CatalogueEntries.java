package fr.socle.portal.feeds;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.promotion.ChangeEntry;
import fr.socle.lakehouse.promotion.PublishedVersion;
import fr.socle.lakehouse.promotion.Publications;
import fr.socle.lakehouse.promotion.PublishedDataset;
import fr.socle.portal.explore.PublishedDatasets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public catalogue as the feeds list it, in publication id order: every dataset the Explore API publishes,
 * with its current version's precomputed files, and a tombstone for every retracted one. Reads only what is
 * public: the published datasets' metadata as the Explore API shows it, the publication record's dates.
 */
final class CatalogueEntries {
  private final PublishedDatasets published;
  private final Publications publications;
  private final Catalogue catalogue;

  CatalogueEntries(PublishedDatasets published, Publications publications, Catalogue catalogue) {
    this.published = published;
    this.publications = publications;
    this.catalogue = catalogue;
  }

  /** An entry of a dataset's public changelog, with the dataset's id and public title. */
  record Update(String id, String title, ChangeEntry change) {}

  List<CatalogueEntry> all() {
    Map<String, fr.socle.portal.explore.PublishedDataset> live = published.all().stream()
        .collect(Collectors.toMap(fr.socle.portal.explore.PublishedDataset::datasetId, Function.identity()));
    List<CatalogueEntry> entries = new ArrayList<>();
    for (PublishedDataset publication : publications.all()) {
      entryOf(publication, live).ifPresent(entries::add);
    }
    return entries;
  }

  /** The entries of the given published datasets (an Explore API selection), and every tombstone. */
  List<CatalogueEntry> of(List<fr.socle.portal.explore.PublishedDataset> selection) {
    Set<String> ids = selection.stream().map(fr.socle.portal.explore.PublishedDataset::datasetId)
        .collect(Collectors.toSet());
    return all().stream()
        .filter(e -> e instanceof CatalogueEntry.Withdrawn || ids.contains(e.id()))
        .toList();
  }

  /** The newest entries of every public changelog (new versions, retractions), newest first. */
  List<Update> updates(List<CatalogueEntry> entries, int max) {
    List<Update> updates = new ArrayList<>();
    for (CatalogueEntry entry : entries) {
      publications.changelog(entry.id()).forEach(c -> updates.add(new Update(entry.id(), entry.title(), c)));
    }
    return updates.stream()
        .sorted(Comparator.comparing((Update u) -> u.change().at()).reversed().thenComparing(Update::id))
        .limit(max)
        .toList();
  }

  private Optional<CatalogueEntry> entryOf(PublishedDataset publication,
      Map<String, fr.socle.portal.explore.PublishedDataset> live) {
    return switch (publication.state()) {
      case NEW -> Optional.empty();
      case PUBLISHED -> Optional.ofNullable(live.get(publication.id())).flatMap(dataset -> published(dataset,
          publication));
      case RETRACTED -> withdrawn(publication);
    };
  }

  private Optional<CatalogueEntry> published(fr.socle.portal.explore.PublishedDataset dataset,
      PublishedDataset publication) {
    List<PublishedVersion> versions = publications.versions(publication.id());
    Optional<PublishedVersion> current = versions.stream()
        .filter(v -> publication.currentVersion() != null && v.version() == publication.currentVersion()
            && v.state() == PublishedVersion.State.PUBLISHED)
        .findFirst();
    return current.map(v -> new CatalogueEntry.Published(dataset, v.version(), versions.getLast().publishedAt(),
        v.publishedAt(), v.exports()));
  }

  private Optional<CatalogueEntry> withdrawn(PublishedDataset publication) {
    PublishedDataset.Tombstone tombstone = publication.tombstone();
    List<PublishedVersion> versions = publications.versions(publication.id());
    if (tombstone == null || versions.isEmpty()) {
      return Optional.empty();
    }
    String title = tombstone.purged() ? null
        : catalogue.find(publication.sourceDatasetId()).map(Dataset::metadata).map(Dataset.Metadata::title)
            .orElse(null);
    return Optional.of(new CatalogueEntry.Withdrawn(publication.id(),
        title == null ? "Jeu de données retiré (" + publication.id() + ")" : title,
        versions.getLast().publishedAt(), tombstone.at(), tombstone.reason()));
  }
}
