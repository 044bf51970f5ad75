package fr.socle.lakehouse.demo;

/**
 * RGF93 / Lambert-93 (EPSG:2154) from geographic coordinates, by IGN's closed formulas for the conformal conic
 * projection (notes techniques NTG 71, ALG0003 and ALG0019), with {@link StrictMath} so that files are byte-identical
 * on every platform. WGS84 and RGF93 agree to a few centimetres in metropolitan France, which the demo ignores.
 */
final class Lambert93 {
  private static final double E = 0.0818191910428158; // first eccentricity of GRS80
  private static final double N = 0.7256077650532670;
  private static final double C = 11754255.426096;
  private static final double X_S = 700000.0;
  private static final double Y_S = 12655612.049876;
  private static final double LAMBDA_0 = StrictMath.toRadians(3.0);

  private Lambert93() {}

  /** {x, y} in metres (easting, northing). */
  static double[] project(double latitude, double longitude) {
    double phi = StrictMath.toRadians(latitude);
    double sinPhi = StrictMath.sin(phi);
    double isometric = StrictMath.log(StrictMath.tan(StrictMath.PI / 4 + phi / 2)
        * StrictMath.pow((1 - E * sinPhi) / (1 + E * sinPhi), E / 2));
    double radius = C * StrictMath.exp(-N * isometric);
    double gamma = N * (StrictMath.toRadians(longitude) - LAMBDA_0);
    return new double[] {X_S + radius * StrictMath.sin(gamma), Y_S - radius * StrictMath.cos(gamma)};
  }
}
