package fr.socle.portal.feeds;

/**
 * The vocabularies the feeds map a catalogue entry's theme and update frequency to (the EU's data themes and
 * frequencies, in French or English words): what a steward may write, so that an entry never feeds an unknown value
 * to DCAT or the SCDL catalogue.
 */
public final class MetadataVocabularies {
  private MetadataVocabularies() {}

  /** Whether the text names one of the EU's data themes ({@code Économie et finances}, {@code budget}...). */
  public static boolean isTheme(String text) {
    return DataTheme.of(text).isPresent();
  }

  /** Whether the text names an update frequency ({@code annuelle}, {@code monthly}, {@code irrégulière}...). */
  public static boolean isFrequency(String text) {
    return Frequency.of(text) != Frequency.UNKNOWN || Words.folded(text).equals(Words.folded("inconnue"));
  }
}
