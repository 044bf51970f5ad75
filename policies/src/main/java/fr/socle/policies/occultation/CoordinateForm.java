package fr.socle.policies.occultation;

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
  PROJECTED
}
