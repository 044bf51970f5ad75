/**
 * Trino's decision point: the endpoints Trino's OPA access-control plugin calls (single, batched, row filters,
 * column masks) and the sink of its query events. Served on a loopback port of its own, never on the public one:
 * the plugin sends no credentials.
 */
@NullMarked
package fr.socle.portal.decision;

import org.jspecify.annotations.NullMarked;
