package fr.socle.lakehouse.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PointColumnsTest {
  private static PointColumns.Pair find(List<String> names, Set<String> numeric) {
    return PointColumns.find(names, c -> numeric.contains(names.get(c)), 0).orElse(null);
  }

  @Test
  void latitudeAndLongitudeAreToldByTheirNamesInEveryUsualSpelling() {
    List<String> names = List.of("id", "Latitude", "Longitude");
    assertThat(find(names, Set.copyOf(names))).isEqualTo(new PointColumns.Pair(1, 2));
    List<String> short_ = List.of("lng", "nom", "lat");
    assertThat(find(short_, Set.of("lng", "lat"))).isEqualTo(new PointColumns.Pair(2, 0));
    List<String> prefixed = List.of("geo_lat", "geo_lon", "lat_wgs84", "long_wgs84");
    assertThat(find(prefixed, Set.copyOf(prefixed))).isEqualTo(new PointColumns.Pair(0, 1));
  }

  @Test
  void textColumnsWordsThatMerelyContainTheNamesAndHalfPairsAreNotPoints() {
    List<String> text = List.of("latitude", "longitude");
    assertThat(find(text, Set.of())).isNull();
    List<String> words = List.of("plateau", "salon", "longueur", "relation");
    assertThat(find(words, Set.copyOf(words))).isNull();
    List<String> half = List.of("latitude", "altitude");
    assertThat(find(half, Set.copyOf(half))).isNull();
  }

  @Test
  void positionsBeforeTheStartAreNotRead() {
    List<String> names = List.of("lat", "lon", "x");
    assertThat(PointColumns.find(names, c -> true, 1)).isEmpty();
  }
}
