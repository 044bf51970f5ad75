package fr.socle.lakehouse.promotion;

import java.math.BigDecimal;

/**
 * A double as text files write it: Java's shortest digits, but never with an exponent ({@code 3.2680324E7} is
 * {@code 32680324.0}, {@code 1.0E-4} is {@code 0.00010}): spreadsheets in French and many CSV readers do not read
 * exponents as numbers.
 */
public final class DecimalText {
  private DecimalText() {}

  /** Java's digits without an exponent: {@code 1234.5}, {@code 1.0}, {@code 32680324.0}. */
  public static String of(double value) {
    String text = Double.toString(value);
    if (text.indexOf('E') < 0) {
      return text;
    }
    String plain = new BigDecimal(text).toPlainString();
    return plain.indexOf('.') < 0 ? plain + ".0" : plain;
  }

  /** Without an exponent nor trailing zeros, as people write numbers: {@code 10000000}, {@code 45.76401}. */
  public static String trimmed(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
