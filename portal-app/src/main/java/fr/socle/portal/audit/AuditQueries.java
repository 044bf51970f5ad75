package fr.socle.portal.audit;

import fr.socle.policies.access.Role;
import fr.socle.policies.access.Subject;
import fr.socle.portal.access.AccessException;
import fr.socle.portal.system.DateFormats;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Searches of the audit trail as the pages and the API ask for them: data officers only, dates as Paris days. */
final class AuditQueries {
  /** Kinds and families of kinds offered by the search form (a family matches every kind it prefixes). */
  static final List<String> KINDS = List.of(
      "query", AuditEntry.Kinds.QUERY_CREATED, AuditEntry.Kinds.QUERY_COMPLETED, AuditEntry.Kinds.QUERY_RECONCILED,
      AuditEntry.Kinds.QUERY_DECIDED, AuditEntry.Kinds.ACCESS_DENIED, AuditEntry.Kinds.IMPERSONATION,
      AuditEntry.Kinds.IMPERSONATION_DENIED, AuditEntry.Kinds.DOWNLOAD,
      "grant", AuditEntry.Kinds.GRANT_CREATED, AuditEntry.Kinds.GRANT_REVOKED, AuditEntry.Kinds.GRANT_EXPIRED,
      "request", AuditEntry.Kinds.REQUEST_CREATED, AuditEntry.Kinds.REQUEST_DECIDED,
      AuditEntry.Kinds.DATASET_CHANGED, AuditEntry.Kinds.LOAD,
      "classification", AuditEntry.Kinds.CLASSIFICATION_SCANNED, AuditEntry.Kinds.CLASSIFICATION_FACTS,
      AuditEntry.Kinds.CLASSIFICATION_DECIDED,
      "publication", AuditEntry.Kinds.PUBLICATION_PROMOTED, AuditEntry.Kinds.PUBLICATION_REFUSED,
      AuditEntry.Kinds.PUBLICATION_FAILED, AuditEntry.Kinds.PUBLICATION_RETRACTED);

  private AuditQueries() {}

  /** The trail is the data officers' (PRADA) tool; for anyone else the page does not exist. */
  static void requireDataOfficer(Subject me) {
    if (!me.has(Role.DATA_OFFICER)) {
      throw new AccessException(AccessException.Code.NOT_FOUND, "page introuvable");
    }
  }

  static AuditTrail.Search search(@Nullable String actor, @Nullable String kind, @Nullable String dataset,
      @Nullable String queryId, @Nullable String text, @Nullable String from, @Nullable String to, int limit,
      int offset) {
    LocalDate fromDate = date(from);
    LocalDate toDate = date(to);
    return new AuditTrail.Search(blank(actor), blank(kind), blank(dataset), blank(queryId), blank(text),
        fromDate == null ? null : DateFormats.startOfDay(fromDate),
        toDate == null ? null : DateFormats.startOfDay(toDate.plusDays(1)), limit, Math.max(0, offset));
  }

  private static @Nullable LocalDate date(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date invalide : " + text + " (attendu : AAAA-MM-JJ)");
    }
  }

  private static @Nullable String blank(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
