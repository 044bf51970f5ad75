package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.ingest.ColumnBatch;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKTWriter;

/**
 * Writes the text of a source value into an output batch's text, and reads a source value as a Java string (for
 * the policies' transformations). Doubles repeat a lot once generalised (grid centres): their text is kept in a
 * small direct-mapped memo.
 */
final class ValueTexts {
  private static final int MEMO = 1024;
  private final long[] doubleKeys = new long[MEMO];
  private final byte[][] doubleTexts = new byte[MEMO][];
  private final WKBReader wkb = new WKBReader();
  private final WKTWriter wkt = new WKTWriter();

  void writeLong(OutputBatch out, int c, int r, long value) {
    int at = out.reserveText(c, TextForms.MAX_LENGTH);
    out.commitText(c, r, at, TextForms.writeLong(value, out.textBuffer(c), at));
  }

  void writeDate(OutputBatch out, int c, int r, int days) {
    int at = out.reserveText(c, TextForms.MAX_LENGTH);
    out.commitText(c, r, at, TextForms.writeDate(days, out.textBuffer(c), at));
  }

  void writeTimestamp(OutputBatch out, int c, int r, long micros) {
    int at = out.reserveText(c, TextForms.MAX_LENGTH);
    out.commitText(c, r, at, TextForms.writeTimestamp(micros, out.textBuffer(c), at));
  }

  void writeBoolean(OutputBatch out, int c, int r, boolean value) {
    int at = out.reserveText(c, TextForms.MAX_LENGTH);
    out.commitText(c, r, at, TextForms.writeBoolean(value, out.textBuffer(c), at));
  }

  void writeDouble(OutputBatch out, int c, int r, double value) {
    byte[] text = doubleText(value);
    out.setText(c, r, text, 0, text.length);
  }

  /** A geometry's WKT, for the detectors and the text exports (the data file keeps the WKB). */
  void writeGeometry(OutputBatch out, int c, int r, byte[] bytes, int start, int length) {
    byte[] text = geometryText(bytes, start, length).getBytes(StandardCharsets.UTF_8);
    out.setText(c, r, text, 0, text.length);
  }

  byte[] doubleText(double value) {
    long bits = Double.doubleToRawLongBits(value);
    int slot = (int) (bits ^ (bits >>> 29) ^ (bits >>> 47)) & (MEMO - 1);
    byte[] text = doubleTexts[slot];
    if (text == null || doubleKeys[slot] != bits) {
      text = DecimalText.of(value).getBytes(StandardCharsets.US_ASCII);
      doubleKeys[slot] = bits;
      doubleTexts[slot] = text;
    }
    return text;
  }

  /** The source value as text, or null. */
  @Nullable String string(ColumnBatch batch, int c, int r) {
    if (batch.isNull(c, r)) {
      return null;
    }
    byte[] buffer = new byte[TextForms.MAX_LENGTH];
    return switch (batch.type(c)) {
      case STRING -> new String(batch.bytes(c), batch.start(c, r), batch.length(c, r), StandardCharsets.UTF_8);
      case GEOMETRY -> geometryText(batch.bytes(c), batch.start(c, r), batch.length(c, r));
      case LONG -> ascii(buffer, TextForms.writeLong(batch.getLong(c, r), buffer, 0));
      case TIMESTAMP -> ascii(buffer, TextForms.writeTimestamp(batch.getLong(c, r), buffer, 0));
      case DATE -> ascii(buffer, TextForms.writeDate(batch.getInt(c, r), buffer, 0));
      case BOOLEAN -> batch.getBoolean(c, r) ? "true" : "false";
      case DOUBLE -> DecimalText.of(batch.getDouble(c, r));
    };
  }

  private String geometryText(byte[] bytes, int start, int length) {
    byte[] copy = start == 0 && length == bytes.length ? bytes : java.util.Arrays.copyOfRange(bytes, start,
        start + length);
    try {
      Geometry geometry = wkb.read(copy);
      return wkt.write(geometry);
    } catch (ParseException e) {
      return "";
    }
  }

  private static String ascii(byte[] buffer, int end) {
    return new String(buffer, 0, end, StandardCharsets.US_ASCII);
  }
}
