package fr.socle.lakehouse.ingest;

import fr.socle.lakehouse.schema.TableSchema;
import org.jspecify.annotations.Nullable;

/**
 * How one column of the file is loaded: its name, type and label, whether the type is fixed (by a steward's
 * override, a TableSchema, the format or the existing table: a misfit is then a row error) or inferred (a misfit
 * widens it), and the schema field it must comply with.
 */
record ColumnPlan(ColumnSpec spec, boolean fixed, TableSchema.@Nullable Field field) {
  ColumnType type() {
    return spec.type();
  }

  String label() {
    return spec.label();
  }

  ColumnPlan withType(ColumnType type) {
    return new ColumnPlan(spec.withType(type), fixed, field);
  }
}
