package fr.socle.portal.classification;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.promotion.Publications;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The data officers' queue, computed from the datasets, their latest scans, current decisions and withdrawals for a
 * leak: datasets withdrawn for a leak under the decision in force first (its plan let protected data through, the
 * promotion will not publish under it again); then unclassified datasets, oldest first; then datasets whose data
 * outgrew their decision ("à revoir"), oldest change first; then decisions whose review date has come, earliest
 * date first. A decided dataset that is none of these leaves the queue.
 */
final class ReviewQueue {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final Comparator<QueueEntry> ORDER = Comparator.comparing(QueueEntry::state)
      .thenComparing(QueueEntry::since)
      .thenComparing(QueueEntry::title)
      .thenComparing(QueueEntry::datasetId);

  private ReviewQueue() {}

  static List<QueueEntry> of(List<Dataset> datasets, Map<String, StoredScan> latestScans,
      Map<String, RecordedDecision> decisions, List<Publications.LeakRetraction> leaks, LocalDate today, Instant now,
      int overdueAfterDays) {
    Map<String, Publications.LeakRetraction> leakOf = new HashMap<>();
    leaks.forEach(leak -> leakOf.merge(leak.sourceDatasetId(), leak,
        (a, b) -> a.decisionVersion() >= b.decisionVersion() ? a : b));
    List<QueueEntry> entries = new ArrayList<>();
    for (Dataset dataset : datasets) {
      entry(dataset, latestScans.get(dataset.id()), decisions.get(dataset.id()), leakOf.get(dataset.id()), today,
          now, overdueAfterDays).ifPresent(entries::add);
    }
    entries.sort(ORDER);
    return List.copyOf(entries);
  }

  static Optional<QueueEntry> entry(Dataset dataset, @Nullable StoredScan scan, @Nullable RecordedDecision decision,
      Publications.@Nullable LeakRetraction leak, LocalDate today, Instant now, int overdueAfterDays) {
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
    if (leak != null && decision.version() <= leak.decisionVersion()) {
      List<String> reasons = new ArrayList<>();
      reasons.add("retiré du public le " + DAY.format(leak.at().atZone(Classifier.PARIS)) + " pour une diffusion de "
          + "données protégées : le plan d'occultation de la décision n° " + decision.version() + " est à revoir");
      if (leak.note() != null && !leak.note().isBlank()) {
        reasons.add(leak.note());
      }
      return Optional.of(new QueueEntry(dataset.id(), title, service, QueueEntry.State.LEAKED, leak.at(), reasons,
          false, scanned, ReviewRules.statusToday(decision, today), decision.version()));
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
