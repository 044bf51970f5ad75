package fr.socle.policies.occultation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Numbers to bands: 37 → "[30 ; 40[" with a width of 10; 17 → "< 18" with bounds 18, 25, 60. */
public final class Banding {
  private Banding() {}

  public static String band(BigDecimal value, Bands bands) {
    return switch (bands) {
      case Bands.Width width -> {
        BigDecimal low = value.divide(width.width(), 0, RoundingMode.FLOOR).multiply(width.width());
        yield "[" + FrenchNumbers.format(low) + " ; " + FrenchNumbers.format(low.add(width.width())) + "[";
      }
      case Bands.Bounds bounds -> byBounds(value, bounds.bounds());
    };
  }

  /** The band of a value as written in a file, or empty when it is not a number. */
  public static Optional<String> apply(@Nullable CharSequence value, Bands bands) {
    return FrenchNumbers.parse(value).map(v -> band(v, bands));
  }

  private static String byBounds(BigDecimal value, List<BigDecimal> bounds) {
    if (value.compareTo(bounds.getFirst()) < 0) {
      return "< " + FrenchNumbers.format(bounds.getFirst());
    }
    for (int i = 1; i < bounds.size(); i++) {
      if (value.compareTo(bounds.get(i)) < 0) {
        return "[" + FrenchNumbers.format(bounds.get(i - 1)) + " ; " + FrenchNumbers.format(bounds.get(i)) + "[";
      }
    }
    return "≥ " + FrenchNumbers.format(bounds.getLast());
  }
}
