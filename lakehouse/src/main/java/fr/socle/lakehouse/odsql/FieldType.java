package fr.socle.lakehouse.odsql;

import java.util.Locale;

/** Opendatasoft's field types, as the API names them. */
public enum FieldType {
  TEXT,
  INT,
  DOUBLE,
  BOOLEAN,
  DATE,
  DATETIME,
  GEO_POINT_2D,
  GEO_SHAPE;

  /** {@code text}, {@code int}, {@code geo_point_2d}... */
  public String odsName() {
    return name().toLowerCase(Locale.ROOT);
  }

  boolean numeric() {
    return this == INT || this == DOUBLE;
  }

  boolean temporal() {
    return this == DATE || this == DATETIME;
  }

  boolean geographic() {
    return this == GEO_POINT_2D || this == GEO_SHAPE;
  }

  /** The ODS type of a Trino column type ({@code varchar}, {@code bigint}, {@code timestamp(6)}...). */
  public static FieldType ofTrino(String trinoType) {
    String type = trinoType.toLowerCase(Locale.ROOT);
    if (type.startsWith("varchar") || type.startsWith("char")) {
      return TEXT;
    }
    if (type.equals("tinyint") || type.equals("smallint") || type.equals("integer") || type.equals("bigint")) {
      return INT;
    }
    if (type.equals("real") || type.equals("double") || type.startsWith("decimal")) {
      return DOUBLE;
    }
    if (type.equals("boolean")) {
      return BOOLEAN;
    }
    if (type.equals("date")) {
      return DATE;
    }
    if (type.startsWith("timestamp")) {
      return DATETIME;
    }
    return TEXT;
  }
}
