package fr.socle.portal.access;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.policies.access.Grant;
import fr.socle.policies.access.Grantee;
import fr.socle.policies.access.ReadScope;
import fr.socle.policies.access.Role;
import fr.socle.policies.access.Subject;
import fr.socle.portal.audit.AuditEntry;
import fr.socle.portal.audit.AuditTrail;
import fr.socle.portal.identity.Directory;
import fr.socle.portal.notification.Notifications;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Access requests: a person asks for a dataset they can discover (columns, purpose, duration); its steward or a
 * data officer approves with a scope, which creates the grant Trino enforces, or refuses with a reason. Both
 * sides are notified.
 */
@Service
public class AccessRequests {
  private final JdbcClient jdbc;
  private final Catalogue catalogue;
  private final PolicyState state;
  private final Grants grants;
  private final Directory directory;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final Clock clock;

  AccessRequests(JdbcClient jdbc, Catalogue catalogue, PolicyState state, Grants grants, Directory directory,
      Notifications notifications, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
    this.state = state;
    this.grants = grants;
    this.directory = directory;
    this.notifications = notifications;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** A new request; only for a dataset the requester can discover but not read yet. */
  public AccessRequest request(String datasetId, Subject requester, @Nullable Set<String> columns, String purpose,
      int durationDays) {
    Instant now = clock.instant();
    ReadScope scope = state.snapshot().scope(requester, datasetId, now);
    if (!scope.known()) {
      throw new AccessException(AccessException.Code.NOT_FOUND, "jeu de données introuvable");
    }
    if (scope.readable() && scope.unrestricted()) {
      throw new AccessException(AccessException.Code.CONFLICT, "vous avez déjà accès à tout ce jeu de données");
    }
    if (purpose == null || purpose.strip().length() < 3) {
      throw AccessException.invalid("access.invalid.finalite.request");
    }
    if (durationDays < 1 || durationDays > Grants.LONGEST) {
      throw AccessException.invalid("access.invalid.duree.range");
    }
    List<String> all = catalogue.columns(datasetId).stream().map(DatasetColumn::name).toList();
    // The columns the requester may see the names of: a grant that opens some does not tell the others' names,
    // and asking for one of those reads as asking for a column that does not exist.
    Set<String> known = Set.copyOf(scope.readable() ? scope.visibleColumns(all) : all);
    if (columns != null && (columns.isEmpty() || !known.containsAll(columns))) {
      throw AccessException.invalid("access.invalid.colonnes.request");
    }
    boolean pending = jdbc.sql("""
            SELECT count(*) > 0 FROM portal.access_request
            WHERE dataset_id = :d AND requester = :r AND status = 'pending'""")
        .param("d", datasetId).param("r", requester.user()).query(Boolean.class).single();
    if (pending) {
      throw new AccessException(AccessException.Code.CONFLICT, "une demande est déjà en attente pour ce jeu de données");
    }
    String organisation = requester.has(Role.PARTNER) && !requester.organisations().isEmpty()
        ? requester.organisations().iterator().next() : null;
    AccessRequest request = new AccessRequest(UUID.randomUUID().toString(), datasetId, requester.user(),
        organisation, columns, purpose.strip(), durationDays, AccessRequest.Status.PENDING, now, null, null, null,
        null);
    jdbc.sql("""
            INSERT INTO portal.access_request (id, dataset_id, requester, organisation, columns, purpose,
              duration_days, status, created_at)
            VALUES (:id, :dataset, :requester, :organisation, :columns, :purpose, :days, 'pending', :at)""")
        .param("id", UUID.fromString(request.id()))
        .param("dataset", datasetId)
        .param("requester", requester.user())
        .param("organisation", organisation)
        .param("columns", columns == null ? null : columns.toArray(String[]::new))
        .param("purpose", request.purpose())
        .param("days", durationDays)
        .param("at", Timestamp.from(now))
        .update();
    Dataset dataset = catalogue.get(datasetId);
    audit.record(new AuditEntry(now, AuditEntry.Kinds.REQUEST_CREATED, requester.user(), null, datasetId, null,
        "pending", "demande d'accès à " + datasetId, Map.of("request", request.id(), "purpose", request.purpose(),
            "columns", columns == null ? "all" : columns, "days", durationDays)));
    for (String decider : deciders(dataset)) {
      notifications.notify(decider, "request.created", datasetId, "/espace/demandes",
          requester.user() + " demande l'accès au jeu de données « " + dataset.metadata().title() + " »");
    }
    return request;
  }

  /** The approval's scope, chosen by the decider (it may narrow or widen what was asked). */
  public record Approval(@Nullable Set<String> columns, boolean maskOthers,
      List<fr.socle.policies.access.RowFilter> rowFilters, Instant expiresAt, @Nullable String agreement) {}

  public Grant approve(String requestId, Subject decider, Approval approval) {
    AccessRequest request = pending(requestId, decider);
    Grantee grantee = request.organisation() != null
        ? new Grantee.Organisation(request.organisation())
        : new Grantee.User(request.requester());
    return transactions.execute(tx -> {
      Grant grant = grants.grant(new GrantCommand(request.datasetId(), grantee, approval.columns(),
          approval.maskOthers(), approval.rowFilters(), approval.expiresAt(), request.purpose(),
          approval.agreement()), decider, UUID.fromString(request.id()));
      close(request, decider, AccessRequest.Status.APPROVED, "approuvée", grant.id());
      return grant;
    });
  }

  public void refuse(String requestId, Subject decider, String reason) {
    if (reason == null || reason.strip().length() < 3) {
      throw AccessException.invalid("access.invalid.motif.refusal");
    }
    AccessRequest request = pending(requestId, decider);
    close(request, decider, AccessRequest.Status.REFUSED, reason.strip(), null);
    notifications.notify(request.requester(), "request.refused", request.datasetId(), "/espace/demandes",
        "Votre demande d'accès à « " + catalogue.get(request.datasetId()).metadata().title() + " » a été refusée : "
            + reason.strip());
  }

  public void cancel(String requestId, Subject requester) {
    AccessRequest request = find(requestId)
        .filter(r -> r.requester().equals(requester.user()))
        .orElseThrow(() -> new AccessException(AccessException.Code.NOT_FOUND, "demande introuvable"));
    if (request.status() != AccessRequest.Status.PENDING) {
      throw AccessException.worded(AccessException.Code.CONFLICT, "access.conflict.notPending");
    }
    update(request.id(), AccessRequest.Status.CANCELLED, requester.user(), "annulée par le demandeur", null);
    // the deciders were told of the request (perhaps by e-mail): they are told it needs them no more
    Dataset dataset = catalogue.get(request.datasetId());
    for (String decider : deciders(dataset)) {
      notifications.notify(decider, "request.cancelled", request.datasetId(), "/espace/demandes",
          requester.user() + " a annulé sa demande d'accès au jeu de données « " + dataset.metadata().title()
              + " » : elle n'attend plus de décision");
    }
  }

  public List<AccessRequest> mine(Subject requester) {
    return jdbc.sql("SELECT * FROM portal.access_request WHERE requester = :r ORDER BY created_at DESC")
        .param("r", requester.user()).query(this::map).list();
  }

  /** Requests the subject decides on: every one for a data officer, those of their datasets for a steward. */
  public List<AccessRequest> toDecide(Subject decider) {
    return jdbc.sql("SELECT * FROM portal.access_request ORDER BY status = 'pending' DESC, created_at DESC")
        .query(this::map).list().stream()
        .filter(r -> catalogue.find(r.datasetId()).map(d -> Grants.decidesOn(decider, d)).orElse(false))
        .toList();
  }

  public java.util.Optional<AccessRequest> find(String id) {
    try {
      return jdbc.sql("SELECT * FROM portal.access_request WHERE id = :id")
          .param("id", UUID.fromString(id)).query(this::map).optional();
    } catch (IllegalArgumentException notAUuid) {
      return java.util.Optional.empty();
    }
  }

  private AccessRequest pending(String requestId, Subject decider) {
    AccessRequest request = find(requestId)
        .orElseThrow(() -> new AccessException(AccessException.Code.NOT_FOUND, "demande introuvable"));
    Dataset dataset = catalogue.get(request.datasetId());
    if (!Grants.decidesOn(decider, dataset)) {
      throw new AccessException(AccessException.Code.NOT_FOUND, "demande introuvable");
    }
    if (request.status() != AccessRequest.Status.PENDING) {
      throw AccessException.worded(AccessException.Code.CONFLICT, "access.conflict.decided");
    }
    return request;
  }

  private void close(AccessRequest request, Subject decider, AccessRequest.Status status, String reason,
      @Nullable String grantId) {
    update(request.id(), status, decider.user(), reason, grantId);
    audit.record(new AuditEntry(clock.instant(), AuditEntry.Kinds.REQUEST_DECIDED, decider.user(), null,
        request.datasetId(), null, status.name().toLowerCase(java.util.Locale.ROOT),
        "demande de " + request.requester() + " " + (status == AccessRequest.Status.APPROVED ? "approuvée" : "refusée"),
        Map.of("request", request.id(), "reason", reason, "grant", String.valueOf(grantId))));
  }

  private void update(String id, AccessRequest.Status status, String by, String reason, @Nullable String grantId) {
    int changed = jdbc.sql("""
            UPDATE portal.access_request SET status = :status, decided_at = :at, decided_by = :by,
              decision_reason = :reason, grant_id = :grant
            WHERE id = :id AND status = 'pending'""")
        .param("status", status.name().toLowerCase(java.util.Locale.ROOT))
        .param("at", Timestamp.from(clock.instant()))
        .param("by", by)
        .param("reason", reason)
        .param("grant", grantId == null ? null : UUID.fromString(grantId))
        .param("id", UUID.fromString(id))
        .update();
    if (changed != 1) {
      throw AccessException.worded(AccessException.Code.CONFLICT, "access.conflict.decided");
    }
  }

  private Set<String> deciders(Dataset dataset) {
    Set<String> users = new LinkedHashSet<>();
    users.add(dataset.metadata().steward());
    directory.all().stream().filter(s -> s.has(Role.DATA_OFFICER)).forEach(s -> users.add(s.user()));
    return users;
  }

  /** The default expiry of an approval: the duration asked, from today. */
  public Instant defaultExpiry(AccessRequest request) {
    return clock.instant().plus(Duration.ofDays(request.durationDays()));
  }

  private AccessRequest map(ResultSet rs, int row) throws SQLException {
    Array columns = rs.getArray("columns");
    Set<String> columnSet = null;
    if (columns != null) {
      columnSet = new LinkedHashSet<>();
      for (Object value : (Object[]) columns.getArray()) {
        columnSet.add(String.valueOf(value));
      }
    }
    Timestamp decided = rs.getTimestamp("decided_at");
    return new AccessRequest(rs.getString("id"), rs.getString("dataset_id"), rs.getString("requester"),
        rs.getString("organisation"), columnSet, rs.getString("purpose"), rs.getInt("duration_days"),
        AccessRequest.Status.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
        rs.getTimestamp("created_at").toInstant(), decided == null ? null : decided.toInstant(),
        rs.getString("decided_by"), rs.getString("decision_reason"), rs.getString("grant_id"));
  }
}
