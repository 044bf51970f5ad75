package fr.socle.lakehouse.classification;

import org.apache.iceberg.types.Type;

/** How a column's values come out of Trino, so that they can be read as text the detectors understand. */
public enum ValueKind {
  TEXT,
  INTEGER,
  DECIMAL,
  DATE,
  TIMESTAMP,
  BOOLEAN,
  /** WKB in a {@code varbinary} column: read as WKT through {@code ST_AsText}. */
  GEOMETRY,
  /** Anything else (time, uuid, nested types): read as Trino's text of it. */
  OTHER;

  public static ValueKind of(Type type) {
    return switch (type.typeId()) {
      case STRING -> TEXT;
      case INTEGER, LONG -> INTEGER;
      case FLOAT, DOUBLE, DECIMAL -> DECIMAL;
      case DATE -> DATE;
      case TIMESTAMP, TIMESTAMP_NANO -> TIMESTAMP;
      case BOOLEAN -> BOOLEAN;
      case BINARY, FIXED -> GEOMETRY;
      default -> OTHER;
    };
  }

  /** The select expression for a column, its name already quoted. Failures to convert become nulls, not errors. */
  String select(String quotedColumn) {
    return switch (this) {
      case GEOMETRY -> "try(ST_AsText(ST_GeomFromBinary(" + quotedColumn + ")))";
      case OTHER -> "try(json_format(CAST(" + quotedColumn + " AS json)))";
      default -> quotedColumn;
    };
  }
}
