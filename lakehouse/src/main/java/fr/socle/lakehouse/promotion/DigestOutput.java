package fr.socle.lakehouse.promotion;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A buffered output to a file of the tier's storage that counts its bytes and computes their SHA-256 as they go,
 * one large buffer at a time. Writers put bytes straight into {@link #buffer} after {@link #reserve}.
 */
final class DigestOutput extends ByteSink implements Closeable {
  private static final int SIZE = 1 << 20;

  private final OutputStream out;
  private final MessageDigest digest;
  private long flushed;
  private boolean closed;

  DigestOutput(OutputStream out) {
    super(SIZE);
    this.out = out;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  void reserve(int length) throws IOException {
    if (position + length > buffer.length) {
      flush();
      if (length > buffer.length) {
        buffer = new byte[length];
      }
    }
  }

  @Override
  void write(byte[] bytes, int offset, int length) throws IOException {
    if (length > buffer.length - position) {
      flush();
      if (length > buffer.length) {
        digest.update(bytes, offset, length);
        out.write(bytes, offset, length);
        flushed += length;
        return;
      }
    }
    System.arraycopy(bytes, offset, buffer, position, length);
    position += length;
  }

  private void flush() throws IOException {
    if (position > 0) {
      digest.update(buffer, 0, position);
      out.write(buffer, 0, position);
      flushed += position;
      position = 0;
    }
  }

  long bytes() {
    return flushed + position;
  }

  /** Flushes, closes and returns the SHA-256 in hexadecimal. */
  String finish() throws IOException {
    flush();
    out.close();
    closed = true;
    return HexFormat.of().formatHex(digest.digest());
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      out.close();
    }
  }
}
