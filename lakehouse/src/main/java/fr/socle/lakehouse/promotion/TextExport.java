package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.ingest.ColumnType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The text exports of a version (CSV, JSON, GeoJSON), written from the published rows' text as the rows go by:
 * UTF-8, values exactly as the gate read them. A file is registered only once the version is committed; until then
 * it is just a file under the promotion's own prefix, removed with it if the promotion does not commit.
 */
abstract sealed class TextExport permits CsvExport, JsonExport, GeoJsonExport {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  final ExportFile.Format format;
  final String location;
  final DigestOutput out;
  final List<String> names;
  final List<ColumnType> types;
  long rows;

  TextExport(ExportFile.Format format, ExportTarget file, List<String> names, List<ColumnType> types) {
    this.format = format;
    this.location = file.location();
    this.out = new DigestOutput(file.open());
    this.names = List.copyOf(names);
    this.types = List.copyOf(types);
  }

  abstract void start() throws IOException;

  abstract void write(OutputBatch batch) throws IOException;

  abstract void end() throws IOException;

  ExportFile finish() throws IOException {
    end();
    String sha256 = out.finish();
    return new ExportFile(format, location, out.bytes(), sha256, rows);
  }

  void abort() {
    try {
      out.close();
    } catch (IOException | RuntimeException e) {
      // The file is deleted with the promotion's prefix.
    }
  }

  /** Where an export goes: its location and how to open it. */
  record ExportTarget(String location, java.util.function.Supplier<java.io.OutputStream> opener) {
    java.io.OutputStream open() {
      return opener.get();
    }
  }

  /** A JSON string: quotes, backslashes and control characters escaped, UTF-8 as it is. */
  static void jsonString(ByteSink out, byte[] bytes, int start, int length) throws IOException {
    int end = start + length;
    int clean = start;
    while (clean < end) {
      byte c = bytes[clean];
      if (c == '"' || c == '\\' || (c >= 0 && c < 0x20)) {
        break;
      }
      clean++;
    }
    if (clean == end) {
      // Almost every value: nothing to escape, one copy between the quotes.
      out.reserve(length + 2);
      byte[] b = out.buffer;
      int p = out.position;
      b[p++] = '"';
      System.arraycopy(bytes, start, b, p, length);
      p += length;
      b[p++] = '"';
      out.position = p;
      return;
    }
    out.reserve(length * 6 + 2);
    byte[] b = out.buffer;
    int p = out.position;
    b[p++] = '"';
    System.arraycopy(bytes, start, b, p, clean - start);
    p += clean - start;
    for (int i = clean; i < end; i++) {
      byte c = bytes[i];
      if (c == '"' || c == '\\') {
        b[p++] = '\\';
        b[p++] = c;
      } else if (c >= 0 && c < 0x20) {
        b[p++] = '\\';
        switch (c) {
          case '\n' -> b[p++] = 'n';
          case '\r' -> b[p++] = 'r';
          case '\t' -> b[p++] = 't';
          default -> {
            b[p++] = 'u';
            b[p++] = '0';
            b[p++] = '0';
            b[p++] = HEX[c >> 4];
            b[p++] = HEX[c & 0xf];
          }
        }
      } else {
        b[p++] = c;
      }
    }
    b[p++] = '"';
    out.position = p;
  }

  /** A value of the batch as a JSON value: numbers and booleans bare, everything else a string, null as null. */
  final void jsonValue(OutputBatch batch, int c, int r) throws IOException {
    jsonValue(out, batch, c, r);
  }

  final void jsonValue(ByteSink out, OutputBatch batch, int c, int r) throws IOException {
    if (batch.isNull(c, r)) {
      out.write(NULL);
      return;
    }
    byte[] bytes = batch.textBytes(c);
    int start = batch.textStart(c, r);
    int length = batch.textLength(c, r);
    switch (types.get(c)) {
      case LONG, BOOLEAN -> out.write(bytes, start, length);
      case DOUBLE -> {
        if (finite(bytes, start, length)) {
          out.write(bytes, start, length);
        } else {
          out.write(NULL);
        }
      }
      default -> jsonString(out, bytes, start, length);
    }
  }

  /** Column names as JSON keys with their colon, ready to copy. */
  static byte[][] keys(List<String> names) {
    byte[][] keys = new byte[names.size()][];
    for (int i = 0; i < names.size(); i++) {
      keys[i] = ("\"" + names.get(i).replace("\\", "\\\\").replace("\"", "\\\"") + "\":")
          .getBytes(StandardCharsets.UTF_8);
    }
    return keys;
  }

  private static boolean finite(byte[] bytes, int start, int length) {
    byte first = bytes[start];
    return first != 'N' && first != 'I' && !(first == '-' && length > 1 && bytes[start + 1] == 'I');
  }

  static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
