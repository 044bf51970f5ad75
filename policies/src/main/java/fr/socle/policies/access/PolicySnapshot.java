package fr.socle.policies.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The datasets and grants as of one moment, indexed for decisions in microseconds: what the decision point holds
 * in memory and refreshes on every change. Immutable; {@link #at} binds it to the instant of a decision.
 */
public final class PolicySnapshot {
  private final Map<TableRef, DatasetFacts> byTable;
  private final Map<String, DatasetFacts> byId;
  private final Map<String, List<Grant>> grantsByDataset;
  private final DatasetPolicy policy = new DatasetPolicy();

  public PolicySnapshot(Collection<DatasetFacts> datasets, Collection<Grant> grants) {
    Map<TableRef, DatasetFacts> tables = new HashMap<>();
    Map<String, DatasetFacts> ids = new HashMap<>();
    for (DatasetFacts dataset : datasets) {
      tables.put(dataset.table(), dataset);
      ids.put(dataset.id(), dataset);
    }
    Map<String, List<Grant>> byDataset = new HashMap<>();
    for (Grant grant : grants) {
      byDataset.computeIfAbsent(grant.datasetId(), id -> new ArrayList<>()).add(grant);
    }
    byDataset.replaceAll((id, list) -> List.copyOf(list));
    this.byTable = Map.copyOf(tables);
    this.byId = Map.copyOf(ids);
    this.grantsByDataset = Map.copyOf(byDataset);
  }

  public static PolicySnapshot empty() {
    return new PolicySnapshot(List.of(), List.of());
  }

  public Optional<DatasetFacts> dataset(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Optional<DatasetFacts> datasetOf(TableRef table) {
    return Optional.ofNullable(byTable.get(table));
  }

  public Collection<DatasetFacts> datasets() {
    return byId.values();
  }

  public List<Grant> grants(String datasetId) {
    return grantsByDataset.getOrDefault(datasetId, List.of());
  }

  public ReadScope scope(Subject subject, String datasetId, Instant now) {
    DatasetFacts dataset = byId.get(datasetId);
    return dataset == null
        ? ReadScope.none("unknown-dataset: " + datasetId)
        : policy.scope(subject, dataset, grants(datasetId), now);
  }

  /** The snapshot seen from one instant: the {@link DataAccess} of the engine policy. */
  public DataAccess at(Instant now) {
    return new DataAccess() {
      @Override
      public ReadScope scope(Subject subject, TableRef table) {
        DatasetFacts dataset = byTable.get(table);
        return dataset == null
            ? ReadScope.none("not-a-dataset: " + table)
            : policy.scope(subject, dataset, grants(dataset.id()), now);
      }

      @Override
      public Map<String, ValueType> columns(TableRef table) {
        DatasetFacts dataset = byTable.get(table);
        return dataset == null ? Map.of() : dataset.columns();
      }
    };
  }
}
