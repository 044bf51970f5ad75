package fr.socle.portal.audit;

import fr.socle.policies.access.TableRef;
import fr.socle.portal.access.PolicyState;
import fr.socle.portal.sql.NamedTables;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The datasets a statement read, as the trail files it under them so that a search by dataset finds it: a table's
 * dataset, a metadata table's ({@code t$files}) being its table's.
 */
final class ReadDatasets {
  private ReadDatasets() {}

  static Optional<String> of(PolicyState policy, TableRef table) {
    return policy.snapshot().datasetOf(table.baseTable()).map(d -> d.id());
  }

  /** Those of the tables a statement's text names (with the session's catalog and schema when known). */
  static List<String> named(PolicyState policy, String sql, @Nullable String catalog, @Nullable String schema) {
    return NamedTables.in(sql, catalog, schema).stream().flatMap(table -> of(policy, table).stream()).distinct()
        .toList();
  }
}
