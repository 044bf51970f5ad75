package fr.socle.portal.classification;

import fr.socle.lakehouse.catalog.Dataset;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Which datasets the open tier holds. The promotion engine, when it comes, knows this exactly and can replace the
 * bean (declare it {@code @Primary}); until then {@link OpenCatalogTables} looks for a table of the same domain and
 * name in Trino's {@code open} catalog.
 */
public interface PublishedDatasets {
  /** The ids of the published datasets among these, or empty when it cannot be known right now. */
  Optional<Set<String>> published(Collection<Dataset> datasets);
}
