package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.ingest.ColumnType;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * JSON: an array of objects, one per row and per line, keys the column names. When the rows have a geometry, the
 * GeoJSON export is written by the same thread from the same encoding of each row (its properties).
 */
final class JsonExport extends TextExport {
  private static final byte[] OPEN = ascii("[\n");
  private static final byte[] BETWEEN = ascii(",\n");
  private static final byte[] CLOSE = ascii("\n]\n");
  private static final byte[] EMPTY = ascii("]\n");
  private final byte[][] keys;
  private final @Nullable GeoJsonExport geojson;
  private final int geometryColumn;
  private final ByteSink.Scratch row = new ByteSink.Scratch();
  private final ByteSink.Scratch properties = new ByteSink.Scratch();

  JsonExport(ExportTarget file, List<String> names, List<ColumnType> types, @Nullable GeoJsonExport geojson) {
    super(ExportFile.Format.JSON, file, names, types);
    this.keys = keys(names);
    this.geojson = geojson;
    this.geometryColumn = geojson != null && geojson.source() instanceof GeoJsonExport.Source.Wkb wkb
        ? wkb.column() : -1;
  }

  @Nullable GeoJsonExport geojson() {
    return geojson;
  }

  @Override
  void start() throws IOException {
    out.write(OPEN);
    if (geojson != null) {
      geojson.start();
    }
  }

  @Override
  void write(OutputBatch batch) throws IOException {
    for (int r = 0; r < batch.size(); r++) {
      object(row, batch, r, -1);
      if (rows > 0) {
        out.write(BETWEEN);
      }
      out.write(row.buffer, 0, row.position);
      if (geojson != null) {
        if (geometryColumn < 0) {
          geojson.feature(batch, r, row);
        } else {
          object(properties, batch, r, geometryColumn);
          geojson.feature(batch, r, properties);
        }
      }
      rows++;
    }
  }

  private void object(ByteSink.Scratch target, OutputBatch batch, int r, int skip) throws IOException {
    target.clear();
    target.write((byte) '{');
    boolean first = true;
    for (int c = 0; c < keys.length; c++) {
      if (c == skip) {
        continue;
      }
      if (!first) {
        target.write((byte) ',');
      }
      first = false;
      target.write(keys[c]);
      jsonValue(target, batch, c, r);
    }
    target.write((byte) '}');
  }

  @Override
  void end() throws IOException {
    out.write(rows == 0 ? EMPTY : CLOSE);
  }

  @Override
  void abort() {
    super.abort();
    if (geojson != null) {
      geojson.abort();
    }
  }
}
