package fr.socle.lakehouse.ingest;

import fr.socle.lakehouse.schema.TableSchema;
import org.jspecify.annotations.Nullable;

/**
 * How one column of the file is loaded: its name, type and label, how its type was set, and the schema field it
 * must comply with.
 */
record ColumnPlan(ColumnSpec spec, Typing typing, TableSchema.@Nullable Field field) {
  enum Typing {
    /** By a steward's override, a TableSchema, the format or the table appended to: a misfit is a row error. */
    FIXED,
    /**
     * The type the table had, for a column a replacement keeps: it widens as numbers and dates do (an integer column
     * may take decimals), never to text, which would break every reuse filtering or summing it: a value not of its
     * kind is a row error.
     */
    KEPT,
    /** From a sample of the file: a misfit widens it, and the load starts again. */
    INFERRED
  }

  ColumnType type() {
    return spec.type();
  }

  String label() {
    return spec.label();
  }

  ColumnPlan withType(ColumnType type) {
    return new ColumnPlan(spec.withType(type), typing, field);
  }
}
