package fr.socle.portal.access;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.lakehouse.catalog.DatasetQuery;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.lakehouse.load.DatasetLoads;
import fr.socle.policies.access.Catalogs;
import fr.socle.policies.access.DatasetFacts;
import fr.socle.policies.access.EnginePolicy;
import fr.socle.policies.access.PolicySnapshot;
import fr.socle.policies.access.TableRef;
import fr.socle.policies.access.ValueType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The datasets and grants the decisions are made from, held in memory (a decision takes microseconds) and
 * refreshed from PostgreSQL at once after a local change and every second otherwise (a change made by another
 * portal replica, or an expiry, is seen within that delay; expiries are also evaluated at each decision against
 * the clock, so they apply to the very next statement).
 */
@Component
@Profile("!cli")
public class PolicyState {
  private static final Logger log = LoggerFactory.getLogger(PolicyState.class);

  private final Catalogue catalogue;
  private final GrantRepository grants;
  private final Clock clock;
  private volatile PolicySnapshot snapshot = PolicySnapshot.empty();
  private volatile String fingerprint = "";

  PolicyState(Catalogue catalogue, GrantRepository grants, Clock clock, DatasetLoads loads) {
    this.catalogue = catalogue;
    this.grants = grants;
    this.clock = clock;
    // A load may create a dataset or change its columns: the next decision must know them already.
    loads.addListener((dataset, snapshotId, mode) -> changed());
  }

  public PolicySnapshot snapshot() {
    return snapshot;
  }

  /** The engine policy as of now. */
  public EnginePolicy enginePolicy() {
    return new EnginePolicy(snapshot.at(clock.instant()));
  }

  /**
   * Reloads after a change made here, so that the next decision already sees it: at once, or when the current
   * transaction commits (before that, the change is not visible to the reload).
   */
  public void changed() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          reloadNow();
        }
      });
    } else {
      reloadNow();
    }
  }

  private synchronized void reloadNow() {
    reload(true);
  }

  @Scheduled(fixedDelay = 1000, initialDelay = 0)
  public void refresh() {
    try {
      reload(false);
    } catch (RuntimeException e) {
      log.warn("policy state refresh failed, keeping the last one: {}", e.toString());
    }
  }

  private synchronized void reload(boolean force) {
    String current = catalogue.fingerprint() + "|" + grants.fingerprint();
    if (!force && current.equals(fingerprint)) {
      return;
    }
    Map<String, List<DatasetColumn>> columns = catalogue.allColumns();
    List<DatasetFacts> facts = new ArrayList<>();
    for (Dataset dataset : catalogue.search(new DatasetQuery(null, null, null, null,
        Set.of(DatasetState.ACTIVE, DatasetState.ARCHIVED)))) {
      Map<String, ValueType> types = new LinkedHashMap<>();
      for (DatasetColumn column : columns.getOrDefault(dataset.id(), List.of())) {
        types.put(column.name(), ValueType.ofColumnType(column.type()));
      }
      facts.add(new DatasetFacts(dataset.id(),
          new TableRef(Catalogs.INTERNAL, dataset.domain(), dataset.tableName()),
          dataset.metadata().producerService(), dataset.metadata().steward(), dataset.visibility(),
          dataset.discoverableByPartners(), dataset.state() != DatasetState.DELETED, types));
    }
    snapshot = new PolicySnapshot(facts, grants.live(clock.instant()));
    fingerprint = current;
  }
}
