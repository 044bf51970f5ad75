package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.ingest.ColumnBatch;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The keyed hash of a source row's identifying values: the decision's key columns, or else the source values of the
 * published columns (before occultation, so that rows which only look alike once generalised keep ids of their
 * own). Each value is reduced to a 64-bit word (text through a fast unkeyed hash), the words are folded into a
 * 128-bit digest, and the digest goes through SipHash under the secret key: the id depends on the values only,
 * never on where the row sits in the table, and without the key a guess of the values cannot be checked against
 * it. (Collisions of the unkeyed part only give identical rows' occurrence suffixes: ids stay unique.)
 */
final class RowHasher {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NULL = 0x6e756c6c6e756c6cL;

  private final int[] columns;
  private final SipHash sip;

  /** @param columns the positions, in the source batch, of the identifying columns, in a fixed (name) order */
  RowHasher(int[] columns, byte[] key) {
    this.columns = columns.clone();
    this.sip = new SipHash(key);
  }

  long hash(ColumnBatch batch, int row) {
    long a = 0x243F6A8885A308D3L;
    long b = 0x13198A2E03707344L;
    for (int c : columns) {
      long w = word(batch, c, row);
      a = fold(a ^ w);
      b = Long.rotateLeft(b ^ w, 23) * 0x9E3779B97F4A7C15L;
    }
    return sip.add(a).add(b).finish();
  }

  /** A digest of a row's values in the given columns (unkeyed: only to tell whether they changed). */
  static int digest(ColumnBatch batch, int[] columns, int row) {
    long h = 0x243F6A8885A308D3L;
    for (int c : columns) {
      h = fold(h ^ word(batch, c, row));
    }
    return (int) (h ^ (h >>> 32));
  }

  private static long word(ColumnBatch batch, int c, int row) {
    if (batch.isNull(c, row)) {
      return NULL;
    }
    return switch (batch.type(c)) {
      case LONG, TIMESTAMP -> batch.getLong(c, row);
      case DOUBLE -> {
        double v = batch.getDouble(c, row);
        yield v == 0 ? 0 : Double.doubleToLongBits(v);
      }
      case DATE -> batch.getInt(c, row);
      case BOOLEAN -> batch.getBoolean(c, row) ? 1 : 2;
      case STRING, GEOMETRY -> bytes(batch.bytes(c), batch.start(c, row), batch.length(c, row));
    };
  }

  /** A fast 64-bit hash of bytes (multiply and fold, 8 bytes at a time); strength comes from SipHash after it. */
  static long bytes(byte[] b, int start, int length) {
    long h = 0x9E3779B97F4A7C15L ^ (length * 0xC2B2AE3D27D4EB4FL);
    int i = start;
    int end = start + length;
    for (; i + 8 <= end; i += 8) {
      h = fold(h ^ (long) LONGS.get(b, i));
    }
    long tail = 0;
    for (int shift = 0; i < end; i++, shift += 8) {
      tail |= (b[i] & 0xffL) << shift;
    }
    return fold(h ^ tail ^ 0x165667B19E3779F9L);
  }

  private static long fold(long x) {
    long product = x * 0xBF58476D1CE4E5B9L;
    long high = Math.multiplyHigh(x, 0xBF58476D1CE4E5B9L);
    return product ^ high ^ (x >>> 29);
  }
}
