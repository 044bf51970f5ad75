package fr.socle.portal.classification;

import fr.socle.policies.communicability.Status;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Open by default (L312-1-1), in figures: how many active datasets are classified, communicable (as they are, after
 * occultation, or deferred and now due), published, overdue for classification, and due for review.
 *
 * @param byStatus datasets by the status in force today (unclassified included), in {@link Status} order
 * @param published datasets with a table in the open tier, null when the open tier could not be read
 * @param publishedWithoutDecision published datasets whose decision in force publishes no rows (or with no
 *     decision at all): what the open tier holds that no data officer allowed
 */
record Dashboard(int datasets, int classified, int communicableAsIs, int communicableAfterOccultation,
    int deferredNowDue, int deferredPending, @Nullable Integer published, int publishedWithoutDecision, int overdue,
    int overdueAfterDays,
    int reviewDue, int changed, Map<Status, Integer> byStatus, List<Bar> chart) {

  Dashboard {
    byStatus = Map.copyOf(byStatus);
    chart = List.copyOf(chart);
  }

  /** Communicable today, whatever the way: as is, after occultation, or deferred with its date come. */
  public int communicable() {
    return communicableAsIs + communicableAfterOccultation + deferredNowDue;
  }

  public int unclassified() {
    return datasets - classified;
  }

  /** A share of all datasets, in whole percent. */
  public int percent(int count) {
    return datasets == 0 ? 0 : (int) Math.round(100.0 * count / datasets);
  }

  /**
   * One bar of the chart, laid out for a server-rendered SVG: the label and value, the bar's length in the chart's
   * units, its vertical position, and a CSS class for its colour (shape and text carry the meaning, not colour).
   */
  record Bar(String status, String label, int value, int percent, int length, int y, String cssClass) {}
}
