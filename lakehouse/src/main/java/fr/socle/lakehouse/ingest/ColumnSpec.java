package fr.socle.lakehouse.ingest;

import static java.util.Objects.requireNonNull;

/**
 * A column of the table: its SQL name (lower snake case ASCII), its type, and the header the file gave it, kept as
 * the column's label for the catalogue.
 */
public record ColumnSpec(String name, ColumnType type, String label) {
  public ColumnSpec {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(label, "label");
    // a header's control characters (a NUL in a CSV header) would not fit the catalogue's text columns
    label = label.codePoints().filter(c -> !Character.isISOControl(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }

  ColumnSpec withType(ColumnType value) {
    return new ColumnSpec(name, value, label);
  }
}
