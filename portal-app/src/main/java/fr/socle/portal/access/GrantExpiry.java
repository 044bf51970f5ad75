package fr.socle.portal.access;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.policies.access.Grant;
import fr.socle.portal.audit.AuditEntry;
import fr.socle.portal.audit.AuditTrail;
import fr.socle.portal.notification.Notifications;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expiry of grants. Decisions already stop at the expiry instant (they compare it with the clock); this job also
 * kills the statements still running at that moment, records the expiry, and reminds owners before it comes.
 */
@Component
@Profile("!cli")
class GrantExpiry {
  private final GrantRepository repository;
  private final Grants grants;
  private final Catalogue catalogue;
  private final AuditTrail audit;
  private final Notifications notifications;
  private final PolicyState state;
  private final Clock clock;
  private final Duration remindBefore;

  GrantExpiry(GrantRepository repository, Grants grants, Catalogue catalogue, AuditTrail audit,
      Notifications notifications, PolicyState state, Clock clock,
      @Value("${socle.access.remind-before:P7D}") Duration remindBefore) {
    this.repository = repository;
    this.grants = grants;
    this.catalogue = catalogue;
    this.audit = audit;
    this.notifications = notifications;
    this.state = state;
    this.clock = clock;
    this.remindBefore = remindBefore;
  }

  /**
   * Every two seconds: the grants that ended since are claimed (each by one replica, also those that ended while
   * no portal ran), their holders' running queries killed, the end recorded and told to both sides.
   */
  @Scheduled(fixedDelay = 2000)
  void expire() {
    Instant now = clock.instant();
    List<Grant> expired = repository.claimExpiredUnnoticed(now);
    if (expired.isEmpty()) {
      return;
    }
    state.changed();
    for (Grant grant : expired) {
      List<String> killed = grants.killQueriesOf(grant, "accès expiré");
      audit.record(new AuditEntry(now, AuditEntry.Kinds.GRANT_EXPIRED, "system", null, grant.datasetId(), null,
          "expired", "accès expiré pour " + Grants.describe(grant.grantee()) + " sur " + grant.datasetId(),
          Map.of("grant", grant.id(), "killedQueries", killed)));
      String title = catalogue.find(grant.datasetId()).map(d -> d.metadata().title()).orElse(grant.datasetId());
      String when = Notifications.lastDay(java.util.Objects.requireNonNull(grant.expiresAt()));
      for (String user : grants.members(grant.grantee())) {
        notifications.notify(user, "grant.expired", grant.datasetId(), "/espace/demandes",
            "Votre accès à « " + title + " » a pris fin le " + when + " au soir : une nouvelle demande est "
                + "nécessaire pour le retrouver.");
      }
      notifications.notify(grant.grantedBy(), "grant.expired", grant.datasetId(), "/espace/acces",
          "L'accès de " + Grants.describe(grant.grantee()) + " à « " + title + " » a pris fin le " + when + ".");
    }
  }

  @Scheduled(fixedDelayString = "${socle.access.remind-interval:1h}", initialDelay = 60_000)
  void remind() {
    Instant now = clock.instant();
    for (Grant grant : repository.expiringUnreminded(now, now.plus(remindBefore))) {
      String title = catalogue.find(grant.datasetId()).map(d -> d.metadata().title()).orElse(grant.datasetId());
      String when = Notifications.lastDay(grant.expiresAt());
      for (String user : grants.members(grant.grantee())) {
        notifications.notify(user, "grant.expiring", grant.datasetId(), "/espace/demandes",
            "Votre accès à « " + title + " » prend fin le " + when + " au soir.");
      }
      notifications.notify(grant.grantedBy(), "grant.expiring", grant.datasetId(), "/espace/acces",
          "L'accès de " + Grants.describe(grant.grantee()) + " à « " + title + " » prend fin le " + when + " au soir.");
      repository.markReminded(grant.id(), now);
    }
  }
}
