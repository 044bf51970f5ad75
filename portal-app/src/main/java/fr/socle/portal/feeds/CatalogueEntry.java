package fr.socle.portal.feeds;

import static java.util.Objects.requireNonNull;

import fr.socle.lakehouse.promotion.ExportFile;
import fr.socle.lakehouse.promotion.PublishedDataset.Reason;
import fr.socle.portal.explore.PublishedDataset;
import java.time.Instant;
import java.util.List;

/** A dataset of the public catalogue: published (with its current version's files), or retracted (a tombstone). */
sealed interface CatalogueEntry {
  /** The publication id: the dataset's stable public name, kept through renames of its table or title. */
  String id();

  String title();

  /** When it was first published. */
  Instant issued();

  /** When it last changed: its current version's publication, or its retraction. */
  Instant modified();

  record Published(PublishedDataset dataset, int version, Instant issued, Instant modified, List<ExportFile> exports)
      implements CatalogueEntry {
    public Published {
      requireNonNull(dataset, "dataset");
      requireNonNull(issued, "issued");
      requireNonNull(modified, "modified");
      exports = List.copyOf(exports);
    }

    @Override
    public String id() {
      return dataset.datasetId();
    }

    @Override
    public String title() {
      return dataset.metadata().title();
    }

    PublishedDataset.Metadata metadata() {
      return dataset.metadata();
    }
  }

  /**
   * What stays public of a retracted dataset: its id, a title, when and why (the reason's category only, never the
   * data officer's note). After a purge for a leak even the title is withheld.
   */
  record Withdrawn(String id, String title, Instant issued, Instant modified, Reason reason)
      implements CatalogueEntry {
    public Withdrawn {
      requireNonNull(id, "id");
      requireNonNull(title, "title");
      requireNonNull(issued, "issued");
      requireNonNull(modified, "modified");
      requireNonNull(reason, "reason");
    }
  }
}
