/**
 * Occultation plans: the vocabulary a data officer uses to make a dataset publishable (drop a column, generalise a
 * date or a location, band a number, empty a free text, suppress small groups, aggregate under secrecy thresholds),
 * the pure functions that apply it row by row, the check that a plan still covers a table whose shape changed, and
 * the accumulators the publication gate runs on every output row (k-anonymity, statistical secrecy). Plans are
 * allow-lists: a column the plan does not name is not published.
 */
@NullMarked
package fr.socle.policies.occultation;

import org.jspecify.annotations.NullMarked;
