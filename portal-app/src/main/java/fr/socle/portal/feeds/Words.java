package fr.socle.portal.feeds;

import java.text.Normalizer;
import java.util.Locale;

/** Free-text metadata compared the way people write it: case, accents and surrounding spaces ignored. */
final class Words {
  private Words() {}

  static String folded(String text) {
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
