package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.ingest.ColumnType;
import java.io.IOException;
import java.util.List;
import org.apache.iceberg.io.OutputFile;

/** JSON: an array of objects, one per row and per line, keys the column names. */
final class JsonExport extends TextExport {
  private static final byte[] OPEN = ascii("[\n");
  private static final byte[] BETWEEN = ascii(",\n");
  private static final byte[] CLOSE = ascii("\n]\n");
  private static final byte[] EMPTY = ascii("]\n");
  private final byte[][] keys;

  JsonExport(OutputFile file, List<String> names, List<ColumnType> types) {
    super(ExportFile.Format.JSON, file, names, types);
    this.keys = keys(names);
  }

  @Override
  void start() throws IOException {
    out.write(OPEN);
  }

  @Override
  void write(OutputBatch batch) throws IOException {
    for (int r = 0; r < batch.size(); r++) {
      if (rows > 0) {
        out.write(BETWEEN);
      }
      out.write((byte) '{');
      for (int c = 0; c < keys.length; c++) {
        if (c > 0) {
          out.write((byte) ',');
        }
        out.write(keys[c]);
        jsonValue(batch, c, r);
      }
      out.write((byte) '}');
      rows++;
    }
  }

  @Override
  void end() throws IOException {
    out.write(rows == 0 ? EMPTY : CLOSE);
  }
}
