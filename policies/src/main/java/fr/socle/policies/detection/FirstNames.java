package fr.socle.policies.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The INSEE first-name lists (4,000 given to girls, 4,000 to boys, with and without accents), minus the entries that
 * are first of all ordinary words or place names in French text ("Saint", "Mai", "Paris", "France"): those would
 * make every "8 Mai 1945" and "Saint-Jean" a person.
 */
final class FirstNames {
  private static final Set<String> NOT_FIRST_NAMES = Set.of(
      "saint", "sainte", "mai", "avril", "paris", "france", "si", "el", "van", "can", "nil", "lie", "line", "lune",
      "just", "juste", "ours", "loup", "dune", "nine", "rock", "hope", "may", "june", "mari", "gui", "pape", "papa",
      "mama", "victoire", "fleur", "ocean", "eden", "constance", "prudence", "lorraine", "nancy", "colombe", "perle",
      "modeste", "aimable", "honore", "blanche", "grace", "india", "israel", "jordan", "lourdes", "georgia",
      "virginia", "victoria", "louisiane", "adelaide", "sahara", "cali", "ben", "al", "an", "don", "ion", "ils",
      "sol", "sun", "ode", "beau", "belle", "bel", "franc", "joyeux", "amour", "paix", "joie", "espoir", "liberte",
      "charite", "felicite", "esperance", "patience", "fortune", "depart", "ville", "village", "saone", "loire",
      "seine", "marne", "somme", "meuse", "mont", "val", "bois", "lac", "ange", "olive", "rue", "place",
      "iban", "bic", "siret", "nir");

  private FirstNames() {}

  /** The names, for {@link Vocabulary}; ordinary words and places left out. */
  static List<String> load() {
    List<String> names = new ArrayList<>(8000);
    for (String resource : List.of("prenoms-feminins-insee.txt", "prenoms-masculins-insee.txt")) {
      for (String name : Lexicon.readResource(resource)) {
        if (name.length() >= 2 && !NOT_FIRST_NAMES.contains(Chars.fold(name))) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** Whether the slice is a first name, or a compound of first names ("Marie-Claire", "Jean-Baptiste"). */
  static boolean contains(CharSequence s, int start, int end) {
    return Vocabulary.isFirstName(s, start, end);
  }
}
