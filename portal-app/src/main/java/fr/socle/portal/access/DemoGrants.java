package fr.socle.portal.access;

import fr.socle.policies.access.Grant;
import fr.socle.policies.access.Grantee;
import fr.socle.policies.access.RowFilter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The grants of the demo collectivité: the partner lab reads some columns of the citizen reports, for two
 * neighbourhoods, under a named sharing agreement, until mid-2027.
 */
@Component
@Profile("cli")
public class DemoGrants {
  private final GrantRepository grants;
  private final Clock clock;

  DemoGrants(GrantRepository grants, Clock clock) {
    this.grants = grants;
    this.clock = clock;
  }

  public void grant(String reportsDatasetId) {
    boolean exists = grants.ofDataset(reportsDatasetId).stream()
        .anyMatch(g -> g.grantee().equals(new Grantee.Organisation("labo-mobilite")) && g.revokedAt() == null);
    if (exists) {
      return;
    }
    Instant now = clock.instant();
    grants.insert(new Grant(UUID.randomUUID().toString(), reportsDatasetId,
        new Grantee.Organisation("labo-mobilite"),
        Set.of("id_signalement", "date_signalement", "canal", "categorie", "quartier", "statut", "date_cloture",
            "service_traitant"),
        false,
        List.of(new RowFilter("quartier", RowFilter.Operator.IN, List.of("Centre-Ville", "Saint-Martin"))),
        LocalDate.of(2027, 6, 30).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(),
        "Étude des déplacements et de l'usage de l'espace public (thèse, 2026-2027)",
        "Convention de partage de données n° 2026-014 avec le Laboratoire Mobilités", "dora", now, null, null),
        null);
  }
}
