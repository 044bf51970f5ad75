package fr.socle.lakehouse.promotion;

import java.util.Optional;

/**
 * Where promotion finds the decision in force for a dataset of the catalogue. The classification store implements
 * it; until one is wired, {@link #NONE} knows no decision, so nothing is promoted.
 */
@FunctionalInterface
public interface DecisionSource {
  /** The latest version of the data officers' decision on the dataset, if any. */
  Optional<VersionedDecision> current(String datasetId);

  DecisionSource NONE = datasetId -> Optional.empty();
}
