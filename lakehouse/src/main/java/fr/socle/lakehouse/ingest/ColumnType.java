package fr.socle.lakehouse.ingest;

import java.util.Locale;
import org.apache.iceberg.types.Type;
import org.apache.iceberg.types.Types;

/**
 * The column types of the lakehouse, as ingestion infers them and a steward may correct them. Each maps to one
 * Iceberg type, which Trino shows as the type in parentheses.
 */
public enum ColumnType {
  /** {@code boolean} (oui/non, vrai/faux, true/false). */
  BOOLEAN(Types.BooleanType.get()),
  /** {@code bigint}. */
  LONG(Types.LongType.get()),
  /** {@code double} (decimal comma or point, thousands separated by spaces). */
  DOUBLE(Types.DoubleType.get()),
  /** {@code varchar}. */
  STRING(Types.StringType.get()),
  /** {@code date} (dd/mm/yyyy or ISO). */
  DATE(Types.DateType.get()),
  /** {@code timestamp(6)} without time zone. */
  TIMESTAMP(Types.TimestampType.withoutZone()),
  /** {@code varbinary}: a geometry as WKB in WGS84, readable with {@code ST_GeomFromBinary}. */
  GEOMETRY(Types.BinaryType.get());

  private final Type icebergType;

  ColumnType(Type icebergType) {
    this.icebergType = icebergType;
  }

  public Type icebergType() {
    return icebergType;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ColumnType parse(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
