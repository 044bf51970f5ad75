package fr.socle.lakehouse.ingest;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One cell (or row) that does not fit: the line in the file (CSV line, spreadsheet row, GeoJSON feature number),
 * the field as the file names it, the value as read, and the reason in plain French.
 */
public record RowError(long line, String field, @Nullable String value, String reason) {
  public RowError {
    requireNonNull(field, "field");
    requireNonNull(reason, "reason");
  }

  /** The sentence shown to the agent, e.g. {@code ligne 4, montant : valeur « 12,5a » : nombre attendu}. */
  public String message() {
    StringBuilder text = new StringBuilder();
    if (line > 0) {
      text.append("ligne ").append(line);
    }
    if (!field.isEmpty()) {
      text.append(text.isEmpty() ? "" : ", ").append(field);
    }
    text.append(text.isEmpty() ? "" : " : ");
    if (value != null) {
      text.append("valeur « ").append(value).append(" » : ");
    }
    return text.append(reason).toString();
  }
}
