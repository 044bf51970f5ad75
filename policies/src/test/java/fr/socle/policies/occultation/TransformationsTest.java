package fr.socle.policies.occultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransformationsTest {

  @ParameterizedTest(name = "{0} to {1} → {2}")
  @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
      12/03/1985          | MONTH | 1985-03
      12/03/1985          | YEAR  | 1985
      1985-03-12          | MONTH | 1985-03
      1985-03-12T10:15:00 | MONTH | 1985-03
      12-03-1985          | YEAR  | 1985
      12.03.1985          | MONTH | 1985-03
      1985-03             | MONTH | 1985-03
      1985-03             | YEAR  | 1985
      1985                | YEAR  | 1985
      1985                | MONTH | NULL
      31/02/1985          | MONTH | NULL
      inconnue            | YEAR  | NULL
      12/03-1985          | YEAR  | NULL
      """)
  void datesAreGeneralisedAndWhatIsNoDateIsNotPublished(String value, DatePrecision precision, String expected) {
    assertThat(DateGeneralisation.apply(value, precision)).isEqualTo(Optional.ofNullable(expected));
  }

  @Test
  void localDatesToMonthAndYear() {
    assertThat(DateGeneralisation.toMonth(LocalDate.of(1985, 3, 12))).isEqualTo(YearMonth.of(1985, 3));
    assertThat(DateGeneralisation.toYear(LocalDate.of(1985, 3, 12))).isEqualTo(1985);
  }

  @ParameterizedTest(name = "{0} by {1} → {2}")
  @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
      37        | WIDTH 10       | [30 ; 40[
      30        | WIDTH 10       | [30 ; 40[
      -5        | WIDTH 10       | [-10 ; 0[
      1 234,56  | WIDTH 1000     | [1000 ; 2000[
      12 500 €  | WIDTH 5000     | [10000 ; 15000[
      17        | BOUNDS 18 25 60 | < 18
      18        | BOUNDS 18 25 60 | [18 ; 25[
      59,9      | BOUNDS 18 25 60 | [25 ; 60[
      60        | BOUNDS 18 25 60 | ≥ 60
      n/a       | WIDTH 10       | NULL
      """)
  void numbersAreBanded(String value, String spec, String expected) {
    String[] parts = spec.split(" ");
    Bands bands = parts[0].equals("WIDTH") ? Bands.width(Long.parseLong(parts[1]))
        : Bands.bounds(java.util.Arrays.stream(parts).skip(1).mapToLong(Long::parseLong).toArray());
    assertThat(Banding.apply(value, bands)).isEqualTo(Optional.ofNullable(expected));
  }

  @Test
  void bandingABigDecimal() {
    assertThat(Banding.band(new BigDecimal("42"), Bands.width(5))).isEqualTo("[40 ; 45[");
  }

  @Test
  void aWgs84PositionIsSnappedToTheCentreOfItsCell() {
    CoordinateGeneralisation.LatLon snapped = CoordinateGeneralisation.snap(45.764012, 4.835661, 1000);

    // within half a cell of the original, in metres
    double dLat = (snapped.latitude() - 45.764012) * 111_320;
    double dLon = (snapped.longitude() - 4.835661) * 111_320 * Math.cos(Math.toRadians(45.764));
    assertThat(Math.abs(dLat)).isLessThanOrEqualTo(500 + 60);
    assertThat(Math.abs(dLon)).isLessThanOrEqualTo(500 + 60);
    // two neighbours 30 m apart fall in the same cell
    assertThat(CoordinateGeneralisation.snap(45.764100, 4.835800, 1000)).isEqualTo(snapped);
  }

  @Test
  void snappingTwiceChangesNothing() {
    for (int metres : new int[] {100, 200, 500, 1000, 5000}) {
      var once = CoordinateGeneralisation.snap(48.853412, 2.348812, metres);
      var twice = CoordinateGeneralisation.snap(once.latitude(), once.longitude(), metres);
      assertThat(twice).as("grid of %d m", metres).isEqualTo(once);
    }
  }

  @ParameterizedTest(name = "{0} ({1}) → {2}")
  @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
      45.764012, 4.835661         | LAT_LON    | 45.764, 4.835
      45,764012;4,835661          | LAT_LON    | 45.764, 4.835
      POINT (4.835661 45.764012)  | WKT_POINT  | POINT (4.835 45.764)
      45.764012                   | LATITUDE   | 45.764
      842153.7                    | PROJECTED  | 842500
      6519342                     | PROJECTED  | 6519500
      pas de position             | LAT_LON    | NULL
      """)
  void coordinateColumnsAreGeneralisedToAOneKilometreGrid(String value, CoordinateForm form, String expected) {
    assertThat(CoordinateGeneralisation.apply(value, form, 1000, null)).isEqualTo(Optional.ofNullable(expected));
  }

  @Test
  void freeTextIsReducedToTheCountsOfWhatItHeld() {
    String text = "Rappeler M. Dupont au 06 12 34 56 78 ou 01 42 76 40 40, ou écrire à jean.dupont@gmail.com";

    assertThat(FreeTextReduction.categoryCounts(text, fr.socle.policies.detection.ColumnContext.of("commentaire")))
        .isEqualTo("adresse e-mail personnelle : 1 ; numéro de téléphone personnel : 2 ; nom de personne : 1")
        .doesNotContain("Dupont");
    assertThat(FreeTextReduction.categoryCounts("RAS", fr.socle.policies.detection.ColumnContext.of("commentaire")))
        .isEmpty();
  }
}
