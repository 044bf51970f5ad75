/**
 * Access to the internal tier: grants (who may read which dataset, which columns, which rows, until when, why),
 * access requests and their approval, and the in-memory policy state the decision point answers from.
 */
@NullMarked
package fr.socle.portal.access;

import org.jspecify.annotations.NullMarked;
