package fr.socle.lakehouse.catalog;

import static java.util.Objects.requireNonNull;

import fr.socle.policies.access.Visibility;
import org.jspecify.annotations.Nullable;

/** What is needed to register a dataset: where its table goes, its metadata, its visibility; id optional. */
public record NewDataset(
    @Nullable String id,
    String domain,
    String tableName,
    Dataset.Metadata metadata,
    Visibility visibility,
    boolean discoverableByPartners) {

  public NewDataset {
    requireNonNull(domain, "domain");
    requireNonNull(tableName, "tableName");
    requireNonNull(metadata, "metadata");
    requireNonNull(visibility, "visibility");
  }
}
