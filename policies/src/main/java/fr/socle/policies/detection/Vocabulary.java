package fr.socle.policies.detection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every word list the name and address matchers need, merged in one table: one probe per word tells whether it is
 * a first name, a voie type, a place word, a title, a particle... Words of a value are classified once
 * ({@link Tokens#is}) and the matchers test bits.
 */
final class Vocabulary {
  static final int FIRST_NAME = 1;
  static final int PLACE = 1 << 1;
  static final int VOIE = 1 << 2;
  static final int AMBIGUOUS_VOIE = 1 << 3;
  static final int NOT_SURNAME = 1 << 4;
  static final int TITLE = 1 << 5;
  static final int TITLE_WITHOUT_DOT = 1 << 6;
  static final int PARTICLE = 1 << 7;
  static final int HOUSE_NUMBER_SUFFIX = 1 << 8;
  static final int NOT_COMMUNE = 1 << 9;
  /** A hyphenated word that starts with a place or function word: "Saint-Jean", "Notre-Dame-de-Bondeville". */
  static final int PLACE_COMPOUND = 1 << 10;

  private static final Lexicon WORDS = build();

  private Vocabulary() {}

  private static Lexicon build() {
    Map<String, Integer> words = new HashMap<>(16_384);
    FirstNames.load().forEach(w -> add(words, w, FIRST_NAME));
    Lexicons.PLACE.forEach(w -> add(words, w, PLACE));
    Lexicons.VOIE.forEach(w -> add(words, w, VOIE));
    Lexicons.AMBIGUOUS_VOIE.forEach(w -> add(words, w, AMBIGUOUS_VOIE));
    Lexicons.NOT_SURNAME.forEach(w -> add(words, w, NOT_SURNAME));
    Lexicons.TITLE.forEach(w -> add(words, w, TITLE));
    Lexicons.TITLE_WITHOUT_DOT.forEach(w -> add(words, w, TITLE_WITHOUT_DOT));
    Lexicons.PARTICLE.forEach(w -> add(words, w, PARTICLE));
    List.of("bis", "ter", "quater", "quinquies", "b", "c", "d", "a").forEach(w -> add(words, w, HOUSE_NUMBER_SUFFIX));
    List.of("euros", "eur", "ht", "ttc", "habitants", "hab", "m2", "km", "ha", "personnes", "logements",
        "exemplaires", "unités", "tonnes", "litres").forEach(w -> add(words, w, NOT_COMMUNE));
    return Lexicon.flagged(words);
  }

  private static void add(Map<String, Integer> words, String word, int flag) {
    words.merge(Chars.fold(word), flag, (a, b) -> a | b);
  }

  /** The flags of characters {@code start..end}, hyphenated compounds included. */
  static int classes(CharSequence s, int start, int end) {
    int flags = WORDS.flags(s, start, end);
    int hyphen = -1;
    for (int i = start + 1; i < end - 1; i++) {
      if (s.charAt(i) == '-') {
        hyphen = i;
        break;
      }
    }
    if (hyphen < 0) {
      return flags;
    }
    int first = WORDS.flags(s, start, hyphen);
    if ((first & (PLACE | NOT_SURNAME)) != 0) {
      flags |= PLACE_COMPOUND;
    }
    if ((flags & FIRST_NAME) == 0 && compoundOfFirstNames(s, start, end)) {
      flags |= FIRST_NAME;
    }
    return flags;
  }

  static boolean isFirstName(CharSequence s, int start, int end) {
    return end - start >= 2 && (classes(s, start, end) & FIRST_NAME) != 0;
  }

  private static boolean compoundOfFirstNames(CharSequence s, int start, int end) {
    int from = start;
    for (int i = start; i <= end; i++) {
      if (i == end || s.charAt(i) == '-') {
        if ((WORDS.flags(s, from, i) & FIRST_NAME) == 0) {
          return false;
        }
        from = i + 1;
      }
    }
    return true;
  }
}
