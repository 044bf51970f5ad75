package fr.socle.lakehouse.demo;

/**
 * The town's working plane: metres east ({@code x}) and north ({@code y}) of the town hall, turned into WGS84 by an
 * equirectangular approximation, exact to well under a metre across a few kilometres.
 */
record LocalFrame(double originLatitude, double originLongitude) {
  private static final double METRES_PER_DEGREE_LATITUDE = 111_132.954;
  private static final double METRES_PER_DEGREE_EQUATOR = 111_319.491;

  double latitude(double y) {
    return originLatitude + y / METRES_PER_DEGREE_LATITUDE;
  }

  double longitude(double x) {
    return originLongitude + x / (METRES_PER_DEGREE_EQUATOR * StrictMath.cos(StrictMath.toRadians(originLatitude)));
  }

  /** Micro-degrees of latitude, the 6-decimal precision of a phone's GPS fix. */
  long microLatitude(double y) {
    return Math.round(latitude(y) * 1e6);
  }

  long microLongitude(double x) {
    return Math.round(longitude(x) * 1e6);
  }

  /** {x, y} in Lambert-93. */
  double[] lambert93(double x, double y) {
    return Lambert93.project(latitude(y), longitude(x));
  }
}
