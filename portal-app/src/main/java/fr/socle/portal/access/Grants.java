package fr.socle.portal.access;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.lakehouse.query.RunningQueries;
import fr.socle.policies.access.Grant;
import fr.socle.policies.access.Grantee;
import fr.socle.policies.access.Principals;
import fr.socle.policies.access.Role;
import fr.socle.policies.access.RowFilter;
import fr.socle.policies.access.Subject;
import fr.socle.policies.access.ValueType;
import fr.socle.portal.audit.AuditEntry;
import fr.socle.portal.audit.AuditTrail;
import fr.socle.portal.identity.Directory;
import fr.socle.portal.notification.Notifications;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Making and revoking grants. Only the dataset's steward and data officers may; every grant is checked against
 * the dataset's columns and types before it exists, and a revocation applies to the next statement and kills the
 * statements already running.
 */
@Service
public class Grants {
  private static final Logger log = LoggerFactory.getLogger(Grants.class);
  /** The longest access, in days (three years), for a grant as for a request: an access is renewed, not endless. */
  public static final int LONGEST = 1095;

  private final GrantRepository repository;
  private final Catalogue catalogue;
  private final Directory directory;
  private final PolicyState state;
  private final RunningQueries runningQueries;
  private final AuditTrail audit;
  private final Notifications notifications;
  private final Clock clock;

  Grants(GrantRepository repository, Catalogue catalogue, Directory directory, PolicyState state,
      RunningQueries runningQueries, AuditTrail audit, Notifications notifications, Clock clock) {
    this.repository = repository;
    this.catalogue = catalogue;
    this.directory = directory;
    this.state = state;
    this.runningQueries = runningQueries;
    this.audit = audit;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** Whether the subject decides on access to the dataset: its steward, or a data officer. */
  public static boolean decidesOn(Subject subject, Dataset dataset) {
    return subject.has(Role.DATA_OFFICER)
        || subject.has(Role.AGENT) && subject.user().equals(dataset.metadata().steward());
  }

  public Grant grant(GrantCommand command, Subject actor) {
    return grant(command, actor, null);
  }

  Grant grant(GrantCommand command, Subject actor, @Nullable UUID requestId) {
    Dataset dataset = decidable(command.datasetId(), actor);
    validate(command, dataset);
    Instant now = clock.instant();
    Grant grant = new Grant(UUID.randomUUID().toString(), dataset.id(), command.grantee(), command.columns(),
        command.maskOthers(), command.rowFilters(), command.expiresAt(), command.purpose().strip(),
        blankToNull(command.agreement()), actor.user(), now, null, null);
    repository.insert(grant, requestId);
    state.changed();
    audit.record(new AuditEntry(now, AuditEntry.Kinds.GRANT_CREATED, actor.user(), null, dataset.id(), null,
        "created", "accès accordé à " + describe(grant.grantee()) + " sur " + dataset.id(), details(grant)));
    for (String user : members(grant.grantee())) {
      notifications.notify(user, "grant.created", dataset.id(), "/espace/jeux/" + dataset.id(),
          "Vous avez désormais accès au jeu de données « " + dataset.metadata().title() + " »"
              + (grant.expiresAt() == null ? "." : " jusqu'au " + Notifications.lastDay(grant.expiresAt()) + " inclus."));
    }
    return grant;
  }

  public void revoke(String grantId, Subject actor, String reason) {
    Grant grant = repository.find(grantId)
        .orElseThrow(() -> new AccessException(AccessException.Code.NOT_FOUND, "autorisation introuvable"));
    Dataset dataset;
    try {
      dataset = decidable(grant.datasetId(), actor);
    } catch (AccessException e) {
      // a grant one may not revoke is not there for them: a 403 would tell that the id names a grant
      throw new AccessException(AccessException.Code.NOT_FOUND, "autorisation introuvable");
    }
    Instant now = clock.instant();
    if (!repository.revoke(grantId, actor.user(), reason, now)) {
      throw AccessException.worded(AccessException.Code.CONFLICT, "access.conflict.revoked");
    }
    state.changed();
    List<String> killed = killQueriesOf(grant, "accès révoqué");
    audit.record(new AuditEntry(now, AuditEntry.Kinds.GRANT_REVOKED, actor.user(), null, dataset.id(), null,
        "revoked", "accès révoqué pour " + describe(grant.grantee()) + " sur " + dataset.id(),
        Map.of("grant", grantId, "reason", reason, "killedQueries", killed)));
    for (String user : members(grant.grantee())) {
      notifications.notify(user, "grant.revoked", dataset.id(), "/espace/jeux/" + dataset.id(),
          "Votre accès au jeu de données « " + dataset.metadata().title() + " » a été révoqué : " + reason);
    }
  }

  public List<Grant> ofDataset(String datasetId, Subject actor) {
    decidable(datasetId, actor);
    return repository.ofDataset(datasetId);
  }

  /** Grants the subject may manage: all for data officers, those of their datasets for stewards. */
  public List<Grant> manageable(Subject actor) {
    if (actor.has(Role.DATA_OFFICER)) {
      return repository.all();
    }
    Set<String> stewarded = state.snapshot().datasets().stream()
        .filter(d -> d.steward().equals(actor.user()))
        .map(d -> d.id())
        .collect(Collectors.toSet());
    return repository.all().stream().filter(g -> stewarded.contains(g.datasetId())).toList();
  }

  /** Grants that cover the subject (what a person or partner holds). */
  public List<Grant> heldBy(Subject subject) {
    return repository.all().stream().filter(g -> g.grantee().covers(subject)).toList();
  }

  /** Users affected by a grant: the person, or the members of the group or organisation. */
  Set<String> members(Grantee grantee) {
    return directory.all().stream().filter(grantee::covers).map(Subject::user).collect(Collectors.toSet());
  }

  List<String> killQueriesOf(Grant grant, String message) {
    try {
      return runningQueries.killAllOf(members(grant.grantee()), message);
    } catch (java.sql.SQLException e) {
      log.warn("could not kill the queries of {} after a revocation: {}", grant.grantee(), e.toString());
      return List.of();
    }
  }

  private Dataset decidable(String datasetId, Subject actor) {
    Dataset dataset = catalogue.find(datasetId)
        .filter(d -> d.state() != DatasetState.DELETED)
        .orElseThrow(() -> new AccessException(AccessException.Code.NOT_FOUND, "jeu de données introuvable"));
    if (!decidesOn(actor, dataset)) {
      boolean known = state.snapshot().scope(actor, datasetId, clock.instant()).known();
      throw known
          ? new AccessException(AccessException.Code.FORBIDDEN,
              "seuls le responsable du jeu de données et les référents données décident des accès")
          : new AccessException(AccessException.Code.NOT_FOUND, "jeu de données introuvable");
    }
    return dataset;
  }

  private void validate(GrantCommand command, Dataset dataset) {
    if (dataset.state() != DatasetState.ACTIVE) {
      throw AccessException.invalid("access.invalid.archived");
    }
    Map<String, ValueType> types = new LinkedHashMap<>();
    for (DatasetColumn column : catalogue.columns(dataset.id())) {
      types.put(column.name(), ValueType.ofColumnType(column.type()));
    }
    if (command.purpose() == null || command.purpose().strip().length() < 3) {
      throw AccessException.invalid("access.invalid.finalite.grant");
    }
    Grantee grantee = command.grantee();
    switch (grantee) {
      case Grantee.User user -> {
        if (Principals.isReserved(user.name()) || directory.subject(user.name()).roles().isEmpty()) {
          throw AccessException.invalid("access.invalid.beneficiaire.user", user.name());
        }
      }
      case Grantee.Group group -> {
        if (directory.all().stream().noneMatch(group::covers)) {
          throw AccessException.invalid("access.invalid.beneficiaire.group", group.name());
        }
      }
      case Grantee.Organisation organisation -> {
        if (directory.all().stream().noneMatch(organisation::covers)) {
          throw AccessException.invalid("access.invalid.beneficiaire.organisation", organisation.name());
        }
      }
    }
    boolean partner = grantee instanceof Grantee.Organisation
        || grantee instanceof Grantee.User u && directory.subject(u.name()).has(Role.PARTNER)
        || grantee instanceof Grantee.Group g && g.name().startsWith(Subject.PARTNERS);
    if (partner && (blankToNull(command.agreement()) == null || command.expiresAt() == null)) {
      throw AccessException.invalid("access.invalid.convention.partner");
    }
    if (command.expiresAt() != null && !command.expiresAt().isAfter(clock.instant())) {
      throw AccessException.invalid("access.invalid.expiration.past");
    }
    if (command.expiresAt() != null && command.expiresAt().isAfter(clock.instant().plus(LONGEST, ChronoUnit.DAYS))) {
      throw AccessException.invalid("access.invalid.expiration.tooLong", Integer.toString(LONGEST));
    }
    if (command.columns() != null) {
      if (command.columns().isEmpty()) {
        throw AccessException.invalid("access.invalid.colonnes.none");
      }
      for (String column : command.columns()) {
        if (!types.containsKey(column)) {
          throw AccessException.invalid("access.invalid.colonnes.unknown", column);
        }
      }
    }
    for (RowFilter filter : command.rowFilters()) {
      filter.problemWith(types).ifPresent(problem -> {
        throw AccessException.invalid("access.invalid.filtres." + switch (problem.kind()) {
          case UNKNOWN_COLUMN -> "unknownColumn";
          case NOT_FILTERABLE -> "notFilterable";
          case VALUE_COUNT -> "valueCount";
          case VALUE_TYPE -> "valueType";
        }, problem.column(), problem.operator().name(),
            String.valueOf(problem.value()));
      });
    }
  }


  static String describe(Grantee grantee) {
    return switch (grantee) {
      case Grantee.User user -> "l'utilisateur " + user.name();
      case Grantee.Group group -> "le groupe " + group.name();
      case Grantee.Organisation organisation -> "l'organisation " + organisation.name();
    };
  }

  private static Map<String, Object> details(Grant grant) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("grant", grant.id());
    details.put("grantee", grant.grantee().kind() + ":" + grant.grantee().name());
    details.put("columns", grant.columns() == null ? "all" : grant.columns());
    details.put("maskOthers", grant.maskOthers());
    details.put("rows", grant.rowFilters().stream().map(Object::toString).toList());
    details.put("expiresAt", String.valueOf(grant.expiresAt()));
    details.put("purpose", grant.purpose());
    details.put("agreement", String.valueOf(grant.agreement()));
    return details;
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
