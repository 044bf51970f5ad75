package fr.socle.portal.explore;

import java.io.StringWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** JTS geometries written as GeoJSON geometry objects (RFC 7946), coordinates as longitude, latitude. */
final class GeoJson {
  static final JsonFactory FACTORY = JsonFactory.builder().build();
  /** Root values one per line, for JSON Lines. */
  static final JsonFactory LINES = JsonFactory.builder().rootValueSeparator("\n").build();

  private GeoJson() {}

  static String toString(Geometry geometry) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      geometry(json, geometry);
    }
    return out.toString();
  }

  static void geometry(JsonGenerator json, Geometry geometry) {
    json.writeStartObject();
    json.writeName("type");
    json.writeString(geometry.getGeometryType());
    if (geometry instanceof GeometryCollection collection && !(geometry instanceof MultiPoint)
        && !(geometry instanceof MultiLineString) && !(geometry instanceof MultiPolygon)) {
      json.writeName("geometries");
      json.writeStartArray();
      for (int i = 0; i < collection.getNumGeometries(); i++) {
        geometry(json, collection.getGeometryN(i));
      }
      json.writeEndArray();
    } else {
      json.writeName("coordinates");
      coordinates(json, geometry);
    }
    json.writeEndObject();
  }

  private static void coordinates(JsonGenerator json, Geometry geometry) {
    switch (geometry) {
      case Point point -> position(json, point.getCoordinate());
      case LineString line -> positions(json, line.getCoordinates());
      case Polygon polygon -> {
        json.writeStartArray();
        positions(json, polygon.getExteriorRing().getCoordinates());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
          positions(json, polygon.getInteriorRingN(i).getCoordinates());
        }
        json.writeEndArray();
      }
      default -> {
        json.writeStartArray();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
          coordinates(json, geometry.getGeometryN(i));
        }
        json.writeEndArray();
      }
    }
  }

  private static void positions(JsonGenerator json, Coordinate[] coordinates) {
    json.writeStartArray();
    for (Coordinate coordinate : coordinates) {
      position(json, coordinate);
    }
    json.writeEndArray();
  }

  private static void position(JsonGenerator json, Coordinate coordinate) {
    json.writeStartArray();
    json.writeNumber(coordinate.getX());
    json.writeNumber(coordinate.getY());
    json.writeEndArray();
  }
}
