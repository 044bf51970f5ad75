package fr.socle.lakehouse.demo;

import java.util.Arrays;
import java.util.List;

/** Draws values with fixed weights (cumulative table, binary search). */
final class Weighted<T> {
  private final List<T> values;
  private final double[] cumulative;

  private Weighted(List<T> values, double[] weights) {
    if (values.isEmpty() || values.size() != weights.length) {
      throw new IllegalArgumentException("one weight per value, at least one value");
    }
    this.values = List.copyOf(values);
    this.cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
  }

  static <T> Weighted<T> of(List<T> values, double[] weights) {
    return new Weighted<>(values, weights);
  }

  /** Zipf-like weights by rank (the first value most frequent): weight = 1 / (rank + offset)^exponent. */
  static <T> Weighted<T> byRank(List<T> ranked, double offset, double exponent) {
    double[] weights = new double[ranked.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1.0 / StrictMath.pow(i + 1 + offset, exponent);
    }
    return new Weighted<>(ranked, weights);
  }

  T draw(DemoRandom random) {
    double target = random.nextDouble() * cumulative[cumulative.length - 1];
    int index = Arrays.binarySearch(cumulative, target);
    if (index < 0) {
      index = -index - 1;
    }
    return values.get(Math.min(index, values.size() - 1));
  }

  List<T> values() {
    return values;
  }
}
