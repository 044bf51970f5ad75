package fr.socle.policies.access;

import java.util.Locale;

/** The kind of values a column holds, as far as filters and masks need to know. */
public enum ValueType {
  BOOLEAN,
  INTEGER,
  DECIMAL,
  STRING,
  DATE,
  TIMESTAMP,
  /** Binary, geometry, nested types: no filter may name them. */
  OTHER;

  /** From a Trino type name ({@code bigint}, {@code varchar(10)}, {@code timestamp(6)}, ...). */
  public static ValueType ofTrino(String trinoType) {
    String type = trinoType.toLowerCase(Locale.ROOT);
    int paren = type.indexOf('(');
    String base = paren < 0 ? type : type.substring(0, paren);
    return switch (base.strip()) {
      case "boolean" -> BOOLEAN;
      case "tinyint", "smallint", "integer", "bigint" -> INTEGER;
      case "real", "double", "decimal" -> DECIMAL;
      case "varchar", "char" -> STRING;
      case "date" -> DATE;
      case "timestamp" -> TIMESTAMP;
      default -> OTHER;
    };
  }

  /** From a lakehouse column type code ({@code long}, {@code string}, ...). */
  public static ValueType ofColumnType(String code) {
    return switch (code.toLowerCase(Locale.ROOT)) {
      case "boolean" -> BOOLEAN;
      case "long", "int", "integer" -> INTEGER;
      case "double", "decimal" -> DECIMAL;
      case "string" -> STRING;
      case "date" -> DATE;
      case "timestamp" -> TIMESTAMP;
      default -> OTHER;
    };
  }
}
