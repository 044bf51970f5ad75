package fr.socle.policies.occultation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** How a number is banded: regular widths ("par tranches de 10") or explicit bounds (0, 18, 25, 60). */
public sealed interface Bands {
  String describe();

  /** [k·width ; (k+1)·width[ */
  record Width(BigDecimal width) implements Bands {
    public Width {
      if (width.signum() <= 0) {
        throw new IllegalArgumentException("band width > 0");
      }
    }

    @Override
    public String describe() {
      return "tranches de " + width.stripTrailingZeros().toPlainString();
    }
  }

  /** [b0 ; b1[, [b1 ; b2[, ... ; below b0: "< b0"; from the last: "≥ bn". Bounds strictly increasing. */
  record Bounds(List<BigDecimal> bounds) implements Bands {
    public Bounds {
      bounds = List.copyOf(bounds);
      if (bounds.isEmpty()) {
        throw new IllegalArgumentException("at least one bound");
      }
      for (int i = 1; i < bounds.size(); i++) {
        if (bounds.get(i).compareTo(bounds.get(i - 1)) <= 0) {
          throw new IllegalArgumentException("bounds strictly increasing");
        }
      }
    }

    @Override
    public String describe() {
      return "bornes " + String.join(", ", bounds.stream().map(b -> b.stripTrailingZeros().toPlainString()).toList());
    }
  }

  static Bands width(long width) {
    return new Width(BigDecimal.valueOf(width));
  }

  static Bands bounds(long... bounds) {
    return new Bounds(Arrays.stream(bounds).mapToObj(BigDecimal::valueOf).toList());
  }
}
