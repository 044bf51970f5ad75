package fr.socle.lakehouse.odsql;

import static java.util.Objects.requireNonNull;

/**
 * A field of a published dataset as ODSQL sees it: its public name, its ODS type and the table column holding it
 * (for {@code geo_point_2d} and {@code geo_shape}, the schema's geographic columns hold it instead).
 */
public record OdsqlField(String name, FieldType type, String column) {
  public OdsqlField {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(column, "column");
    OdsqlSchema.checkName(column);
  }
}
