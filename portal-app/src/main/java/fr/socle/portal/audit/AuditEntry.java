package fr.socle.portal.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail. {@code actor} is the person (or principal) on whose behalf it happened,
 * {@code principal} the account that actually authenticated (the portal's service account, or admin acting for
 * someone).
 */
public record AuditEntry(
    Instant at,
    String kind,
    String actor,
    @Nullable String principal,
    @Nullable String datasetId,
    @Nullable String queryId,
    @Nullable String outcome,
    String summary,
    Map<String, Object> details) {

  public AuditEntry {
    requireNonNull(at, "at");
    requireNonNull(kind, "kind");
    requireNonNull(actor, "actor");
    requireNonNull(summary, "summary");
    details = Map.copyOf(details);
  }

  /** Kinds of entries, as stored. */
  public static final class Kinds {
    public static final String QUERY_CREATED = "query.created";
    public static final String QUERY_COMPLETED = "query.completed";
    public static final String QUERY_RECONCILED = "query.reconciled";
    public static final String QUERY_DECIDED = "query.decided";
    public static final String ACCESS_DENIED = "access.denied";
    public static final String IMPERSONATION = "admin.impersonation";
    /** Someone tried to act as another person and Trino refused. */
    public static final String IMPERSONATION_DENIED = "impersonation.denied";
    public static final String DOWNLOAD = "download";
    public static final String GRANT_CREATED = "grant.created";
    public static final String GRANT_REVOKED = "grant.revoked";
    public static final String GRANT_EXPIRED = "grant.expired";
    public static final String REQUEST_CREATED = "request.created";
    public static final String REQUEST_DECIDED = "request.decided";
    public static final String DATASET_CHANGED = "dataset.changed";
    public static final String LOAD = "dataset.load";
    public static final String CLASSIFICATION_SCANNED = "classification.scanned";
    public static final String CLASSIFICATION_FACTS = "classification.facts";
    public static final String CLASSIFICATION_DECIDED = "classification.decided";
    public static final String PUBLICATION_PROMOTED = "publication.promoted";
    public static final String PUBLICATION_REFUSED = "publication.refused";
    public static final String PUBLICATION_FAILED = "publication.failed";
    public static final String PUBLICATION_RETRACTED = "publication.retracted";

    private Kinds() {}
  }
}
