package fr.socle.portal.classification;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reading the fields of a posted form: blanks are absent, and every mistake becomes a French message. */
final class FormValues {
  private final Map<String, List<String>> params;
  private final List<String> errors;

  FormValues(Map<String, List<String>> params, List<String> errors) {
    this.params = params;
    this.errors = errors;
  }

  String text(String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst().strip();
  }

  List<String> all(String name) {
    List<String> values = params.get(name);
    return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
        .toList();
  }

  boolean checked(String name) {
    String value = text(name);
    return value.equals("on") || value.equals("true");
  }

  @Nullable LocalDate date(String name, String label) {
    return date(text(name), label, errors);
  }

  static @Nullable LocalDate date(String text, String label, List<String> errors) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.add(label + " : date invalide « " + text + " » (attendu AAAA-MM-JJ).");
      return null;
    }
  }

  static @Nullable Integer integer(String text, String label, List<String> errors) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      errors.add(label + " : nombre entier attendu, non « " + text + " ».");
      return null;
    }
  }

  static <E extends Enum<E>> @Nullable E constant(Class<E> type, String text, String label, List<String> errors) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip());
    } catch (IllegalArgumentException e) {
      errors.add(label + " : valeur inconnue « " + text + " ».");
      return null;
    }
  }
}
