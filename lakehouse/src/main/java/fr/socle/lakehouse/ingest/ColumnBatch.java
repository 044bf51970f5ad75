package fr.socle.lakehouse.ingest;

import java.util.Arrays;
import java.util.List;

/**
 * A block of rows held column by column in primitive arrays, filled by the reading thread and written by the
 * writing thread, then reused: the load's memory does not depend on the file's size. Text and binary values are
 * UTF-8 bytes packed in one growing array per column.
 */
final class ColumnBatch {
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

  ColumnBatch(List<ColumnType> columnTypes, int capacity) {
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

  int columnCount() {
    return types.length;
  }

  boolean full() {
    return size == capacity;
  }

  void clear() {
    size = 0;
    Arrays.fill(used, 0);
  }

  ColumnBatch clearAndReturn() {
    clear();
    return this;
  }

  /** Marks every cell of the row being filled as null, before its cells arrive. */
  void startRow() {
    int r = size;
    for (int c = 0; c < types.length; c++) {
      nulls[c][r] = true;
    }
  }

  void putBytes(int column, byte[] value) {
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
