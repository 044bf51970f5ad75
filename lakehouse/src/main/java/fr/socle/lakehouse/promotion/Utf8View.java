package fr.socle.lakehouse.promotion;

import java.nio.charset.StandardCharsets;

/**
 * Text of a value held as UTF-8 bytes, for the detectors: a reusable view without copy when the bytes are ASCII
 * (codes, numbers, dates, most identifiers), a decoded string otherwise. One instance per column: a view is valid
 * until the next {@link #of} on the same instance.
 */
final class Utf8View implements CharSequence {
  private byte[] bytes = new byte[0];
  private int start;
  private int length;

  private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
      long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  CharSequence of(byte[] source, int from, int count) {
    int i = from;
    int end = from + count;
    for (; i + 8 <= end; i += 8) {
      if (((long) LONGS.get(source, i) & 0x8080808080808080L) != 0) {
        return new String(source, from, count, StandardCharsets.UTF_8);
      }
    }
    for (; i < end; i++) {
      if (source[i] < 0) {
        return new String(source, from, count, StandardCharsets.UTF_8);
      }
    }
    this.bytes = source;
    this.start = from;
    this.length = count;
    return this;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    return (char) bytes[start + index];
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    return toString().substring(from, to);
  }

  @Override
  public String toString() {
    return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
  }
}
