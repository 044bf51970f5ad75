/**
 * The governed SQL console of agents and data officers, and its API: one read-only statement at a time, checked by
 * Trino's own parser, run through Trino as the person (so their row filters and masks apply), paged, cancellable,
 * rate-limited per person.
 */
@NullMarked
package fr.socle.portal.sql;

import org.jspecify.annotations.NullMarked;
