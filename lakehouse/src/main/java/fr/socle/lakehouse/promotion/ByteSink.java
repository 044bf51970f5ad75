package fr.socle.lakehouse.promotion;

import java.io.IOException;
import java.util.Arrays;

/**
 * Bytes written into a buffer that writers fill directly after {@link #reserve}: a file's output
 * ({@link DigestOutput}, which flushes) or a row's scratch ({@link Scratch}, which grows).
 */
abstract class ByteSink {
  byte[] buffer;
  int position;

  ByteSink(int size) {
    this.buffer = new byte[size];
  }

  /** Makes room for {@code length} bytes at {@link #position}. */
  abstract void reserve(int length) throws IOException;

  void write(byte b) throws IOException {
    if (position == buffer.length) {
      reserve(1);
    }
    buffer[position++] = b;
  }

  void write(byte[] bytes) throws IOException {
    write(bytes, 0, bytes.length);
  }

  void write(byte[] bytes, int offset, int length) throws IOException {
    reserve(length);
    System.arraycopy(bytes, offset, buffer, position, length);
    position += length;
  }

  /** A growing buffer for one row's encoding, copied into several outputs. */
  static final class Scratch extends ByteSink {
    Scratch() {
      super(4096);
    }

    @Override
    void reserve(int length) {
      if (position + length > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, position + length));
      }
    }

    void clear() {
      position = 0;
    }
  }
}
