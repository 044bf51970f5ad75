package fr.socle.lakehouse.demo;

/**
 * The communicability case a demo dataset is built to exercise: what a data officer should decide, so that the
 * policy engine and the detectors can be checked against it. It is the answer key, never a decision itself.
 */
public enum IntendedCase {
  /** Open by default, nothing to occult (L312-1-1). */
  COMMUNICABLE,
  /** Partial communication (L311-7): publish after the occultation plan (drop, generalise, aggregate). */
  COMMUNICABLE_AFTER_OCCULTATION,
  /** L311-6: rows never published; only an aggregate meeting the secrecy thresholds can be. */
  PERSON_CONCERNED_AGGREGATE_ONLY,
  /** L311-5: never published. */
  NOT_COMMUNICABLE,
  /** Preparatory document (L311-2) or archive delay: not before {@link DemoDataset#communicableFrom()}. */
  DEFERRED,
  /** A D312-1-3 category (décret 2018-1117): publishable with the persons' names, without anonymisation. */
  D312_PUBLISHABLE_WITH_NAMES
}
