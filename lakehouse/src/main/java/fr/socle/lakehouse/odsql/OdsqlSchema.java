package fr.socle.lakehouse.odsql;

import static java.util.Objects.requireNonNull;

import fr.socle.lakehouse.query.PreparedSql;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What ODSQL may name in one published table: the table (catalog, schema, name), its fields, the column of record
 * ids (the default order) and, when the dataset is geographic, the lakehouse's geometry columns (WKB geometry,
 * longitude and latitude of its representative point).
 */
public final class OdsqlSchema {
  private static final Pattern NAME = Pattern.compile("^[a-z_][a-z0-9_]{0,127}$");

  /**
   * The geographic columns: the lakehouse's WKB geometry (null when the rows are points given by a latitude and a
   * longitude column, and the dataset has no {@code geo_shape}), and the longitude and latitude of each row's point.
   */
  public record Geo(@Nullable String wkb, String longitude, String latitude) {
    public Geo {
      if (wkb != null) {
        checkName(wkb);
      }
      checkName(longitude);
      checkName(latitude);
    }
  }

  private final String table;
  private final Map<String, OdsqlField> fields = new LinkedHashMap<>();
  private final @Nullable String recordId;
  private final @Nullable Geo geo;
  private final ZoneId wallClock;

  /** A table whose date-times are UTC. */
  public OdsqlSchema(String catalog, String schema, String tableName, List<OdsqlField> fields,
      @Nullable String recordIdColumn, @Nullable Geo geo) {
    this(catalog, schema, tableName, fields, recordIdColumn, geo, ZoneOffset.UTC);
  }

  /**
   * A table whose date-times are wall-clock times of {@code wallClock} without an offset, as the lakehouse keeps
   * what files say ({@code 2023-01-01 08:08:34}, a time in the collectivité's zone): ODSQL reads them as the
   * instants they are, so that the API's UTC and {@code timezone} mean what they say.
   */
  public OdsqlSchema(String catalog, String schema, String tableName, List<OdsqlField> fields,
      @Nullable String recordIdColumn, @Nullable Geo geo, ZoneId wallClock) {
    this.wallClock = requireNonNull(wallClock, "wallClock");
    this.table = PreparedSql.quote(checkName(catalog)) + "." + PreparedSql.quote(checkName(schema)) + "."
        + PreparedSql.quote(checkName(tableName));
    for (OdsqlField field : fields) {
      if (field.type().geographic() && geo == null) {
        throw new IllegalArgumentException("geographic field " + field.name() + " without geometry columns");
      }
      this.fields.put(field.name(), field);
    }
    this.recordId = recordIdColumn == null ? null : checkName(recordIdColumn);
    this.geo = geo;
  }

  /** The quoted table name, from checked identifiers. */
  public String table() {
    return table;
  }

  public List<OdsqlField> fields() {
    return List.copyOf(fields.values());
  }

  public Optional<OdsqlField> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  public Optional<String> recordIdColumn() {
    return Optional.ofNullable(recordId);
  }

  public Optional<Geo> geo() {
    return Optional.ofNullable(geo);
  }

  /** The zone the table's date-times are wall-clock times of (UTC: they are UTC). */
  public ZoneId wallClock() {
    return wallClock;
  }

  List<OdsqlField> textFields() {
    return fields.values().stream().filter(f -> f.type() == FieldType.TEXT).toList();
  }

  static String checkName(String name) {
    requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("invalid identifier " + name);
    }
    return name;
  }
}
