package fr.socle.portal.catalogue;

import fr.socle.lakehouse.query.PreparedSql;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The statements behind a map, around any statement that yields points: their extent, and the points of a box
 * grouped by square grid cells (server-side clustering: a browser never receives more than {@value #MAX_CELLS}
 * cells, whatever the size of the dataset). Shared by the internal pages and the public site, each giving its own
 * governed read of the points; only numbers are bound here, never text.
 */
public final class PointGrid {
  public static final int MAX_CELLS = 5000;

  private PointGrid() {}

  /**
   * The points as {@code (x = longitude, y = latitude)}, rows without a location left out.
   *
   * @param lonSql SQL of the longitude over the inner statement's columns, written by Socle, never from a request
   */
  public static PreparedSql points(String lonSql, String latSql, PreparedSql inner) {
    return new PreparedSql("SELECT x, y FROM (SELECT " + lonSql + " AS x, " + latSql + " AS y FROM ("
        + inner.sql() + ") t) g WHERE x IS NOT NULL AND y IS NOT NULL", inner.parameters());
  }

  /** {@code min(x), min(y), max(x), max(y), count(*)} of the points: read it with {@link #extent}. */
  public static PreparedSql extentOf(PreparedSql points) {
    return new PreparedSql("SELECT min(x), min(y), max(x), max(y), count(*) FROM (" + points.sql() + ") p",
        points.parameters());
  }

  public static PointsSvg.Extent extent(@Nullable Object[] row) {
    long count = ((Number) row[4]).longValue();
    return count == 0 ? new PointsSvg.Extent(0, 0, 0, 0, 0)
        : new PointsSvg.Extent(number(row[0]), number(row[1]), number(row[2]), number(row[3]), count);
  }

  /** Points inside the box, grouped by grid cell: filtered before grouping, so only the box is aggregated. */
  public static PreparedSql gridOf(PreparedSql points, double cellSize, PointsSvg.Extent box) {
    if (!(cellSize > 0) || Double.isInfinite(cellSize)) {
      throw new IllegalArgumentException("taille de maille invalide");
    }
    List<@Nullable Object> parameters = new ArrayList<>(points.parameters());
    parameters.addAll(List.of(box.west(), box.east(), box.south(), box.north(), cellSize, cellSize));
    return new PreparedSql("SELECT avg(x), avg(y), count(*) FROM (" + points.sql() + ") p "
        + "WHERE x BETWEEN ? AND ? AND y BETWEEN ? AND ? GROUP BY floor(x / ?), floor(y / ?) LIMIT " + MAX_CELLS,
        parameters);
  }

  public static PointsSvg.Cell cell(@Nullable Object[] row) {
    return new PointsSvg.Cell(number(row[0]), number(row[1]), ((Number) row[2]).longValue());
  }

  /** A quarter of a 256-pixel web-map tile at this zoom level, in degrees of longitude. */
  public static double cellSizeAt(int zoom) {
    return 360.0 / Math.pow(2, Math.clamp(zoom, 0, 22)) / 4;
  }

  private static double number(@Nullable Object value) {
    return value == null ? 0 : ((Number) value).doubleValue();
  }
}
