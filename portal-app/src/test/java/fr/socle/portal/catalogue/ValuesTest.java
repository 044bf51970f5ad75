package fr.socle.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBWriter;

class ValuesTest {
  private final GeometryFactory geometries = new GeometryFactory();

  @Test
  void decimalsAreWrittenWithoutExponentAndWithACommaForSpreadsheets() {
    assertThat(Values.text(1.0E7, false)).isEqualTo("10000000");
    assertThat(Values.text(1234.5, false)).isEqualTo("1234.5");
    assertThat(Values.text(1234.5, true)).isEqualTo("1234,5");
    assertThat(Values.text(42L, true)).isEqualTo("42");
  }

  @Test
  void datesAndTimesAreIso() {
    assertThat(Values.text(Date.valueOf(LocalDate.of(2026, 3, 1)), false)).isEqualTo("2026-03-01");
    assertThat(Values.text(Timestamp.valueOf(LocalDateTime.of(2026, 3, 1, 8, 30)), false))
        .isEqualTo("2026-03-01T08:30");
    assertThat(Values.json(Date.valueOf(LocalDate.of(2026, 3, 1)))).isEqualTo("2026-03-01");
  }

  @Test
  void geometriesAreWktForPeopleAndGeoJsonForPrograms() {
    byte[] point = new WKBWriter().write(geometries.createPoint(new Coordinate(0.68, 47.39)));

    assertThat(Values.text(point, false)).isEqualTo("POINT (0.68 47.39)");
    assertThat(Values.json(point)).isEqualTo(Map.of("type", "Point", "coordinates", List.of(0.68, 47.39)));
  }

  @Test
  void bytesThatAreNoGeometryStayBytes() {
    assertThat(Values.text(new byte[] {1, 2}, false)).isEqualTo("0x0102");
    assertThat(Values.json(new byte[] {1, 2})).isEqualTo("AQI=");
  }

  @Test
  void polygonsKeepTheirRings() {
    byte[] square = new WKBWriter().write(geometries.createPolygon(new Coordinate[] {new Coordinate(0, 0),
        new Coordinate(1, 0), new Coordinate(1, 1), new Coordinate(0, 0)}));

    assertThat(Values.geoJson(square)).containsEntry("type", "Polygon")
        .containsEntry("coordinates", List.of(List.of(List.of(0.0, 0.0), List.of(1.0, 0.0), List.of(1.0, 1.0),
            List.of(0.0, 0.0))));
  }

  @Test
  void pageCellsAreShortened() {
    assertThat(Values.display("x".repeat(500))).hasSize(201).endsWith("…");
    assertThat(Values.display(null)).isEmpty();
  }

  /** Cells read as their reader writes numbers: a decimal comma in French, a point in English; no ISO T. */
  @org.junit.jupiter.api.Test
  void cellsReadInTheReadersLanguage() {
    java.util.Locale before = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    try {
      org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.FRENCH);
      assertThat(Values.display(6557254.92)).isEqualTo("6557254,92");
      assertThat(Values.display(java.time.LocalDateTime.of(2023, 1, 12, 19, 55, 53))).isEqualTo("2023-01-12 19:55:53");
      assertThat(Values.display(2026L)).isEqualTo("2026");
      org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
      assertThat(Values.display(5.5)).isEqualTo("5.5");
    } finally {
      org.springframework.context.i18n.LocaleContextHolder.setLocale(before);
    }
  }
}
