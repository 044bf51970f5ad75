package fr.socle.policies.access;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Access to one dataset for a grantee: optionally only some columns (an allow-list: a column added later is not
 * granted; the others absent, or masked when {@code maskOthers}), only the rows matching every filter, until an
 * expiry, for a stated purpose, under a named sharing agreement (required for partner organisations).
 */
public record Grant(
    String id,
    String datasetId,
    Grantee grantee,
    @Nullable Set<String> columns,
    boolean maskOthers,
    List<RowFilter> rowFilters,
    @Nullable Instant expiresAt,
    String purpose,
    @Nullable String agreement,
    String grantedBy,
    Instant grantedAt,
    @Nullable Instant revokedAt,
    @Nullable String revokedBy) {

  public Grant {
    requireNonNull(id, "id");
    requireNonNull(datasetId, "datasetId");
    requireNonNull(grantee, "grantee");
    requireNonNull(purpose, "purpose");
    requireNonNull(grantedBy, "grantedBy");
    requireNonNull(grantedAt, "grantedAt");
    columns = columns == null ? null : Set.copyOf(columns);
    rowFilters = List.copyOf(rowFilters);
  }

  /** In force at {@code now}: not revoked, not expired. */
  public boolean activeAt(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }

  public boolean allColumns() {
    return columns == null;
  }

  public boolean allRows() {
    return rowFilters.isEmpty();
  }
}
