package fr.socle.portal.usage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Where daily uses add up: every portal adds its own counts to the same rows. */
interface UsageStore {
  /** Adds the counts to those already stored for the same day and publication (never replaces them). */
  void add(Collection<DailyUsage> usage);

  /** The stored days of these publications between two dates (inclusive), in no particular order. */
  List<DailyUsage> between(Collection<String> publicationIds, LocalDate from, LocalDate to);
}
