/**
 * Promotion to the open tier: the policy engine that publishes a communicable dataset, after occultation where the
 * decision requires it, as a new version of {@code open.<domain>.<table>}. One pass reads one internal snapshot,
 * applies the decision's plan, feeds every output row to the publication gate while writing the data file and the
 * precomputed exports, and commits only when the gate passes; the attestation's id is in the snapshot's summary.
 * Promotions of one dataset are serialised by a PostgreSQL advisory lock and rely on Iceberg's optimistic commit;
 * leftovers of an interrupted promotion are cleaned up (or its commit completed) by the next one. Also: retraction
 * (with purge for a leak), the public changelog, and the persisted job queue the portal schedules.
 */
@NullMarked
package fr.socle.lakehouse.promotion;

import org.jspecify.annotations.NullMarked;
