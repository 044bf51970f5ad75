package fr.socle.lakehouse.promotion;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Which numeric columns hold a row's WGS84 point when a table has no geometry: a latitude and a longitude told by
 * their names ({@code latitude}, {@code lat}, {@code geo_lat}, {@code lat_wgs84}…; {@code longitude}, {@code lon},
 * {@code lng}, {@code long}…). One rule for the promotion's GeoJSON file, the public tier's {@code geo_point_2d}
 * and the internal portal's maps, so that a dataset has a map wherever it has a GeoJSON file.
 */
public final class PointColumns {
  private static final Pattern LATITUDE = Pattern.compile("(^|_)(lat|latitude)($|_)");
  private static final Pattern LONGITUDE = Pattern.compile("(^|_)(lon|lng|long|longitude)($|_)");

  /** Positions of the latitude and longitude columns in the list they were found in. */
  public record Pair(int latitude, int longitude) {}

  private PointColumns() {}

  /**
   * The first latitude and the first longitude among {@code names} from position {@code from} on, both numeric.
   *
   * @param numeric whether the column at a position holds numbers
   */
  public static Optional<Pair> find(List<String> names, IntPredicate numeric, int from) {
    int latitude = -1;
    int longitude = -1;
    for (int c = from; c < names.size(); c++) {
      if (!numeric.test(c)) {
        continue;
      }
      String name = names.get(c).toLowerCase(Locale.ROOT);
      if (latitude < 0 && LATITUDE.matcher(name).find()) {
        latitude = c;
      } else if (longitude < 0 && LONGITUDE.matcher(name).find()) {
        longitude = c;
      }
    }
    return latitude >= 0 && longitude >= 0 ? Optional.of(new Pair(latitude, longitude)) : Optional.empty();
  }
}
