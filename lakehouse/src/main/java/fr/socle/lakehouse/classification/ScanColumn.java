package fr.socle.lakehouse.classification;

import static java.util.Objects.requireNonNull;

/** A column of the scanned table: its name in the table and how its values are read. */
public record ScanColumn(String name, ValueKind kind) {
  public ScanColumn {
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
  }
}
