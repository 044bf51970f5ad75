package fr.socle.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.catalog.DatasetColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadableTableTest {
  @Test
  void latitudeAndLongitudeColumnsMakeAMap() {
    assertThat(ReadableTable.geoOf(List.of(column("geo_lat", "double"), column("geo_lon", "double"))))
        .isEqualTo(new ReadableTable.Geo.LatLon("geo_lat", "geo_lon"));
  }

  /** Shapes stay shapes (in a GeoJSON download); their stored interior point places them on the map. */
  @Test
  void aGeometryIsPointedByTheCoordinateColumnsBesideIt() {
    ReadableTable.Geo geo = ReadableTable.geoOf(List.of(column("geo_lat", "double"), column("geo_lon", "double"),
        column("forme", "geometry")));
    assertThat(geo).isEqualTo(new ReadableTable.Geo.Wkb("forme", new ReadableTable.Geo.LatLon("geo_lat", "geo_lon")));
    assertThat(geo.lonSql()).isEqualTo("coalesce(\"geo_lon\", ST_X(ST_Centroid(ST_GeomFromBinary(\"forme\"))))");
  }

  @Test
  void aGeometryColumnMakesAMapWhenThereAreNoCoordinates() {
    assertThat(ReadableTable.geoOf(List.of(column("id", "long"), column("forme", "geometry"))))
        .isEqualTo(new ReadableTable.Geo.Wkb("forme", null));
  }

  @Test
  void noMapWithoutBothCoordinatesOrAGeometry() {
    assertThat(ReadableTable.geoOf(List.of(column("id", "long"), column("geo_lat", "double")))).isNull();
    assertThat(ReadableTable.geoOf(List.of(column("latitude", "string"), column("longitude", "string")))).isNull();
    assertThat(ReadableTable.geoOf(List.of())).isNull();
  }

  @Test
  void lakehouseTypesMapToTrinoTypes() {
    assertThat(ReadableTable.trinoType("long")).isEqualTo("bigint");
    assertThat(ReadableTable.trinoType("timestamp")).isEqualTo("timestamp(6)");
    assertThat(ReadableTable.trinoType("geometry")).isEqualTo("varbinary");
    assertThat(ReadableTable.trinoType("string")).isEqualTo("varchar");
  }

  private static DatasetColumn column(String name, String type) {
    return new DatasetColumn(name, type, null, null);
  }
}
