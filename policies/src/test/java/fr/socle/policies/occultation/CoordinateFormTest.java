package fr.socle.policies.occultation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.policies.detection.ColumnFindings;
import fr.socle.policies.detection.DatasetScanner;
import java.util.List;
import java.util.Locale;
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

  @ParameterizedTest(name = "{0} holding « {1} » → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      position     | POINT (%.6f %.6f)  | WKT_POINT
      coordonnees  | %.6f, %.6f         | LAT_LON
      coordonnees  | %.6f;%.6f          | LAT_LON
      latitude     | %.6f               | LATITUDE
      geometrie    | POINT (%.6f %.6f)  | WKT_POINT
      """)
  void aScannedColumnsFormIsReadFromItsValuesBeforeItsName(String column, String format, CoordinateForm expected) {
    DatasetScanner scanner = DatasetScanner.everyRow(List.of(column), null);
    for (int i = 0; i < 30; i++) {
      scanner.accept(List.of(String.format(Locale.ROOT, format, 45.750123 + i / 997.0, 4.830456 + i / 991.0)));
    }
    ColumnFindings findings = scanner.result().columns().getFirst();

    assertThat(CoordinateForm.guess(findings)).isEqualTo(expected);
  }
}
