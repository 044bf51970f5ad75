package fr.socle.portal.catalogue;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.lakehouse.catalog.DatasetQuery;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.policies.access.ReadScope;
import fr.socle.policies.access.Subject;
import fr.socle.portal.access.AccessException;
import fr.socle.portal.access.PolicyState;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The catalogue as one person sees it. A dataset they may not know of does not exist for them: every lookup of it
 * fails with NOT_FOUND, whatever the reason (confidential, deleted, never created).
 */
@Service
public class InternalCatalogue {
  private final Catalogue catalogue;
  private final PolicyState policy;
  private final Clock clock;

  InternalCatalogue(Catalogue catalogue, PolicyState policy, Clock clock) {
    this.catalogue = catalogue;
    this.policy = policy;
    this.clock = clock;
  }

  /** A dataset with what the person may do with it. */
  public record Entry(Dataset dataset, ReadScope scope, List<DatasetColumn> columns) {
    public boolean readable() {
      return scope.readable();
    }
  }

  public List<Entry> search(Subject subject, DatasetQuery query) {
    return catalogue.search(query).stream()
        .map(dataset -> new Entry(dataset, scope(subject, dataset), List.of()))
        .filter(entry -> entry.scope().known())
        .toList();
  }

  /** The dataset as the person may see it, or NOT_FOUND. Columns are those they may know of. */
  public Entry get(Subject subject, String id) {
    Dataset dataset = catalogue.find(id)
        .filter(d -> d.state() != DatasetState.DELETED)
        .orElseThrow(InternalCatalogue::notFound);
    ReadScope scope = scope(subject, dataset);
    if (!scope.known()) {
      throw notFound();
    }
    List<DatasetColumn> all = catalogue.columns(id);
    List<String> names = all.stream().map(DatasetColumn::name).toList();
    List<DatasetColumn> columns = switch (scope.access()) {
      case METADATA, FULL -> all;
      case GRANTED -> {
        Set<String> visible = Set.copyOf(scope.visibleColumns(names));
        yield all.stream().filter(c -> visible.contains(c.name())).toList();
      }
      case NONE -> List.of();
    };
    return new Entry(dataset, scope, columns);
  }

  public ReadScope scope(Subject subject, Dataset dataset) {
    return policy.snapshot().scope(subject, dataset.id(), clock.instant());
  }

  static AccessException notFound() {
    return new AccessException(AccessException.Code.NOT_FOUND, "jeu de données introuvable");
  }
}
