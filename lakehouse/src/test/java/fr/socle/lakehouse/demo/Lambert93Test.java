package fr.socle.lakehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

class Lambert93Test {
  private static final CoordinateTransform PROJ4J = new CoordinateTransformFactory().createTransform(
      new CRSFactory().createFromName("EPSG:4326"), new CRSFactory().createFromName("EPSG:2154"));

  @ParameterizedTest(name = "({0}, {1})")
  @CsvSource({"47.4120, 1.0620", "48.8566, 2.3522", "43.2965, 5.3698", "50.6292, 3.0573", "42.6976, 9.4508"})
  void projectsLikeProj4jToTheMillimetre(double latitude, double longitude) {
    double[] ours = Lambert93.project(latitude, longitude);
    ProjCoordinate theirs = PROJ4J.transform(new ProjCoordinate(longitude, latitude), new ProjCoordinate());

    assertThat(ours[0]).isCloseTo(theirs.x, within(0.001));
    assertThat(ours[1]).isCloseTo(theirs.y, within(0.001));
  }
}
