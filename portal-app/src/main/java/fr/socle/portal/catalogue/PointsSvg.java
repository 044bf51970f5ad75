package fr.socle.portal.catalogue;

import java.util.List;

/**
 * The map without script: the points of a dataset, aggregated in grid cells, drawn in their bounding box
 * (equirectangular, shrunk in longitude by the cosine of the mean latitude so shapes look right at French
 * latitudes). A circle's area grows with the number of points of its cell, and the count is in its tooltip.
 */
public final class PointsSvg {
  static final int WIDTH = 640;
  static final int GRID = 60;
  private static final int PADDING = 16;

  private PointsSvg() {}

  /** The extent of the points and how many there are. */
  public record Extent(double west, double south, double east, double north, long points) {
    public boolean empty() {
      return points == 0;
    }
  }

  /** Points of a grid cell: how many, and where their mean position is. */
  public record Cell(double lon, double lat, long count) {}

  public static String render(String title, String description, Extent extent, List<Cell> cells) {
    double cos = Math.max(0.1, Math.cos(Math.toRadians((extent.north() + extent.south()) / 2)));
    double spanX = Math.max((extent.east() - extent.west()) * cos, 1e-9);
    double spanY = Math.max(extent.north() - extent.south(), 1e-9);
    double scale = (WIDTH - 2.0 * PADDING) / Math.max(spanX, spanY);
    int width = (int) Math.ceil(spanX * scale) + 2 * PADDING;
    int height = (int) Math.ceil(spanY * scale) + 2 * PADDING;
    long max = cells.stream().mapToLong(Cell::count).max().orElse(1);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"points-map\" role=\"img\" ")
        .append("aria-labelledby=\"map-title map-desc\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\">")
        .append("<title id=\"map-title\">").append(ChartSvg.escape(title)).append("</title>")
        .append("<desc id=\"map-desc\">").append(ChartSvg.escape(description)).append("</desc>")
        .append("<rect x=\"").append(PADDING / 2).append("\" y=\"").append(PADDING / 2).append("\" width=\"")
        .append(width - PADDING).append("\" height=\"").append(height - PADDING).append("\" class=\"bbox\"/>");
    for (Cell cell : cells) {
      double x = PADDING + (cell.lon() - extent.west()) * cos * scale;
      double y = PADDING + (extent.north() - cell.lat()) * scale;
      double r = 2.5 + 9 * Math.sqrt((double) cell.count() / max);
      svg.append("<circle cx=\"").append(ChartSvg.fmt(x)).append("\" cy=\"").append(ChartSvg.fmt(y))
          .append("\" r=\"").append(ChartSvg.fmt(r)).append("\" class=\"cell\"><title>").append(cell.count())
          .append("</title></circle>");
    }
    return svg.append("</svg>").toString();
  }

  /** The cell size (degrees) that splits the extent's larger side into {@value #GRID} cells. */
  public static double cellSize(Extent extent) {
    double side = Math.max(extent.east() - extent.west(), extent.north() - extent.south());
    return side <= 0 ? 0.001 : side / GRID;
  }
}
