package fr.socle.portal.access;

import fr.socle.policies.access.Grantee;
import fr.socle.policies.access.RowFilter;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A grant as a steward or data officer asks for it, before validation. */
public record GrantCommand(
    String datasetId,
    Grantee grantee,
    @Nullable Set<String> columns,
    boolean maskOthers,
    List<RowFilter> rowFilters,
    @Nullable Instant expiresAt,
    String purpose,
    @Nullable String agreement) {}
