package fr.socle.policies.access;

import java.util.List;
import java.util.Set;

/**
 * Table-level answers for the internal catalog: which datasets a subject may know of and read. The engine policy
 * asks it only for tables of the {@code internal} catalog; everything else is decided by the engine policy itself.
 */
public interface DataAccess {
  /** Whether the subject may know the table exists: list it, describe its columns. */
  AccessDecision canSee(Subject subject, TableRef table);

  /**
   * The columns of the table the subject may know of; column grants are allow-lists, so a column added to the
   * table later is not among them.
   */
  default Set<String> visibleColumns(Subject subject, TableRef table, List<String> columns) {
    return canSee(subject, table).allowed() ? Set.copyOf(columns) : Set.of();
  }

  /** Whether the subject may read the given columns of the table. */
  AccessDecision canRead(Subject subject, TableRef table, Set<String> columns);

  /** Only the platform's own principals reach internal tables: the state before any dataset policy exists. */
  DataAccess NOTHING_FOR_PEOPLE =
      new DataAccess() {
        @Override
        public AccessDecision canSee(Subject subject, TableRef table) {
          return AccessDecision.deny("no-grant", "no dataset of the internal tier is granted to " + subject.user());
        }

        @Override
        public AccessDecision canRead(Subject subject, TableRef table, Set<String> columns) {
          return canSee(subject, table);
        }
      };
}
