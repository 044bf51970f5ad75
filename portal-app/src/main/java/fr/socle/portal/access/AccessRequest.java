package fr.socle.portal.access;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A request for access to a discoverable dataset, and what became of it. */
public record AccessRequest(
    String id,
    String datasetId,
    String requester,
    @Nullable String organisation,
    @Nullable Set<String> columns,
    String purpose,
    int durationDays,
    Status status,
    Instant createdAt,
    @Nullable Instant decidedAt,
    @Nullable String decidedBy,
    @Nullable String decisionReason,
    @Nullable String grantId) {

  public enum Status {
    PENDING,
    APPROVED,
    REFUSED,
    CANCELLED
  }
}
