package fr.socle.policies.occultation;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Locations to the centre of a grid cell. WGS84: a cell of N metres is N / 111,320 degrees of latitude, and
 * N / (111,320 · cos φ) degrees of longitude where φ is the latitude of the cell's centre, so cells are about N
 * metres wide at every latitude (mainland and overseas). Lambert-93 is in metres already. Centres are written
 * with the few decimals that tell cells apart (a quarter of a cell), so the output says where the cell is and
 * nothing finer. Applying twice changes nothing.
 */
public final class CoordinateGeneralisation {
  static final double METRES_PER_DEGREE = 111_320;
  /** Mainland France's middle latitude: the longitude cell width when a longitude column comes alone. */
  static final double DEFAULT_LATITUDE = 46.5;

  private CoordinateGeneralisation() {}

  public record LatLon(double latitude, double longitude) {}

  /** The centre of the cell holding the position. */
  public static LatLon snap(double latitude, double longitude, int metres) {
    double lat = snapLatitude(latitude, metres);
    return new LatLon(lat, snapLongitude(longitude, lat, metres));
  }

  public static double snapLatitude(double latitude, int metres) {
    double cell = metres / METRES_PER_DEGREE;
    return round((Math.floor(latitude / cell) + 0.5) * cell, decimals(metres));
  }

  /** {@code latitude} is the (snapped) latitude of the row; it sets the width of a cell in degrees. */
  public static double snapLongitude(double longitude, double latitude, int metres) {
    double snappedLatitude = snapLatitude(latitude, metres);
    double cell = metres / (METRES_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(snappedLatitude))));
    return round((Math.floor(longitude / cell) + 0.5) * cell, decimals(metres));
  }

  /** Projected metres (Lambert-93): the centre of the N-metre cell, a whole number of metres. */
  public static long snapProjected(double metresValue, int metres) {
    return (long) (Math.floor(metresValue / metres) * metres + metres / 2.0);
  }

  /**
   * A value of a column of the given form, generalised; empty when it cannot be read (publish nothing). For a
   * {@link CoordinateForm#LONGITUDE} column, {@code latitude} is the row's latitude, or null for the default.
   */
  public static Optional<String> apply(
      @Nullable CharSequence value, CoordinateForm form, int metres, @Nullable Double latitude) {
    if (value == null) {
      return Optional.empty();
    }
    String s = value.toString().strip();
    int decimals = decimals(metres);
    return switch (form) {
      case LATITUDE -> number(s).map(v -> format(snapLatitude(v, metres), decimals));
      case LONGITUDE -> number(s).map(v -> format(snapLongitude(v, latitude == null ? DEFAULT_LATITUDE : latitude,
          metres), decimals));
      case PROJECTED -> number(s).map(v -> String.valueOf(snapProjected(v, metres)));
      case LAT_LON -> pair(s).map(p -> {
        LatLon snapped = snap(p[0], p[1], metres);
        return format(snapped.latitude(), decimals) + ", " + format(snapped.longitude(), decimals);
      });
      case WKT_POINT -> wktPoint(s).map(p -> {
        LatLon snapped = snap(p[1], p[0], metres);
        return "POINT (" + format(snapped.longitude(), decimals) + " " + format(snapped.latitude(), decimals) + ")";
      });
    };
  }

  /** The latitude or longitude read from a column value ("45,764" or "45.764"). */
  static Optional<Double> number(String s) {
    try {
      return Optional.of(Double.parseDouble(s.replace(',', '.')));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** "lat, lon" → {lat, lon}. */
  static Optional<double[]> pair(String s) {
    int separator = s.indexOf(';');
    if (separator < 0) {
      separator = s.indexOf(", ");
    }
    if (separator < 0) {
      int comma = s.indexOf(',');
      separator = comma >= 0 && s.indexOf(',', comma + 1) < 0 ? comma : -1;
    }
    if (separator < 0) {
      separator = s.indexOf(' ');
    }
    if (separator < 0) {
      return Optional.empty();
    }
    Optional<Double> a = number(s.substring(0, separator).strip());
    Optional<Double> b = number(s.substring(separator + 1).strip());
    return a.isPresent() && b.isPresent() ? Optional.of(new double[] {a.get(), b.get()}) : Optional.empty();
  }

  /** "POINT (lon lat)" → {lon, lat}. */
  static Optional<double[]> wktPoint(String s) {
    int open = s.indexOf('(');
    int close = s.indexOf(')');
    if (!s.toUpperCase(Locale.ROOT).startsWith("POINT") || open < 0 || close < open) {
      return Optional.empty();
    }
    String[] parts = s.substring(open + 1, close).strip().split("\\s+");
    if (parts.length != 2) {
      return Optional.empty();
    }
    Optional<Double> lon = number(parts[0]);
    Optional<Double> lat = number(parts[1]);
    return lon.isPresent() && lat.isPresent() ? Optional.of(new double[] {lon.get(), lat.get()}) : Optional.empty();
  }

  /** Decimals of a degree that tell cells apart: a quarter of a cell (100 m → 4, 1 km → 3, 10 km → 2). */
  static int decimals(int metres) {
    double quarterCell = metres / METRES_PER_DEGREE / 4;
    return Math.max(1, (int) Math.ceil(-Math.log10(quarterCell)));
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  private static String format(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
