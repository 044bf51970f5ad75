package fr.socle.lakehouse.catalog;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/** A column as the catalogue documents it: its name in the table, type, original header, description. */
public record DatasetColumn(String name, String type, @Nullable String label, @Nullable String description) {
  public DatasetColumn {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
  }
}
