package fr.socle.portal.classification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.lakehouse.classification.SamplingMethod;
import fr.socle.lakehouse.promotion.Publications;
import fr.socle.policies.access.Visibility;
import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.Status;
import fr.socle.policies.detection.ColumnFindings;
import fr.socle.policies.detection.DatasetFindings;
import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.detection.KindStats;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.OccultationPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewQueueTest {
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private final java.util.List<Dataset> datasets = new java.util.ArrayList<>();
  private final Map<String, StoredScan> scans = new HashMap<>();
  private final Map<String, RecordedDecision> decisions = new HashMap<>();
  private final List<Publications.LeakRetraction> leaks = new java.util.ArrayList<>();

  private void dataset(String id, int daysOld) {
    Instant created = NOW.minusSeconds(86_400L * daysOld);
    datasets.add(new Dataset(id, "d", id.replace('-', '_'), new Dataset.Metadata("Jeu " + id, "", "finances",
        "alice", null, List.of(), "etalab-2.0", null, null, null, null, null), Visibility.CONFIDENTIAL, false,
        DatasetState.ACTIVE, created, "alice", created, "alice", 0));
  }

  /** A scan of columns {@code a} (nothing) and {@code b} (e-mails) plus the extra columns given. */
  private void scanned(String id, int hoursAgo, String... extra) {
    List<ColumnFindings> columns = new java.util.ArrayList<>(List.of(ColumnFindings.nothing("a"),
        new ColumnFindings("b", 10, 10, List.of(new KindStats(FindingKind.EMAIL, 10, 10, List.of("j•••@gmail.com"))),
            Set.of(FindingKind.EMAIL))));
    for (String column : extra) {
      columns.add(ColumnFindings.nothing(column));
    }
    scans.put(id, new StoredScan(1, id, 7, NOW.minusSeconds(3600L * hoursAgo), "socle", SamplingMethod.FULL, 5,
        new DatasetFindings(10, 10, false, columns)));
  }

  private void decided(String id, LocalDate review) {
    OccultationPlan plan = new OccultationPlan(List.of(new ColumnRule.Keep("a"), new ColumnRule.Drop("b")));
    decisions.put(id, new RecordedDecision(id, 1, NOW.minusSeconds(86_400L * 40), new Decision(
        Status.COMMUNICABLE_AFTER_OCCULTATION, List.of(LegalBasis.L311_7), plan, null, null, "motif", review, "dora",
        TODAY.minusDays(40)), StatedFacts.NONE, 1L, 7L, List.of(), null));
  }

  private List<QueueEntry> queue() {
    return ReviewQueue.of(datasets, scans, decisions, leaks, TODAY, NOW, 30);
  }

  @Test
  void unclassifiedFirstOldestFirstThenChangedThenReviewsDue() {
    dataset("recent", 2);
    dataset("ancien", 90);
    dataset("change-tard", 300);
    scanned("change-tard", 1, "nouvelle");
    decided("change-tard", TODAY.plusYears(1));
    dataset("change-tot", 300);
    scanned("change-tot", 5, "nouvelle");
    decided("change-tot", TODAY.minusDays(3));
    dataset("reexamen", 400);
    scanned("reexamen", 48);
    decided("reexamen", TODAY.minusDays(1));
    dataset("reexamen-ancien", 10);
    scanned("reexamen-ancien", 48);
    decided("reexamen-ancien", TODAY.minusDays(20));
    dataset("en-regle", 500);
    scanned("en-regle", 48);
    decided("en-regle", TODAY.plusDays(1));

    List<QueueEntry> queue = queue();

    assertThat(queue).extracting(QueueEntry::datasetId).containsExactly("ancien", "recent", "change-tot",
        "change-tard", "reexamen-ancien", "reexamen");
    assertThat(queue).extracting(QueueEntry::state).containsExactly(QueueEntry.State.UNCLASSIFIED,
        QueueEntry.State.UNCLASSIFIED, QueueEntry.State.CHANGED, QueueEntry.State.CHANGED,
        QueueEntry.State.REVIEW_DUE, QueueEntry.State.REVIEW_DUE);
  }

  @Test
  void unclassifiedForLongerThanTheDelayIsOverdue() {
    dataset("ancien", 31);
    dataset("recent", 29);

    assertThat(queue()).extracting(QueueEntry::datasetId, QueueEntry::overdue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ancien", true),
            org.assertj.core.groups.Tuple.tuple("recent", false));
  }

  @Test
  void aNewColumnOrANewKindInAPublishedColumnSendsTheDatasetBackForReview() {
    dataset("colonne", 100);
    scanned("colonne", 1, "telephone");
    decided("colonne", TODAY.plusYears(1));

    QueueEntry entry = queue().getFirst();
    assertThat(entry.state()).isEqualTo(QueueEntry.State.CHANGED);
    assertThat(entry.reasons()).containsExactly(
        "colonne « telephone » nouvelle : non publiée tant qu'une décision ne la couvre pas");

    scans.put("colonne", new StoredScan(2, "colonne", 8, NOW, "socle", SamplingMethod.FULL, 5, new DatasetFindings(10,
        10, false, List.of(new ColumnFindings("a", 10, 10, List.of(new KindStats(FindingKind.PHONE, 3, 3,
            List.of("06 •• •• •• ••"))), Set.of(FindingKind.PHONE)), ColumnFindings.nothing("b")))));
    assertThat(queue().getFirst().reasons()).containsExactly(
        "colonne « a » : numéros de téléphone personnels détecté(e)s, non couvert(e)s par le plan");
  }

  @Test
  void aWithheldDatasetIsNotOutgrownByNewColumns() {
    dataset("retenu", 100);
    scanned("retenu", 1, "nouvelle");
    decisions.put("retenu", new RecordedDecision("retenu", 1, NOW, new Decision(Status.NOT_COMMUNICABLE,
        List.of(LegalBasis.L311_5_2_D), OccultationPlan.nothing(), null, null, "motif", TODAY.plusYears(1), "dora",
        TODAY), StatedFacts.NONE, 1L, 7L, List.of(), null));

    assertThat(queue()).isEmpty();
  }

  /**
   * A publication withdrawn for a leak comes first: the decision's plan let protected data through and the
   * promotion will not publish under it again. A new decision takes it out of the queue.
   */
  @Test
  void aDatasetWithdrawnForALeakComesFirstUntilANewDecision() {
    dataset("ancien", 90);
    dataset("fuite", 400);
    scanned("fuite", 48);
    decided("fuite", TODAY.plusYears(1));
    leaks.add(new Publications.LeakRetraction("fuite", "fuite", Instant.parse("2026-11-30T23:30:00Z"), 1,
        "un numéro de téléphone dans la colonne « a »"));

    List<QueueEntry> queue = queue();
    assertThat(queue).extracting(QueueEntry::datasetId).containsExactly("fuite", "ancien");
    assertThat(queue.getFirst().state()).isEqualTo(QueueEntry.State.LEAKED);
    assertThat(queue.getFirst().reasons()).containsExactly("retiré du public le 01/12/2026 pour une diffusion de "
        + "données protégées : le plan d'occultation de la décision n° 1 est à revoir",
        "un numéro de téléphone dans la colonne « a »");

    RecordedDecision first = decisions.get("fuite");
    decisions.put("fuite", new RecordedDecision("fuite", 2, NOW, first.decision(), StatedFacts.NONE, 1L, 7L,
        List.of(), null));
    assertThat(queue()).extracting(QueueEntry::datasetId).containsExactly("ancien");
  }
}
