package fr.socle.lakehouse.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.UnknownAuthorityCodeException;

/**
 * Reprojects coordinates to WGS84 (longitude, latitude), e.g. from Lambert-93 (EPSG:2154), the projection of French
 * public data. Not thread-safe (proj4j's transforms are not): one per pass.
 */
final class Reprojection {
  private static final Pattern EPSG = Pattern.compile("EPSG:{1,2}(?:[0-9.]*:)?(\\d+)", Pattern.CASE_INSENSITIVE);
  private static final CRSFactory CRS = new CRSFactory();

  private final String source;
  private final CoordinateTransform transform;
  private final ProjCoordinate in = new ProjCoordinate();
  private final ProjCoordinate out = new ProjCoordinate();

  private Reprojection(String source, CoordinateTransform transform) {
    this.source = source;
    this.transform = transform;
  }

  /** A reprojection from the named system, or null when it already is WGS84 (EPSG:4326, CRS84). */
  static @Nullable Reprojection from(String crs) throws IngestionException {
    String code = epsgCode(crs);
    if (code == null) {
      throw new IngestionException(IngestionException.Code.INVALID_OPTIONS,
          Message.of("crs.unknownExample", crs));
    }
    if (code.equals("4326")) {
      return null;
    }
    try {
      CoordinateReferenceSystem from = CRS.createFromName("EPSG:" + code);
      CoordinateReferenceSystem to = CRS.createFromName("EPSG:4326");
      return new Reprojection("EPSG:" + code, new CoordinateTransformFactory().createTransform(from, to));
    } catch (UnknownAuthorityCodeException | IllegalStateException e) {
      throw new IngestionException(IngestionException.Code.INVALID_OPTIONS,
          Message.of("crs.unknown", crs), e);
    }
  }

  /** The EPSG code a CRS name gives ({@code EPSG:2154}, {@code urn:ogc:def:crs:EPSG::2154}), or null. */
  static @Nullable String epsgCode(String crs) {
    String upper = crs.strip().toUpperCase(Locale.ROOT);
    if (upper.endsWith("CRS84") || upper.equals("WGS84")) {
      return "4326";
    }
    Matcher m = EPSG.matcher(upper);
    return m.find() ? m.group(1) : upper.matches("\\d+") ? upper : null;
  }

  String source() {
    return source;
  }

  /** The point (x, y) in WGS84, as {x: longitude, y: latitude}, written into {@code target}. */
  void apply(double x, double y, Coordinate target) {
    in.x = x;
    in.y = y;
    transform.transform(in, out);
    target.x = out.x;
    target.y = out.y;
  }

  /** Reprojects every coordinate of the geometry, in place. */
  void apply(Geometry geometry) {
    geometry.apply(new CoordinateSequenceFilter() {
      @Override
      public void filter(CoordinateSequence seq, int i) {
        in.x = seq.getX(i);
        in.y = seq.getY(i);
        transform.transform(in, out);
        seq.setOrdinate(i, 0, out.x);
        seq.setOrdinate(i, 1, out.y);
      }

      @Override
      public boolean isDone() {
        return false;
      }

      @Override
      public boolean isGeometryChanged() {
        return true;
      }
    });
    geometry.geometryChanged();
  }
}
