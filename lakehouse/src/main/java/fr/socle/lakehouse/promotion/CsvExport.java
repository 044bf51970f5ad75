package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.ingest.ColumnType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV, RFC 4180: UTF-8 without BOM, comma, CRLF, a header of column names, quotes only where needed. A text cell a
 * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return) is neutralised
 * with a leading apostrophe, as the Explore API's exports do by default (OWASP "CSV injection"); numbers, typed as
 * numbers, are never touched.
 */
final class CsvExport extends TextExport {
  CsvExport(ExportTarget file, List<String> names, List<ColumnType> types) {
    super(ExportFile.Format.CSV, file, names, types);
  }

  @Override
  void start() throws IOException {
    for (int c = 0; c < names.size(); c++) {
      if (c > 0) {
        out.write((byte) ',');
      }
      byte[] name = names.get(c).getBytes(StandardCharsets.UTF_8);
      field(name, 0, name.length, false);
    }
    out.write((byte) '\r');
    out.write((byte) '\n');
  }

  @Override
  void write(OutputBatch batch) throws IOException {
    int columns = names.size();
    for (int r = 0; r < batch.size(); r++) {
      for (int c = 0; c < columns; c++) {
        if (c > 0) {
          out.write((byte) ',');
        }
        if (!batch.isNull(c, r)) {
          byte[] bytes = batch.textBytes(c);
          int start = batch.textStart(c, r);
          int length = batch.textLength(c, r);
          if (types.get(c) == ColumnType.STRING && length > 0 && formulaLike(bytes[start])) {
            field(bytes, start, length, true);
          } else {
            field(bytes, start, length, false);
          }
        }
      }
      out.write((byte) '\r');
      out.write((byte) '\n');
      rows++;
    }
  }

  @Override
  void end() {}

  private static boolean formulaLike(byte first) {
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  }

  private void field(byte[] bytes, int start, int length, boolean neutralise) throws IOException {
    boolean quote = false;
    int quotes = 0;
    for (int i = start, end = start + length; i < end; i++) {
      byte b = bytes[i];
      if (b == '"') {
        quote = true;
        quotes++;
      } else if (b == ',' || b == '\n' || b == '\r') {
        quote = true;
      }
    }
    if (!quote) {
      if (neutralise) {
        out.write((byte) '\'');
      }
      out.write(bytes, start, length);
      return;
    }
    out.reserve(length + quotes + 3);
    byte[] buffer = out.buffer;
    int p = out.position;
    buffer[p++] = '"';
    if (neutralise) {
      buffer[p++] = '\'';
    }
    for (int i = start, end = start + length; i < end; i++) {
      if (bytes[i] == '"') {
        buffer[p++] = '"';
      }
      buffer[p++] = bytes[i];
    }
    buffer[p++] = '"';
    out.position = p;
  }
}
