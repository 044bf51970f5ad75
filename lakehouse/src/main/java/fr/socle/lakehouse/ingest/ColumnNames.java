package fr.socle.lakehouse.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes SQL-safe column names from headers as people write them: lower snake case ASCII, accents stripped, camelCase
 * split, a leading digit prefixed, duplicates numbered. "Date de création" → {@code date_de_creation},
 * "nomAttribuant" → {@code nom_attribuant}, "2024" → {@code c_2024}.
 */
final class ColumnNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern CAMEL_LOWER_UPPER = Pattern.compile("([a-z0-9])([A-Z])");
  private static final Pattern CAMEL_ACRONYM = Pattern.compile("([A-Z]+)([A-Z][a-z])");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
  private static final int MAX_LENGTH = 120;

  private ColumnNames() {}

  /** One name per header, in order, unique. */
  static List<String> normalise(List<String> headers) {
    List<String> names = new ArrayList<>(headers.size());
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < headers.size(); i++) {
      String base = normalise(headers.get(i));
      if (base.isEmpty()) {
        base = "colonne_" + (i + 1);
      }
      String name = base;
      for (int n = 2; !taken.add(name); n++) {
        name = base + "_" + n;
      }
      names.add(name);
    }
    return names;
  }

  static String normalise(String header) {
    String text = header.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
        .replace('ß', 's');
    text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    text = CAMEL_ACRONYM.matcher(text).replaceAll("$1_$2");
    text = CAMEL_LOWER_UPPER.matcher(text).replaceAll("$1_$2");
    text = NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("_");
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == '_') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == '_') {
      end--;
    }
    text = text.substring(start, end);
    if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
      text = "c_" + text;
    }
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
  }

  /**
   * Whether a column's name says it holds codes or identifiers (postcodes, SIRET, INSEE codes, phone numbers,
   * IBAN), which stay text even when they look like numbers.
   */
  static boolean namesACode(String name) {
    for (String token : name.split("_")) {
      switch (token) {
        case "code", "codes", "cp", "siret", "siren", "insee", "tel", "telephone", "phone", "id", "ids", "ident",
            "identifiant", "numero", "num", "no", "iban", "bic", "rna", "uai", "finess", "nic", "ape", "naf",
            "cog", "postal", "zip", "ref", "reference" -> {
          return true;
        }
        default -> {}
      }
      if (token.startsWith("siret") || token.startsWith("siren") || token.startsWith("insee")
          || token.startsWith("telephone") || token.startsWith("iban") || token.startsWith("numero")) {
        return true;
      }
    }
    return false;
  }
}
