package fr.socle.lakehouse.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * SplitMix64, written out here rather than borrowed from the JDK so that a seed gives the same town on every JDK
 * and platform: the algorithm is fixed, and the only floating-point functions used are {@link StrictMath}'s.
 * Each dataset draws from a stream of its own, so adding a column to one dataset does not change the others.
 */
final class DemoRandom {
  private long state;

  private DemoRandom(long state) {
    this.state = state;
  }

  /** The stream named {@code stream} of the town seeded with {@code seed}. */
  static DemoRandom stream(long seed, String stream) {
    long hash = 0xcbf29ce484222325L; // FNV-1a: String.hashCode has too few bits to keep streams apart
    for (byte b : stream.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    return new DemoRandom(mix(seed) ^ mix(hash));
  }

  /** A child stream, for a sub-generator whose draws must not shift the parent's. */
  DemoRandom fork() {
    return new DemoRandom(mix(nextLong()));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += 0x9E3779B97F4A7C15L;
    return mix(state);
  }

  /** Uniform in [0, bound). */
  int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    return (int) (((nextLong() >>> 32) * bound) >>> 32);
  }

  /** Uniform in [min, max], both included. */
  int between(int min, int max) {
    return min + nextInt(max - min + 1);
  }

  /** Uniform in [min, max], both included. */
  long between(long min, long max) {
    long span = max - min + 1;
    return min + Math.floorMod(nextLong(), span);
  }

  /** Uniform in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  double between(double min, double max) {
    return min + (max - min) * nextDouble();
  }

  boolean chance(double probability) {
    return nextDouble() < probability;
  }

  /** Standard normal (Box–Muller). */
  double gaussian() {
    double u = 1.0 - nextDouble();
    double v = nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
  }

  /** Normal with the given mean and standard deviation, kept within [min, max]. */
  double normal(double mean, double sd, double min, double max) {
    return Math.clamp(mean + sd * gaussian(), min, max);
  }

  <T> T pick(List<T> values) {
    return values.get(nextInt(values.size()));
  }

  @SafeVarargs
  final <T> T pick(T... values) {
    return values[nextInt(values.length)];
  }

  /** A decimal digit string of the given length. */
  String digits(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append((char) ('0' + nextInt(10)));
    }
    return sb.toString();
  }
}
