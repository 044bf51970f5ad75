package fr.socle.lakehouse.ingest;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;

/**
 * A GeoJSON geometry object (RFC 7946) as a JTS geometry: what a GeoJSON file's features hold, and what ODSQL
 * accepts besides WKT in {@code geom'…'}. Coordinates are taken as they are written (no reprojection here).
 */
public final class GeoJsonGeometries {
  private GeoJsonGeometries() {}

  /**
   * The geometry, or an {@link IllegalArgumentException} saying why it is not one.
   *
   * @throws IllegalArgumentException an unknown type, a position of fewer than two numbers, a ring not closed…
   */
  public static Geometry read(JsonNode node, GeometryFactory factory) {
    String type = node.path("type").asString("");
    JsonNode coordinates = node.path("coordinates");
    return switch (type) {
      case "Point" -> factory.createPoint(coordinate(coordinates));
      case "MultiPoint" -> factory.createMultiPointFromCoords(coordinates(coordinates));
      case "LineString" -> factory.createLineString(coordinates(coordinates));
      case "MultiLineString" -> factory.createMultiLineString(
          coordinates.values().stream().map(line -> factory.createLineString(coordinates(line)))
              .toArray(LineString[]::new));
      case "Polygon" -> polygon(coordinates, factory);
      case "MultiPolygon" -> factory.createMultiPolygon(
          coordinates.values().stream().map(rings -> polygon(rings, factory)).toArray(Polygon[]::new));
      case "GeometryCollection" -> factory.createGeometryCollection(
          node.path("geometries").values().stream().map(g -> read(g, factory)).toArray(Geometry[]::new));
      default -> throw new IllegalArgumentException("type de géométrie inconnu : " + type);
    };
  }

  private static Polygon polygon(JsonNode rings, GeometryFactory factory) {
    List<LinearRing> all = rings.values().stream().map(ring -> factory.createLinearRing(coordinates(ring)))
        .toList();
    if (all.isEmpty()) {
      throw new IllegalArgumentException("polygone sans contour");
    }
    return factory.createPolygon(all.getFirst(), all.subList(1, all.size()).toArray(LinearRing[]::new));
  }

  private static Coordinate[] coordinates(JsonNode array) {
    return array.values().stream().map(GeoJsonGeometries::coordinate).toArray(Coordinate[]::new);
  }

  private static Coordinate coordinate(JsonNode position) {
    if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
      throw new IllegalArgumentException("position invalide : " + position);
    }
    return new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
  }
}
