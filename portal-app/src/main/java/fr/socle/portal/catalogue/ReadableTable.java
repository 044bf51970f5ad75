package fr.socle.portal.catalogue;

import static java.util.Objects.requireNonNull;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.lakehouse.promotion.PointColumns;
import fr.socle.lakehouse.query.PreparedSql;
import fr.socle.lakehouse.query.TableQuery;
import fr.socle.policies.access.Catalogs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A dataset's table as one person reads it: only the columns they may see (Trino would refuse the others), with
 * their Trino types, and where its points are when it has some. Every read the portal builds starts from
 * {@link #query()}, so it names only these columns; rows, filters and masks are Trino's business.
 */
record ReadableTable(Dataset dataset, List<DatasetColumn> columns, @Nullable Geo geo) {
  public ReadableTable {
    requireNonNull(dataset, "dataset");
    columns = List.copyOf(columns);
  }

  /** Where the points of a dataset are: a WKB geometry column (WGS84), or latitude and longitude columns. */
  public sealed interface Geo {
    /** SQL for the longitude of a row's point (for a geometry: its centroid). */
    String lonSql();

    String latSql();

    /** The column(s) that hold the location. */
    List<String> columns();

    /**
     * A geometry column; its point is the {@code point} columns' when the table has them (the lakehouse stores a
     * shape's interior point beside it), else the shape's centroid.
     */
    record Wkb(String column, @Nullable LatLon point) implements Geo {
      @Override
      public String lonSql() {
        String centroid = "ST_X(ST_Centroid(ST_GeomFromBinary(" + PreparedSql.quote(column) + ")))";
        return point == null ? centroid : "coalesce(" + point.lonSql() + ", " + centroid + ")";
      }

      @Override
      public String latSql() {
        String centroid = "ST_Y(ST_Centroid(ST_GeomFromBinary(" + PreparedSql.quote(column) + ")))";
        return point == null ? centroid : "coalesce(" + point.latSql() + ", " + centroid + ")";
      }

      @Override
      public List<String> columns() {
        return point == null ? List.of(column) : List.of(column, point.lat(), point.lon());
      }
    }

    record LatLon(String lat, String lon) implements Geo {
      @Override
      public String lonSql() {
        return PreparedSql.quote(lon);
      }

      @Override
      public String latSql() {
        return PreparedSql.quote(lat);
      }

      @Override
      public List<String> columns() {
        return List.of(lat, lon);
      }
    }
  }

  private static final Set<String> NUMERIC = Set.of("long", "double", "int", "integer", "decimal");

  /** The readable table of an entry of the catalogue (the entry's columns are those the person may see). */
  public static ReadableTable of(InternalCatalogue.Entry entry) {
    return new ReadableTable(entry.dataset(), entry.columns(), geoOf(entry.columns()));
  }

  /**
   * A geometry column (its shapes are what a GeoJSON download holds), pointed by the latitude and longitude columns
   * when there are some; else those columns alone.
   */
  static @Nullable Geo geoOf(List<DatasetColumn> columns) {
    List<String> names = columns.stream().map(DatasetColumn::name).toList();
    Geo.LatLon point = PointColumns.find(names, c -> numeric(columns.get(c).type().toLowerCase(Locale.ROOT)), 0)
        .map(p -> new Geo.LatLon(names.get(p.latitude()), names.get(p.longitude()))).orElse(null);
    return columns.stream().filter(c -> "geometry".equalsIgnoreCase(c.type())).findFirst()
        .map(c -> (Geo) new Geo.Wkb(c.name(), point)).orElse(point);
  }

  private static boolean numeric(@Nullable String type) {
    return type != null && NUMERIC.contains(type);
  }

  public List<String> columnNames() {
    return columns.stream().map(DatasetColumn::name).toList();
  }

  /** Column name → Trino type, in the table's order. */
  public Map<String, String> trinoTypes() {
    Map<String, String> types = new LinkedHashMap<>();
    columns.forEach(c -> types.put(c.name(), trinoType(c.type())));
    return types;
  }

  public Optional<DatasetColumn> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  public boolean isNumeric(String name) {
    return column(name).map(c -> NUMERIC.contains(c.type().toLowerCase(Locale.ROOT))).orElse(false);
  }

  /** A read of the visible columns (never {@code *}: a column outside a person's grant would fail the query). */
  public TableQuery query() {
    return query(columnNames());
  }

  /** A read of some of the visible columns; an unknown or hidden name is refused by {@link TableQuery}. */
  public TableQuery query(List<String> names) {
    return new TableQuery(Catalogs.INTERNAL, dataset.domain(), dataset.tableName(), trinoTypes()).select(names);
  }

  /** The Trino type of a lakehouse column type code. */
  static String trinoType(String code) {
    return switch (code.toLowerCase(Locale.ROOT)) {
      case "long" -> "bigint";
      case "int", "integer" -> "integer";
      case "double", "decimal" -> "double";
      case "boolean" -> "boolean";
      case "date" -> "date";
      case "timestamp" -> "timestamp(6)";
      case "geometry" -> "varbinary";
      default -> "varchar";
    };
  }
}
