package fr.socle.portal.explore;

import java.util.List;
import java.util.Optional;

/** The datasets the open tier publishes. */
public interface PublishedDatasets {
  /** The export formats of a dataset, precomputed at publication or streamed through Trino. */
  List<String> EXPORT_FORMATS = List.of("csv", "json", "jsonl", "geojson", "parquet", "xlsx");

  List<PublishedDataset> all();

  Optional<PublishedDataset> find(String datasetId);
}
