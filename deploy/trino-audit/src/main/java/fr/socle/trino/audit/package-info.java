/**
 * Socle's event listener for Trino: the audit trail's query events, reduced to what the trail records.
 *
 * <p>Trino's own HTTP event listener posts the whole event (the text and JSON plans, every operator's statistics,
 * the query's full description: some 50 kB a statement), which Trino computes and serialises and the decision point
 * parses for every statement, to keep a dozen fields. This listener posts those fields only, in the same JSON shape
 * (the decision point reads either), and retries like Trino's: a completion it cannot deliver is recovered by the
 * portal's reconciliation from {@code system.runtime.queries}.
 */
@NullMarked
package fr.socle.trino.audit;

import org.jspecify.annotations.NullMarked;
