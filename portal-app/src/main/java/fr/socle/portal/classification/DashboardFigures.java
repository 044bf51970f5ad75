package fr.socle.portal.classification;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.policies.communicability.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Computes the dashboard from the datasets, their current decisions and latest scans. */
final class DashboardFigures {
  /** Width of the longest bar in the SVG's units; bars are scaled to the largest count. */
  static final int CHART_WIDTH = 400;
  /** Room left of the bars for the longest status label ("communicable à la seule personne concernée"). */
  static final int LABEL_WIDTH = 340;
  static final int BAR_HEIGHT = 28;
  static final int BAR_GAP = 12;

  private DashboardFigures() {}

  static Dashboard of(List<Dataset> datasets, Map<String, RecordedDecision> decisions, Map<String, StoredScan> scans,
      @Nullable Set<String> published, LocalDate today, Instant now, int overdueAfterDays) {
    Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    for (Status status : Status.values()) {
      byStatus.put(status, 0);
    }
    int classified = 0;
    int asIs = 0;
    int afterOccultation = 0;
    int deferredDue = 0;
    int deferredPending = 0;
    int overdue = 0;
    int reviewDue = 0;
    int changed = 0;
    int publishedCount = 0;
    int publishedWithoutDecision = 0;
    for (Dataset dataset : datasets) {
      RecordedDecision decision = decisions.get(dataset.id());
      boolean open = published != null && published.contains(dataset.id());
      if (open) {
        publishedCount++;
        if (decision == null || !ReviewRules.statusToday(decision, today).publishesRows()) {
          publishedWithoutDecision++;
        }
      }
      if (decision == null) {
        byStatus.merge(Status.UNCLASSIFIED, 1, Integer::sum);
        if (dataset.createdAt().plus(Duration.ofDays(overdueAfterDays)).isBefore(now)) {
          overdue++;
        }
        continue;
      }
      classified++;
      Status decided = decision.decision().status();
      Status inForce = ReviewRules.statusToday(decision, today);
      byStatus.merge(decided, 1, Integer::sum);
      if (decided == Status.DEFERRED) {
        if (inForce.publishesRows()) {
          deferredDue++;
        } else {
          deferredPending++;
        }
      } else if (decided == Status.COMMUNICABLE) {
        asIs++;
      } else if (decided == Status.COMMUNICABLE_AFTER_OCCULTATION) {
        afterOccultation++;
      }
      if (ReviewRules.outgrown(decision, scans.get(dataset.id())).isPresent()) {
        changed++;
      } else if (ReviewRules.reviewDue(decision, today)) {
        reviewDue++;
      }
    }
    return new Dashboard(datasets.size(), classified, asIs, afterOccultation, deferredDue, deferredPending,
        published == null ? null : publishedCount, publishedWithoutDecision, overdue, overdueAfterDays, reviewDue, changed, byStatus,
        chart(byStatus, datasets.size()));
  }

  /** One bar per status, in the order of {@link Status}, scaled to the largest. */
  static List<Dashboard.Bar> chart(Map<Status, Integer> byStatus, int total) {
    int max = byStatus.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<Dashboard.Bar> bars = new ArrayList<>();
    int y = 0;
    for (Status status : Status.values()) {
      int value = byStatus.getOrDefault(status, 0);
      int length = max == 0 ? 0 : Math.max(value == 0 ? 0 : 2, Math.round((float) CHART_WIDTH * value / max));
      int percent = total == 0 ? 0 : Math.round(100f * value / total);
      bars.add(new Dashboard.Bar(status.name(), status.label(), value,
          percent, length, y, "bar-" + cssClass(status)));
      y += BAR_HEIGHT + BAR_GAP;
    }
    return bars;
  }

  private static String cssClass(Status status) {
    return switch (status) {
      case UNCLASSIFIED -> "none";
      case COMMUNICABLE, COMMUNICABLE_AFTER_OCCULTATION -> "open";
      case DEFERRED -> "later";
      case PERSON_CONCERNED_ONLY, NOT_COMMUNICABLE -> "closed";
    };
  }
}
