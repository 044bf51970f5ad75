package fr.socle.policies.occultation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoordinateFormTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      latitude          | LATITUDE
      Lat_WGS84         | LATITUDE
      lon               | LONGITUDE
      longitude_wgs84   | LONGITUDE
      lng               | LONGITUDE
      x_l93             | PROJECTED
      Y                 | PROJECTED
      coord_lambert     | PROJECTED
      the_geom          | WKT_POINT
      geometrie         | WKT_POINT
      geometry_wkt      | WKT_POINT
      geo_point_2d      | LAT_LON
      coordonnees       | LAT_LON
      longueur_troncon  | LAT_LON
      """)
  void theFormIsGuessedFromTheWordsOfTheColumnName(String column, CoordinateForm expected) {
    assertThat(CoordinateForm.guessFromName(column)).isEqualTo(expected);
  }
}
