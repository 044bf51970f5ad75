package fr.socle.lakehouse.ingest;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBWriter;

/**
 * Builds a point from two columns of a table (X and Y, in WGS84 or reprojected from, say, Lambert-93) and adds it
 * as three columns after the file's: {@code geometry} (WKB), {@code geo_lon} and {@code geo_lat}.
 */
final class PointSink implements CellSink {
  private final CellSink delegate;
  private final int xColumn;
  private final int yColumn;
  private final int geometryColumn;
  private final @Nullable Reprojection reprojection;
  private final NumberParser numbers = new NumberParser();
  private final GeometryFactory factory = new GeometryFactory();
  private final WKBWriter wkb = new WKBWriter(2);
  private final Coordinate point = new Coordinate();
  private double x;
  private double y;
  private boolean hasX;
  private boolean hasY;

  PointSink(CellSink delegate, int xColumn, int yColumn, int geometryColumn, @Nullable Reprojection reprojection) {
    this.delegate = delegate;
    this.xColumn = xColumn;
    this.yColumn = yColumn;
    this.geometryColumn = geometryColumn;
    this.reprojection = reprojection;
  }

  @Override
  public void startRow(long line) {
    hasX = false;
    hasY = false;
    delegate.startRow(line);
  }

  @Override
  public void text(int column, char[] buffer, int offset, int length) {
    if (column == xColumn && numbers.parseDouble(buffer, offset, length, false)) {
      x = numbers.doubleValue;
      hasX = true;
    } else if (column == yColumn && numbers.parseDouble(buffer, offset, length, false)) {
      y = numbers.doubleValue;
      hasY = true;
    }
    delegate.text(column, buffer, offset, length);
  }

  @Override
  public void binary(int column, byte[] value) {
    delegate.binary(column, value);
  }

  @Override
  public void number(int column, double value) {
    delegate.number(column, value);
  }

  @Override
  public void endRow() {
    if (hasX && hasY) {
      if (reprojection != null) {
        reprojection.apply(x, y, point);
      } else {
        point.x = x;
        point.y = y;
      }
      delegate.binary(geometryColumn, wkb.write(factory.createPoint(new Coordinate(point.x, point.y))));
      delegate.number(geometryColumn + 1, point.x);
      delegate.number(geometryColumn + 2, point.y);
    }
    delegate.endRow();
  }
}
