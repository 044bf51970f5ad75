package fr.socle.policies.occultation;

import fr.socle.policies.detection.ColumnFindings;
import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.detection.KindStats;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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

  /** A WKT point as the scan's examples show it: its word masked but its first letter ({@code P•••• (4.8•• …)}). */
  private static final Pattern WKT_EXAMPLE = Pattern.compile("\\s*\\p{L}[\\p{L}•]*\\s*\\(");
  /** A number as the scan's examples show it, digits after the first masked ({@code 4•.7•••}, {@code 4•,7•••}). */
  private static final Pattern NUMBER_EXAMPLE = Pattern.compile("[0-9•]+(?:[.,][0-9•]+)?");

  /**
   * How a scanned column holds its positions: read from the masked examples the scan kept (a WKT point keeps its
   * word and parenthesis, a pair its two numbers), else guessed from the column's name (single numbers are only
   * found in columns named as coordinates).
   */
  public static CoordinateForm guess(ColumnFindings column) {
    List<String> examples = column.stats(FindingKind.PRECISE_COORDINATES).map(KindStats::examples).orElse(List.of());
    if (examples.stream().anyMatch(e -> WKT_EXAMPLE.matcher(e).lookingAt())) {
      return WKT_POINT;
    }
    if (examples.stream().anyMatch(e -> NUMBER_EXAMPLE.matcher(e).results().count() == 2)) {
      return LAT_LON;
    }
    return guessFromName(column.column());
  }

  /**
   * How a column probably holds a location, from the words of its name ({@code latitude}, {@code lon},
   * {@code x_l93}, {@code geom}, …); {@link #LAT_LON} when none says.
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
