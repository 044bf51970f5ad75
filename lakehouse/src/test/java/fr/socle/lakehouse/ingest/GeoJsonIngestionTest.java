package fr.socle.lakehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;

class GeoJsonIngestionTest {
  private static final TableIdentifier TABLE = TableIdentifier.of("essais", "equipements");
  /**
   * The centre of Paris by the Hôtel de Ville (48.8566 N, 2.3522 E) in Lambert-93, as computed independently with
   * the Lambert conformal conic formulas of EPSG:2154 (GRS80, parallels 44 and 49, origin 46.5 N 3 E).
   */
  private static final double L93_X = 652469.02;
  private static final double L93_Y = 6862035.26;
  private static final double LON = 2.3522;
  private static final double LAT = 48.8566;
  /** Notre-Dame de Paris (48.8530 N, 2.3499 E), the same way. */
  private static final double NOTRE_DAME_X = 652296.97;
  private static final double NOTRE_DAME_Y = 6861636.36;
  /** About five metres, in degrees of latitude. */
  private static final double FEW_METRES = 0.00005;

  @TempDir Path dir;

  private static String lambert93Collection() {
    return """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::2154"}},
         "features": [
          {"type": "Feature", "id": 1,
           "properties": {"nom": "Hôtel de Ville", "code_insee": "75104", "places": 1200, "ouvert": true},
           "geometry": {"type": "Point", "coordinates": [%s, %s]}},
          {"type": "Feature",
           "geometry": {"type": "Polygon", "coordinates": [[[652000, 6862000], [653000, 6862000],
             [653000, 6863000], [652000, 6863000], [652000, 6862000]]]},
           "properties": {"nom": "Île de la Cité", "surface": 22.5, "tags": ["île", "Seine"]}}
         ]}
        """.formatted(L93_X, L93_Y);
  }

  @Test
  void lambert93PointsAreReprojectedToWgs84WithTheirBoundingBox() throws Exception {
    Path file = dir.resolve("equipements.geojson");
    Files.writeString(file, lambert93Collection(), StandardCharsets.UTF_8);
    LocalCatalog local = new LocalCatalog(dir.resolve("lake"));

    IngestionResult result = local.ingestion().ingest(IngestionRequest.of(file, TABLE, LoadMode.CREATE),
        ProgressListener.NONE);

    assertThat(result.columns()).extracting(ColumnSpec::name).containsExactly("nom", "code_insee", "places",
        "ouvert", "surface", "tags", "geometry", "geo_xmin", "geo_ymin", "geo_xmax", "geo_ymax", "geo_lon",
        "geo_lat");
    assertThat(result.columns()).extracting(ColumnSpec::type).containsExactly(ColumnType.STRING,
        ColumnType.STRING, ColumnType.LONG, ColumnType.BOOLEAN, ColumnType.DOUBLE, ColumnType.STRING,
        ColumnType.GEOMETRY, ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE,
        ColumnType.DOUBLE, ColumnType.DOUBLE);
    List<Record> rows = local.rows(TABLE);
    Record point = rows.stream().filter(r -> "Hôtel de Ville".equals(r.getField("nom"))).findFirst().orElseThrow();
    assertThat((Double) point.getField("geo_lon")).isCloseTo(LON, within(FEW_METRES * 1.5));
    assertThat((Double) point.getField("geo_lat")).isCloseTo(LAT, within(FEW_METRES));
    assertThat(point.getField("code_insee")).isEqualTo("75104");
    Geometry geometry = new WKBReader().read(bytes(point.getField("geometry")));
    assertThat(geometry.getGeometryType()).isEqualTo(Geometry.TYPENAME_POINT);
    assertThat(geometry.getCoordinate().y).isCloseTo(LAT, within(FEW_METRES));

    Record polygon = rows.stream().filter(r -> "Île de la Cité".equals(r.getField("nom"))).findFirst()
        .orElseThrow();
    // its point is inside it, as geo_point_2d and distance searches need
    Geometry shape = new WKBReader().read(bytes(polygon.getField("geometry")));
    assertThat(shape.contains(shape.getFactory().createPoint(new org.locationtech.jts.geom.Coordinate(
        (Double) polygon.getField("geo_lon"), (Double) polygon.getField("geo_lat"))))).isTrue();
    assertThat((Double) polygon.getField("geo_xmin")).isLessThan((Double) polygon.getField("geo_xmax"));
    assertThat((Double) polygon.getField("geo_ymin")).isBetween(48.84, 48.86);
    assertThat(polygon.getField("tags")).isEqualTo("[\"île\",\"Seine\"]");
    assertThat(new WKBReader().read(bytes(polygon.getField("geometry"))).getGeometryType()).isEqualTo("Polygon");
  }

  @Test
  void csvXyColumnsInLambert93BecomeAPoint() throws Exception {
    Path file = dir.resolve("bornes.csv");
    Files.writeString(file, "nom;X;Y\nNotre-Dame;" + String.valueOf(NOTRE_DAME_X).replace('.', ',') + ";"
        + String.valueOf(NOTRE_DAME_Y).replace('.', ',') + "\n", StandardCharsets.UTF_8);
    LocalCatalog local = new LocalCatalog(dir.resolve("lake"));

    IngestionResult result = local.ingestion().ingest(IngestionRequest.of(file, TABLE, LoadMode.CREATE)
        .withRead(ReadOptions.DEFAULTS.withPoint("X", "Y").withReprojectFrom("EPSG:2154")), ProgressListener.NONE);

    assertThat(result.columns()).extracting(ColumnSpec::name)
        .containsExactly("nom", "x", "y", "geometry", "geo_lon", "geo_lat");
    Record row = local.rows(TABLE).getFirst();
    assertThat((Double) row.getField("x")).isEqualTo(NOTRE_DAME_X);
    assertThat((Double) row.getField("geo_lat")).isCloseTo(48.8530, within(FEW_METRES));
    assertThat((Double) row.getField("geo_lon")).isCloseTo(2.3499, within(FEW_METRES * 1.5));
  }

  /**
   * A polygon crossing itself (a bow tie) and Lambert-93 coordinates in a file that does not say its projection are
   * refused with their feature's line, not stored to break spatial queries or sit in the Atlantic.
   */
  @Test
  void invalidShapesAndUnprojectedCoordinatesAreRefused() throws Exception {
    String bowTie = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"nom": "noeud"},
           "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]}}]}
        """;
    String unprojected = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"nom": "Hôtel de Ville"},
           "geometry": {"type": "Point", "coordinates": [%s, %s]}}]}
        """.formatted(L93_X, L93_Y);
    LocalCatalog local = new LocalCatalog(dir.resolve("lake"));
    for (String[] file : new String[][] {{"noeud.geojson", bowTie, "géométrie invalide"},
        {"lambert.geojson", unprojected, "indiquez la projection"}}) {
      Path path = dir.resolve(file[0]);
      Files.writeString(path, file[1], StandardCharsets.UTF_8);

      org.assertj.core.api.Assertions.assertThatThrownBy(() -> local.ingestion().ingest(
          IngestionRequest.of(path, TABLE, LoadMode.CREATE), ProgressListener.NONE))
          .isInstanceOfSatisfying(IngestionException.class, e -> {
            assertThat(e.code()).isEqualTo(IngestionException.Code.INVALID_ROWS);
            assertThat(e.report().errors().getFirst().message()).contains(file[2]);
          });
      assertThat(local.catalog.tableExists(TABLE)).isFalse();
    }
  }

  private static byte[] bytes(Object value) {
    ByteBuffer buffer = ((ByteBuffer) value).duplicate();
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }
}
