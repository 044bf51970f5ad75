package fr.socle.policies.detection;

/** Receives each finding with its span in the value, so a scanner can mask an example without a second pass. */
@FunctionalInterface
interface FindingSink {
  FindingSink IGNORE = (kind, value, start, end) -> {};

  void found(FindingKind kind, CharSequence value, int start, int end);
}
