package fr.socle.policies.occultation;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Numbers as French exports write them: "1 234,56", "1234.56", "-12", "12 500 €". */
final class FrenchNumbers {
  private FrenchNumbers() {}

  static Optional<BigDecimal> parse(@Nullable CharSequence value) {
    if (value == null) {
      return Optional.empty();
    }
    StringBuilder digits = new StringBuilder(value.length());
    boolean decimal = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isDigit(c) || (c == '-' && digits.isEmpty())) {
        digits.append(c);
      } else if ((c == ',' || c == '.') && !decimal) {
        digits.append('.');
        decimal = true;
      } else if (c == ' ' || c == '\u00a0' || c == '\u202f' || c == '€') {
        continue;
      } else {
        return Optional.empty();
      }
    }
    if (digits.isEmpty() || digits.toString().equals("-") || digits.charAt(digits.length() - 1) == '.') {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(digits.toString()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static String format(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
