/**
 * Socle's rules as plain Java: who may see what (access), what the law lets the public see (communicability), how
 * to make a dataset publishable (occultation). No framework, no I/O, no clock: callers pass instants and facts in,
 * and every answer carries its reasons.
 */
@NullMarked
package fr.socle.policies;

import org.jspecify.annotations.NullMarked;
