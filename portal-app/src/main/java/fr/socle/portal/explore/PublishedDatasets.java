package fr.socle.portal.explore;

import java.util.List;
import java.util.Optional;

/** The datasets the open tier publishes. */
public interface PublishedDatasets {
  List<PublishedDataset> all();

  Optional<PublishedDataset> find(String datasetId);
}
