/**
 * Communicability under the CRPA: statuses, legal bases, the D312-1-3 categories, the facts a data officer states
 * about a dataset, the rules that turn facts and detector findings into a proposal (status, legal basis,
 * occultation plan, each step explained), and the validation of the decision the data officer finally records.
 * Deterministic: no clock, the caller passes "today".
 */
@NullMarked
package fr.socle.policies.communicability;

import org.jspecify.annotations.NullMarked;
