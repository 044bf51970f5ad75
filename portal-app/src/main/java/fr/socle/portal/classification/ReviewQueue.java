package fr.socle.portal.classification;

import fr.socle.lakehouse.catalog.Dataset;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The data officers' queue, computed from the datasets, their latest scans and current decisions: unclassified
 * datasets first, oldest first; then datasets whose data outgrew their decision ("à revoir"), oldest change first;
 * then decisions whose review date has come, earliest date first. A decided dataset that is neither leaves the
 * queue.
 */
final class ReviewQueue {
  static final Comparator<QueueEntry> ORDER = Comparator.comparing(QueueEntry::state)
      .thenComparing(QueueEntry::since)
      .thenComparing(QueueEntry::title)
      .thenComparing(QueueEntry::datasetId);

  private ReviewQueue() {}

  static List<QueueEntry> of(List<Dataset> datasets, Map<String, StoredScan> latestScans,
      Map<String, RecordedDecision> decisions, LocalDate today, Instant now, int overdueAfterDays) {
    List<QueueEntry> entries = new ArrayList<>();
    for (Dataset dataset : datasets) {
      entry(dataset, latestScans.get(dataset.id()), decisions.get(dataset.id()), today, now, overdueAfterDays)
          .ifPresent(entries::add);
    }
    entries.sort(ORDER);
    return List.copyOf(entries);
  }

  static Optional<QueueEntry> entry(Dataset dataset, @Nullable StoredScan scan, @Nullable RecordedDecision decision,
      LocalDate today, Instant now, int overdueAfterDays) {
    String title = dataset.metadata().title();
    String service = dataset.metadata().producerService();
    boolean scanned = scan != null;
    if (decision == null) {
      boolean overdue = dataset.createdAt().plus(Duration.ofDays(overdueAfterDays)).isBefore(now);
      List<String> reasons = new ArrayList<>();
      reasons.add("aucune décision depuis la création du jeu de données");
      if (!scanned) {
        reasons.add("pas encore analysé");
      }
      return Optional.of(new QueueEntry(dataset.id(), title, service, QueueEntry.State.UNCLASSIFIED,
          dataset.createdAt(), reasons, overdue, scanned, null, 0));
    }
    var outgrown = ReviewRules.outgrown(decision, scan);
    if (outgrown.isPresent()) {
      return Optional.of(new QueueEntry(dataset.id(), title, service, QueueEntry.State.CHANGED, scan.scannedAt(),
          outgrown.get().reasons(), false, true, ReviewRules.statusToday(decision, today), decision.version()));
    }
    if (ReviewRules.reviewDue(decision, today)) {
      Instant due = decision.decision().reviewDate().atStartOfDay(Classifier.PARIS).toInstant();
      return Optional.of(new QueueEntry(dataset.id(), title, service, QueueEntry.State.REVIEW_DUE, due,
          List.of("réexamen prévu le " + decision.decision().reviewDate()), false, scanned,
          ReviewRules.statusToday(decision, today), decision.version()));
    }
    return Optional.empty();
  }
}
