package fr.socle.lakehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GeoJSON files declare Lambert-93 and hold closed, right-hand-rule polygons within the town's area. */
class GeoJsonTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static Stream<DemoDataset> geoJsonDatasets() {
    return DemoFiles.ofFormat(FileFormat.GEOJSON).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("geoJsonDatasets")
  void declaresLambert93AndHoldsTheManifestFeatures(DemoDataset dataset) throws Exception {
    JsonNode root = JSON.readTree(Files.readString(DemoFiles.file(dataset)));

    assertThat(dataset.crs()).isEqualTo("EPSG:2154");
    assertThat(root.at("/crs/properties/name").asString()).isEqualTo("urn:ogc:def:crs:EPSG::2154");
    assertThat(root.get("features")).hasSize((int) dataset.rows());
    for (JsonNode feature : root.get("features")) {
      List<String> keys = new ArrayList<>(feature.get("properties").propertyNames());
      assertThat(keys).containsExactlyElementsOf(dataset.columns());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("geoJsonDatasets")
  void coordinatesAreLambert93InTouraineAndRingsAreClosedCounterClockwise(DemoDataset dataset) throws Exception {
    JsonNode root = JSON.readTree(Files.readString(DemoFiles.file(dataset)));
    for (JsonNode feature : root.get("features")) {
      assertThat(feature.at("/geometry/type").asString()).isEqualTo("Polygon");
      JsonNode exterior = feature.at("/geometry/coordinates/0");
      Coordinate[] ring = new Coordinate[exterior.size()];
      for (int i = 0; i < ring.length; i++) {
        double x = exterior.get(i).get(0).asDouble();
        double y = exterior.get(i).get(1).asDouble();
        // metropolitan Lambert-93 spans x 100–1,250 km, y 6,040–7,120 km; Touraine is near (525, 6,700) km
        assertThat(x).isBetween(480_000.0, 620_000.0);
        assertThat(y).isBetween(6_650_000.0, 6_760_000.0);
        ring[i] = new Coordinate(x, y);
      }
      assertThat(ring[0]).isEqualTo(ring[ring.length - 1]);
      assertThat(Orientation.isCCW(ring)).isTrue();
      // a valid shape (no self-intersection), or ingestion would refuse the feature
      assertThat(new org.locationtech.jts.geom.GeometryFactory().createPolygon(ring).isValid()).isTrue();
    }
  }

  @Test
  void neighbourhoodPopulationsAddUpToAboutFortyEightThousand() throws Exception {
    JsonNode root = JSON.readTree(Files.readString(DemoFiles.file(DemoFiles.dataset("quartiers"))));
    long population = 0;
    for (JsonNode feature : root.get("features")) {
      population += feature.at("/properties/population").asLong();
    }

    assertThat(population).isBetween(47_500L, 48_600L);
  }
}
