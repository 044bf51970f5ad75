package fr.socle.portal.stewardship;

import fr.socle.lakehouse.catalog.CatalogException;
import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.lakehouse.catalog.Erasure;
import fr.socle.policies.access.RowFilter;
import fr.socle.policies.access.Subject;
import fr.socle.policies.access.ValueType;
import fr.socle.policies.access.Visibility;
import fr.socle.portal.access.AccessException;
import fr.socle.portal.access.Grants;
import fr.socle.portal.access.PolicyState;
import fr.socle.portal.audit.AuditEntry;
import fr.socle.portal.audit.AuditTrail;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * What a steward (or a data officer) does to a dataset beyond loading it. Every act is checked here (the person
 * decides on this dataset, or it does not exist for them), applied through the catalogue, recorded in the audit
 * trail, and reflected in the decision point at once.
 */
@Service
public class Stewardship {
  private final Catalogue catalogue;
  private final Erasure erasure;
  private final PolicyState policy;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Stewardship(Catalogue catalogue, Erasure erasure, PolicyState policy, AuditTrail audit, Clock clock,
      ApplicationEventPublisher events) {
    this.catalogue = catalogue;
    this.erasure = erasure;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  /** The dataset, if the person stewards it (or is a data officer); NOT_FOUND otherwise. */
  public Dataset stewarded(Subject me, String id) {
    Dataset dataset = catalogue.find(id).filter(d -> d.state() != DatasetState.DELETED)
        .orElseThrow(() -> new AccessException(AccessException.Code.NOT_FOUND, "jeu de données introuvable"));
    if (!Grants.decidesOn(me, dataset)) {
      throw new AccessException(AccessException.Code.NOT_FOUND, "jeu de données introuvable");
    }
    return dataset;
  }

  public Dataset edit(Subject me, String id, Dataset.Metadata metadata, int version) {
    stewarded(me, id);
    Dataset changed = catalogue.edit(id, metadata, version, me.user());
    record(me, id, "métadonnées modifiées", Map.of("version", changed.version()));
    policy.changed();
    return changed;
  }

  public Dataset visibility(Subject me, String id, Visibility visibility, boolean partners, int version) {
    stewarded(me, id);
    Dataset changed = catalogue.setVisibility(id, visibility, partners, version, me.user());
    record(me, id, "visibilité : " + visibility.code() + (partners ? " (partenaires compris)" : ""),
        Map.of("visibility", visibility.code(), "partners", partners));
    policy.changed();
    return changed;
  }

  public Dataset archive(Subject me, String id) {
    stewarded(me, id);
    Dataset changed = catalogue.archive(id, me.user());
    record(me, id, "archivé", Map.of());
    policy.changed();
    return changed;
  }

  public Dataset restore(Subject me, String id) {
    stewarded(me, id);
    Dataset changed = catalogue.restore(id, me.user());
    record(me, id, "désarchivé", Map.of());
    policy.changed();
    return changed;
  }

  public Dataset rename(Subject me, String id, String domain, String table) {
    Dataset before = stewarded(me, id);
    Dataset changed = catalogue.rename(id, domain, table, me.user());
    record(me, id, "renommé de " + before.trinoName() + " en " + changed.trinoName(),
        Map.of("from", before.trinoName(), "to", changed.trinoName()));
    policy.changed();
    return changed;
  }

  /** Erases the dataset entirely: its table and every file of it; a tombstone stays (the id is never reused). */
  public void delete(Subject me, String id, String confirmation) {
    Dataset dataset = stewarded(me, id);
    if (!dataset.id().equals(confirmation)) {
      throw new AccessException(AccessException.Code.INVALID,
          "pour supprimer, recopiez l'identifiant du jeu de données (" + dataset.id() + ")");
    }
    catalogue.delete(id, me.user());
    record(me, id, "supprimé (données effacées, tombstone conservé)", Map.of("table", dataset.trinoName()));
    policy.changed();
    events.publishEvent(new DataErased(id, true, me.user(), "suppression du jeu de données"));
  }

  /**
   * Erases the rows matching the filters (all must hold) from the data and from every past version of it.
   * @return how many rows were erased
   */
  public Erasure.Outcome erase(Subject me, String id, List<RowFilter> filters, String reason) {
    Dataset dataset = stewarded(me, id);
    if (dataset.state() != DatasetState.ACTIVE) {
      throw new CatalogException(CatalogException.Code.NOT_ACTIVE, "le jeu de données est archivé");
    }
    if (filters.isEmpty()) {
      throw new AccessException(AccessException.Code.INVALID,
          "indiquez quelles lignes effacer (au moins un filtre) ; pour tout effacer, supprimez le jeu de données");
    }
    if (reason == null || reason.strip().length() < 3) {
      throw new AccessException(AccessException.Code.INVALID, "indiquez le motif de l'effacement");
    }
    Map<String, ValueType> types = new LinkedHashMap<>();
    for (DatasetColumn column : catalogue.columns(id)) {
      types.put(column.name(), ValueType.ofColumnType(column.type()));
    }
    StringBuilder predicate = new StringBuilder();
    for (RowFilter filter : filters) {
      filter.problemWith(types).ifPresent(problem -> {
        throw new AccessException(AccessException.Code.INVALID, "filtre refusé : " + problem);
      });
      predicate.append(predicate.isEmpty() ? "" : " AND ").append('(').append(filter.toSql(types)).append(')');
    }
    try {
      Erasure.Outcome outcome = erasure.erase(dataset.trinoName(), predicate.toString());
      // The filter itself may name the person: the trail keeps the count and the reason, not the values.
      record(me, id, "effacement de " + outcome.rowsErased() + " ligne(s) : " + reason.strip(),
          Map.of("rows", outcome.rowsErased(), "columns", filters.stream().map(RowFilter::column).toList(),
              "snapshotsLeft", outcome.snapshotsLeft()));
      if (outcome.rowsErased() > 0) {
        events.publishEvent(new DataErased(id, false, me.user(), reason.strip()));
      }
      return outcome;
    } catch (SQLException e) {
      throw new IllegalStateException("l'effacement a échoué : " + e.getMessage(), e);
    }
  }

  private void record(Subject me, String id, String summary, Map<String, Object> details) {
    audit.record(new AuditEntry(clock.instant(), AuditEntry.Kinds.DATASET_CHANGED, me.user(), null, id, null, "ok",
        summary, details));
  }
}
