package fr.socle.lakehouse.promotion;

/**
 * SipHash-2-4 over 64-bit words: a keyed pseudo-random function (Aumasson and Bernstein). Record ids are the
 * SipHash of a row's values under the data space's secret key, so they are stable, and a guess of a hidden value
 * cannot be tested against a published id without the key.
 */
final class SipHash {
  private final long k0;
  private final long k1;
  private long v0;
  private long v1;
  private long v2;
  private long v3;
  private int words;

  SipHash(byte[] key) {
    if (key.length != 16) {
      throw new IllegalArgumentException("a SipHash key has 16 bytes");
    }
    this.k0 = littleEndian(key, 0);
    this.k1 = littleEndian(key, 8);
    reset();
  }

  SipHash reset() {
    v0 = k0 ^ 0x736f6d6570736575L;
    v1 = k1 ^ 0x646f72616e646f6dL;
    v2 = k0 ^ 0x6c7967656e657261L;
    v3 = k1 ^ 0x7465646279746573L;
    words = 0;
    return this;
  }

  SipHash add(long m) {
    v3 ^= m;
    round();
    round();
    v0 ^= m;
    words++;
    return this;
  }

  long finish() {
    long b = ((long) (words * 8) & 0xff) << 56;
    v3 ^= b;
    round();
    round();
    v0 ^= b;
    v2 ^= 0xff;
    round();
    round();
    round();
    round();
    long hash = v0 ^ v1 ^ v2 ^ v3;
    reset();
    return hash;
  }

  private void round() {
    v0 += v1;
    v1 = Long.rotateLeft(v1, 13);
    v1 ^= v0;
    v0 = Long.rotateLeft(v0, 32);
    v2 += v3;
    v3 = Long.rotateLeft(v3, 16);
    v3 ^= v2;
    v0 += v3;
    v3 = Long.rotateLeft(v3, 21);
    v3 ^= v0;
    v2 += v1;
    v1 = Long.rotateLeft(v1, 17);
    v1 ^= v2;
    v2 = Long.rotateLeft(v2, 32);
  }

  static long littleEndian(byte[] b, int at) {
    long value = 0;
    for (int i = 7; i >= 0; i--) {
      value = (value << 8) | (b[at + i] & 0xffL);
    }
    return value;
  }
}
