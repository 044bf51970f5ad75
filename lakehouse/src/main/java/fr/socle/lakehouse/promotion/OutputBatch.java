package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.ingest.ColumnBatch;
import fr.socle.lakehouse.ingest.ColumnType;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Published rows, twice: typed values for the Parquet data file, and the text of every value (for text columns,
 * their bytes themselves) for the gate and the text exports, computed once. Handed to several writers at once and
 * reused when the last one releases it.
 */
final class OutputBatch {
  final ColumnBatch values;
  private final byte[][] text;
  private final int[][] textStart;
  private final int[][] textLength;
  private final int[] textUsed;
  private final Utf8View[] views;
  final AtomicInteger holders = new AtomicInteger();

  OutputBatch(List<ColumnType> types, int capacity) {
    this.values = new ColumnBatch(types, capacity);
    int n = types.size();
    this.text = new byte[n][];
    this.textStart = new int[n][];
    this.textLength = new int[n][];
    this.textUsed = new int[n];
    this.views = new Utf8View[n];
    for (int c = 0; c < n; c++) {
      views[c] = new Utf8View();
      if (types.get(c) != ColumnType.STRING) {
        text[c] = new byte[capacity * 12];
        textStart[c] = new int[capacity];
        textLength[c] = new int[capacity];
      }
    }
  }

  int size() {
    return values.size();
  }

  ColumnType type(int column) {
    return values.type(column);
  }

  void clear() {
    values.clear();
    Arrays.fill(textUsed, 0);
  }

  boolean isNull(int column, int row) {
    return values.isNull(column, row);
  }

  /** The bytes holding the text of the column's values. */
  byte[] textBytes(int column) {
    return text[column] == null ? values.bytes(column) : text[column];
  }

  int textStart(int column, int row) {
    return text[column] == null ? values.start(column, row) : textStart[column][row];
  }

  int textLength(int column, int row) {
    return text[column] == null ? values.length(column, row) : textLength[column][row];
  }

  /** The value's text for the detectors; valid until the next call for the same column. */
  @Nullable CharSequence gateText(int column, int row) {
    if (values.isNull(column, row)) {
      return null;
    }
    return views[column].of(textBytes(column), textStart(column, row), textLength(column, row));
  }

  /** Room for {@code length} bytes of text of a non-text column; returns where to write. */
  int reserveText(int column, int length) {
    int at = textUsed[column];
    if (at + length > text[column].length) {
      text[column] = Arrays.copyOf(text[column], Math.max(text[column].length * 2, at + length));
    }
    return at;
  }

  byte[] textBuffer(int column) {
    return text[column];
  }

  void commitText(int column, int row, int at, int end) {
    textStart[column][row] = at;
    textLength[column][row] = end - at;
    textUsed[column] = end;
  }

  void setText(int column, int row, byte[] source, int offset, int length) {
    int at = reserveText(column, length);
    System.arraycopy(source, offset, text[column], at, length);
    commitText(column, row, at, at + length);
  }

  /** Keeps the flagged rows (small-group suppression); returns each kept row's former position. */
  int[] retainRows(boolean[] keep) {
    int rows = values.size();
    int[] from = values.retainRows(keep);
    for (int c = 0; c < text.length; c++) {
      if (text[c] == null) {
        continue;
      }
      for (int i = 0; i < from.length; i++) {
        textStart[c][i] = textStart[c][from[i]];
        textLength[c][i] = textLength[c][from[i]];
      }
    }
    assert from.length <= rows;
    return from;
  }
}
