package fr.socle.policies.occultation;

import java.util.List;
import java.util.Locale;

/** How a column holds a location. */
public enum CoordinateForm {
  /** WGS84 latitude in degrees, alone in the column. */
  LATITUDE,
  /** WGS84 longitude in degrees, alone in the column. */
  LONGITUDE,
  /** "lat, lon" (or "lat;lon", decimal comma accepted), as Opendatasoft's geo_point_2d. */
  LAT_LON,
  /** WKT {@code POINT (lon lat)}. */
  WKT_POINT,
  /** Projected metres (Lambert-93 x or y), alone in the column. */
  PROJECTED;

  /**
   * How a column probably holds a location, from the words of its name ({@code latitude}, {@code lon},
   * {@code x_l93}, {@code geom}, …); {@link #LAT_LON} when none says: the policy's default for a column found to
   * hold positions, and the occultation editor's when an officer turns a column into a grid.
   */
  public static CoordinateForm guessFromName(String column) {
    List<String> parts = List.of(column.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"));
    if (parts.contains("lat") || parts.contains("latitude")) {
      return LATITUDE;
    }
    if (parts.contains("lon") || parts.contains("lng") || parts.contains("long") || parts.contains("longitude")) {
      return LONGITUDE;
    }
    if (parts.contains("x") || parts.contains("y") || parts.contains("l93") || parts.contains("lambert")) {
      return PROJECTED;
    }
    if (parts.contains("geom") || parts.contains("wkt") || parts.contains("geometry") || parts.contains("geometrie")) {
      return WKT_POINT;
    }
    return LAT_LON;
  }
}
