package fr.socle.lakehouse.ingest;

import java.util.Arrays;
import java.util.List;

/**
 * A block of rows held column by column in primitive arrays, filled by the reading thread and written by the
 * writing thread, then reused: the load's memory does not depend on the file's size. Text and binary values are
 * UTF-8 bytes packed in one growing array per column. The public methods serve other writers of data files (the
 * promotion to the open tier): fill a row with {@link #startRow}, the {@code put} methods and {@link #endRow}.
 */
public final class ColumnBatch {
  final int capacity;
  final ColumnType[] types;
  final boolean[][] nulls;
  final long[][] longs;
  final double[][] doubles;
  final int[][] ints;
  final boolean[][] booleans;
  final byte[][] bytes;
  final int[][] starts;
  final int[][] lengths;
  final int[] used;
  int size;

  public ColumnBatch(List<ColumnType> columnTypes, int capacity) {
    this.capacity = capacity;
    int n = columnTypes.size();
    this.types = columnTypes.toArray(ColumnType[]::new);
    this.nulls = new boolean[n][capacity];
    this.longs = new long[n][];
    this.doubles = new double[n][];
    this.ints = new int[n][];
    this.booleans = new boolean[n][];
    this.bytes = new byte[n][];
    this.starts = new int[n][];
    this.lengths = new int[n][];
    this.used = new int[n];
    for (int c = 0; c < n; c++) {
      switch (types[c]) {
        case LONG, TIMESTAMP -> longs[c] = new long[capacity];
        case DOUBLE -> doubles[c] = new double[capacity];
        case DATE -> ints[c] = new int[capacity];
        case BOOLEAN -> booleans[c] = new boolean[capacity];
        case STRING, GEOMETRY -> {
          bytes[c] = new byte[capacity * 16];
          starts[c] = new int[capacity];
          lengths[c] = new int[capacity];
        }
      }
    }
  }

  public int columnCount() {
    return types.length;
  }

  public boolean full() {
    return size == capacity;
  }

  public void clear() {
    size = 0;
    Arrays.fill(used, 0);
  }

  public int size() {
    return size;
  }

  public int capacity() {
    return capacity;
  }

  public ColumnType type(int column) {
    return types[column];
  }

  public boolean isNull(int column, int row) {
    return nulls[column][row];
  }

  public long getLong(int column, int row) {
    return longs[column][row];
  }

  public double getDouble(int column, int row) {
    return doubles[column][row];
  }

  /** A DATE as days since 1970-01-01. */
  public int getInt(int column, int row) {
    return ints[column][row];
  }

  public boolean getBoolean(int column, int row) {
    return booleans[column][row];
  }

  /** The packed bytes of a STRING or GEOMETRY column: a value is {@code [start(c, r), start + length(c, r))}. */
  public byte[] bytes(int column) {
    return bytes[column];
  }

  public int start(int column, int row) {
    return starts[column][row];
  }

  public int length(int column, int row) {
    return lengths[column][row];
  }

  /** Ends the row being filled. */
  public void endRow() {
    size++;
  }

  public void putLong(int column, long value) {
    longs[column][size] = value;
    nulls[column][size] = false;
  }

  public void putDouble(int column, double value) {
    doubles[column][size] = value;
    nulls[column][size] = false;
  }

  public void putInt(int column, int value) {
    ints[column][size] = value;
    nulls[column][size] = false;
  }

  public void putBoolean(int column, boolean value) {
    booleans[column][size] = value;
    nulls[column][size] = false;
  }

  /** Sets the number of rows, when columns were filled one by one with the {@code set} methods. */
  public void setSize(int rows) {
    if (rows < 0 || rows > capacity) {
      throw new IllegalArgumentException("0 <= rows <= capacity");
    }
    size = rows;
  }

  /**
   * Keeps the rows whose flag is set, in order, and drops the others; returns, for each row kept, its position
   * before. Text stays where it is in the packed arrays (only its start and length move).
   */
  public int[] retainRows(boolean[] keep) {
    int[] from = new int[size];
    int kept = 0;
    for (int r = 0; r < size; r++) {
      if (keep[r]) {
        from[kept++] = r;
      }
    }
    for (int c = 0; c < types.length; c++) {
      for (int i = 0; i < kept; i++) {
        int r = from[i];
        nulls[c][i] = nulls[c][r];
        switch (types[c]) {
          case LONG, TIMESTAMP -> longs[c][i] = longs[c][r];
          case DOUBLE -> doubles[c][i] = doubles[c][r];
          case DATE -> ints[c][i] = ints[c][r];
          case BOOLEAN -> booleans[c][i] = booleans[c][r];
          case STRING, GEOMETRY -> {
            starts[c][i] = starts[c][r];
            lengths[c][i] = lengths[c][r];
          }
        }
      }
    }
    size = kept;
    return Arrays.copyOf(from, kept);
  }

  public void setNull(int column, int row) {
    nulls[column][row] = true;
  }

  public void setLong(int column, int row, long value) {
    longs[column][row] = value;
    nulls[column][row] = false;
  }

  public void setDouble(int column, int row, double value) {
    doubles[column][row] = value;
    nulls[column][row] = false;
  }

  public void setInt(int column, int row, int value) {
    ints[column][row] = value;
    nulls[column][row] = false;
  }

  public void setBoolean(int column, int row, boolean value) {
    booleans[column][row] = value;
    nulls[column][row] = false;
  }

  /** The bytes of a STRING or GEOMETRY value of any row, packed after the column's previous values. */
  public void setBytes(int column, int row, byte[] value, int offset, int length) {
    int at = reserve(column, length);
    System.arraycopy(value, offset, bytes[column], at, length);
    starts[column][row] = at;
    lengths[column][row] = length;
    used[column] = at + length;
    nulls[column][row] = false;
  }

  public void putBytes(int column, byte[] value, int offset, int length) {
    int at = reserve(column, length);
    System.arraycopy(value, offset, bytes[column], at, length);
    commitBytes(column, at, length);
  }

  ColumnBatch clearAndReturn() {
    clear();
    return this;
  }

  /** Marks every cell of the row being filled as null, before its cells arrive. */
  public void startRow() {
    int r = size;
    for (int c = 0; c < types.length; c++) {
      nulls[c][r] = true;
    }
  }

  public void putBytes(int column, byte[] value) {
    int at = reserve(column, value.length);
    System.arraycopy(value, 0, bytes[column], at, value.length);
    commitBytes(column, at, value.length);
  }

  /** Encodes a slice of chars as UTF-8 into the column's byte array. */
  void putText(int column, char[] buffer, int offset, int length) {
    int at = reserve(column, length * 3);
    byte[] out = bytes[column];
    int p = at;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = buffer[i];
      if (c < 0x80) {
        out[p++] = (byte) c;
      } else if (c < 0x800) {
        out[p++] = (byte) (0xC0 | (c >> 6));
        out[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(buffer[i + 1])) {
        int cp = Character.toCodePoint(c, buffer[++i]);
        out[p++] = (byte) (0xF0 | (cp >> 18));
        out[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[p++] = (byte) (0x80 | (cp & 0x3F));
      } else if (Character.isSurrogate(c)) {
        out[p++] = (byte) '?';
      } else {
        out[p++] = (byte) (0xE0 | (c >> 12));
        out[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    commitBytes(column, at, p - at);
  }

  private int reserve(int column, int extra) {
    int at = used[column];
    byte[] current = bytes[column];
    if (at + extra > current.length) {
      bytes[column] = Arrays.copyOf(current, Math.max(current.length * 2, at + extra));
    }
    return at;
  }

  private void commitBytes(int column, int at, int length) {
    int r = size;
    starts[column][r] = at;
    lengths[column][r] = length;
    used[column] = at + length;
    nulls[column][r] = false;
  }
}
