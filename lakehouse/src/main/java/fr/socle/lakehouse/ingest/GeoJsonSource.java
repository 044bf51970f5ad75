package fr.socle.lakehouse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKBWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GeoJSON FeatureCollection of any size, streamed with Jackson's parser one feature at a time. Properties become
 * columns (their names found by a first quick pass); the geometry becomes WKB in WGS84 (reprojected from the
 * {@code crs} member or the option, e.g. Lambert-93) with its bounding box, and longitude/latitude for points.
 */
final class GeoJsonSource implements Source {
  static final List<String> GEO_COLUMNS =
      List.of(Sources.GEOMETRY, "geo_xmin", "geo_ymin", "geo_xmax", "geo_ymax", "geo_lon", "geo_lat");
  // A geometry is read as a tree in the middle of the stream: what follows it is not an error.
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private final Path file;
  private final Map<String, Integer> properties;
  private final List<String> headers;
  private final @Nullable String crs;
  private final long totalBytes;

  private GeoJsonSource(Path file, Map<String, Integer> properties, @Nullable String crs, long totalBytes) {
    this.file = file;
    this.properties = properties;
    List<String> all = new ArrayList<>(properties.keySet());
    all.addAll(GEO_COLUMNS);
    this.headers = List.copyOf(all);
    this.crs = crs;
    this.totalBytes = totalBytes;
  }

  static GeoJsonSource open(Path file, ReadOptions read) throws IOException, IngestionException {
    Map<String, Integer> properties = new LinkedHashMap<>();
    String crs = null;
    boolean features = false;
    try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw malformed(Message.of("geojson.notACollection"));
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("crs") && value == JsonToken.START_OBJECT) {
          JsonNode node = JSON.readTree(parser);
          crs = node.path("properties").path("name").asString(null);
        } else if (name.equals("features") && value == JsonToken.START_ARRAY) {
          features = true;
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
              String member = parser.currentName();
              JsonToken token = parser.nextToken();
              if (member.equals("properties") && token == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                  properties.putIfAbsent(parser.currentName(), properties.size());
                  parser.nextToken();
                  parser.skipChildren();
                }
              } else {
                parser.skipChildren();
              }
            }
          }
        } else {
          parser.skipChildren();
        }
      }
    } catch (JacksonException e) {
      throw malformed(Message.of("geojson.malformed", e.getOriginalMessage()));
    }
    if (!features) {
      throw malformed(Message.of("geojson.noFeatures"));
    }
    String source = read.reprojectFrom() != null ? read.reprojectFrom() : crs;
    if (source != null) {
      Reprojection.from(source);
    }
    return new GeoJsonSource(file, properties, source, Files.size(file));
  }

  private static IngestionException malformed(Message message) {
    return new IngestionException(IngestionException.Code.MALFORMED_FILE, message);
  }

  @Override
  public List<String> headers() {
    return headers;
  }

  @Override
  public List<@Nullable ColumnType> nativeTypes() {
    List<@Nullable ColumnType> types = new ArrayList<>(Collections.nCopies(properties.size(), null));
    types.add(ColumnType.GEOMETRY);
    for (int i = 1; i < GEO_COLUMNS.size(); i++) {
      types.add(ColumnType.DOUBLE);
    }
    return types;
  }

  @Override
  public long totalBytes() {
    return totalBytes;
  }

  @Override
  public RowReader open() throws IOException, IngestionException {
    CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
    try {
      JsonParser parser = JSON.createParser(in);
      parser.nextToken();
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("features") && value == JsonToken.START_ARRAY) {
          return new Pass(in, parser, properties, crs == null ? null : Reprojection.from(crs));
        }
        parser.skipChildren();
      }
      throw malformed(Message.of("geojson.noFeatures"));
    } catch (JacksonException e) {
      in.close();
      throw malformed(Message.of("geojson.malformed", e.getOriginalMessage()));
    } catch (IngestionException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  private static final class Pass implements RowReader {
    private final CountingInputStream in;
    private final JsonParser parser;
    private final Map<String, Integer> properties;
    private final int geometryColumn;
    private final @Nullable Reprojection reprojection;
    private final GeometryFactory factory = new GeometryFactory();
    private final WKBWriter wkb = new WKBWriter(2);
    private long feature;
    private boolean done;

    Pass(CountingInputStream in, JsonParser parser, Map<String, Integer> properties,
        @Nullable Reprojection reprojection) {
      this.in = in;
      this.parser = parser;
      this.properties = properties;
      this.geometryColumn = properties.size();
      this.reprojection = reprojection;
    }

    @Override
    public boolean next(CellSink sink) throws IngestionException {
      if (done) {
        return false;
      }
      try {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          done = true;
          return false;
        }
        sink.startRow(++feature);
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String member = parser.currentName();
          JsonToken token = parser.nextToken();
          if (member.equals("properties") && token == JsonToken.START_OBJECT) {
            readProperties(sink);
          } else if (member.equals("geometry") && token == JsonToken.START_OBJECT) {
            JsonNode node = JSON.readTree(parser);
            writeGeometry(sink, node);
          } else {
            parser.skipChildren();
          }
        }
        sink.endRow();
        return true;
      } catch (JacksonException e) {
        throw malformed(Message.of("geojson.malformedFeature", feature, e.getOriginalMessage()));
      }
    }

    private void readProperties(CellSink sink) {
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        Integer column = properties.get(parser.currentName());
        JsonToken token = parser.nextToken();
        if (column == null) {
          parser.skipChildren();
          continue;
        }
        switch (token) {
          case VALUE_STRING -> sink.text(column, parser.getStringCharacters(), parser.getStringOffset(),
              parser.getStringLength());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> sink.text(column, parser.getString());
          case VALUE_TRUE -> sink.text(column, "true");
          case VALUE_FALSE -> sink.text(column, "false");
          case START_OBJECT, START_ARRAY -> sink.text(column, JSON.readTree(parser).toString());
          default -> {}
        }
      }
    }

    private void writeGeometry(CellSink sink, JsonNode node) {
      Geometry geometry;
      try {
        geometry = GeoJsonGeometries.read(node, factory);
      } catch (RuntimeException e) {
        // Passed on as text: the converter reports it as a row error on the geometry column.
        sink.text(geometryColumn, node.toString());
        return;
      }
      if (geometry == null) {
        return;
      }
      if (reprojection != null) {
        reprojection.apply(geometry);
      }
      sink.binary(geometryColumn, wkb.write(geometry));
      Envelope box = geometry.getEnvelopeInternal();
      if (!box.isNull()) {
        sink.number(geometryColumn + 1, box.getMinX());
        sink.number(geometryColumn + 2, box.getMinY());
        sink.number(geometryColumn + 3, box.getMaxX());
        sink.number(geometryColumn + 4, box.getMaxY());
      }
      // A shape's point is one inside it (a polygon's centroid may fall outside, a crescent's or a U's): what a
      // map's marker, ODS's geo_point_2d and a distance search stand on.
      Point point = geometry instanceof Point p ? p : geometry.getInteriorPoint();
      if (!point.isEmpty()) {
        sink.number(geometryColumn + 5, point.getX());
        sink.number(geometryColumn + 6, point.getY());
      }
    }

    @Override
    public long bytesRead() {
      return in.count();
    }

    @Override
    public void close() throws IOException {
      try {
        parser.close();
      } finally {
        in.close();
      }
    }
  }
}
