package fr.socle.portal.classification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.policies.access.Visibility;
import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.Status;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.OccultationPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DashboardFiguresTest {
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final OccultationPlan PLAN = new OccultationPlan(List.of(new ColumnRule.Keep("a")));

  private final List<Dataset> datasets = new ArrayList<>();
  private final Map<String, RecordedDecision> decisions = new HashMap<>();

  private void dataset(String id, int daysOld, @Nullable Status status, @Nullable LocalDate from, LocalDate review) {
    Instant created = NOW.minusSeconds(86_400L * daysOld);
    datasets.add(new Dataset(id, "d", id, new Dataset.Metadata(id, "", "finances", "alice", null, List.of(),
        "etalab-2.0", null, null, null, null, null), Visibility.CONFIDENTIAL, false, DatasetState.ACTIVE, created,
        "alice", created, "alice", 0));
    if (status != null) {
      decisions.put(id, new RecordedDecision(id, 1, NOW, new Decision(status, List.of(LegalBasis.L312_1_1),
          status.publishesRows() || status == Status.DEFERRED ? PLAN : OccultationPlan.nothing(), null, from,
          "motif", review, "dora", TODAY.minusDays(10)), StatedFacts.NONE, 1L, 1L, List.of(), null));
    }
  }

  @Test
  void figuresOfOpenByDefault() {
    LocalDate later = TODAY.plusYears(1);
    dataset("nouveau", 3, null, null, later);
    dataset("oublie", 45, null, null, later);
    dataset("ouvert", 100, Status.COMMUNICABLE, null, later);
    dataset("occulte", 100, Status.COMMUNICABLE_AFTER_OCCULTATION, null, TODAY.minusDays(1));
    dataset("differe-echu", 100, Status.DEFERRED, TODAY.minusDays(2), later);
    dataset("differe", 100, Status.DEFERRED, TODAY.plusDays(30), later);
    dataset("ferme", 100, Status.NOT_COMMUNICABLE, null, later);

    Dashboard d = DashboardFigures.of(datasets, decisions, Map.of(), Set.of("ouvert", "ferme", "oublie"), TODAY,
        NOW, 30);

    assertThat(d.datasets()).isEqualTo(7);
    assertThat(d.classified()).isEqualTo(5);
    assertThat(d.communicable()).isEqualTo(3);
    assertThat(d.deferredNowDue()).isEqualTo(1);
    assertThat(d.deferredPending()).isEqualTo(1);
    assertThat(d.published()).isEqualTo(3);
    assertThat(d.publishedWithoutDecision()).isEqualTo(2);
    assertThat(d.overdue()).isEqualTo(1);
    assertThat(d.reviewDue()).isEqualTo(1);
    assertThat(d.percent(d.classified())).isEqualTo(71);
    assertThat(d.byStatus()).containsEntry(Status.UNCLASSIFIED, 2).containsEntry(Status.DEFERRED, 2);
    assertThat(d.chart()).extracting(Dashboard.Bar::status).containsExactly("UNCLASSIFIED", "COMMUNICABLE",
        "COMMUNICABLE_AFTER_OCCULTATION", "PERSON_CONCERNED_ONLY", "NOT_COMMUNICABLE", "DEFERRED");
    assertThat(d.chart().getFirst().length()).isEqualTo(DashboardFigures.CHART_WIDTH);
    assertThat(d.chart().get(3).length()).isZero();
  }

  @Test
  void anUnreadableOpenTierIsUnknownNotZero() {
    dataset("x", 1, null, null, TODAY.plusYears(1));
    assertThat(DashboardFigures.of(datasets, decisions, Map.of(), null, TODAY, NOW, 30).published()).isNull();
  }
}
