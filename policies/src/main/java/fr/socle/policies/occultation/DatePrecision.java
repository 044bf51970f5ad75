package fr.socle.policies.occultation;

/** How much of a date survives generalisation. */
public enum DatePrecision {
  /** 1985-03 */
  MONTH,
  /** 1985 */
  YEAR
}
