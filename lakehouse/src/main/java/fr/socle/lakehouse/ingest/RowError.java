package fr.socle.lakehouse.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One cell (or row) that does not fit: the line in the file (CSV line, spreadsheet row, GeoJSON feature number),
 * the field as the file names it, the value as read, and the reason, readable in French or English.
 */
public record RowError(long line, String field, @Nullable String value, Message reason) {
  /** How much of a refused value the report keeps: enough to find it in the file, never a whole 2 MB cell. */
  static final int SHOWN_LENGTH = 200;

  public RowError {
    requireNonNull(field, "field");
    requireNonNull(reason, "reason");
    field = shown(field);
    value = value == null ? null : shown(value);
  }

  /**
   * A text of the file as the report shows and stores it: cut after {@value #SHOWN_LENGTH} characters, NUL (which
   * PostgreSQL cannot store) replaced by U+FFFD, so that a refusal is reported, never turned into a failure.
   */
  static String shown(String text) {
    String cut = text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH) + "…" : text;
    return cut.replace('\0', '\uFFFD');
  }

  /** The sentence shown to the agent in French, e.g. {@code ligne 4, montant : valeur « 12,5a » : nombre attendu}. */
  public String message() {
    return message(Locale.FRENCH);
  }

  /** The sentence in {@code locale}'s language, e.g. {@code line 4, montant: value “12,5a”: number expected}. */
  public String message(Locale locale) {
    String text = reason.render(locale);
    if (value != null) {
      text = Message.of("row.value", value, text).render(locale);
    }
    String where = line <= 0 ? field
        : field.isEmpty() ? Message.of("row.line", line).render(locale)
        : Message.of("row.lineAndField", line, field).render(locale);
    return where.isEmpty() ? text : Message.of("row.where", where, text).render(locale);
  }
}
