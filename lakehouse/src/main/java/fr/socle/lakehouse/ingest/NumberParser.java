package fr.socle.lakehouse.ingest;

/**
 * Reads numbers as French spreadsheets write them, straight from a char buffer and without allocating: decimal
 * comma or point, thousands grouped by spaces, no-break spaces or narrow no-break spaces (or by points when a
 * decimal comma follows), an optional sign and exponent. One instance per thread: the parsed value is left in a
 * field.
 */
final class NumberParser {
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22
  };
  private static final long MAX_EXACT = 1L << 53;

  /** The value of the last successful {@link #parseLong} or {@link #parseDouble}. */
  long longValue;

  double doubleValue;

  /**
   * Reads an integer. With {@code strict}, a leading zero ({@code 01000}, a postcode) is refused, since such values
   * are codes that must keep their zeros.
   */
  boolean parseLong(char[] buf, int offset, int length, boolean strict) {
    int i = offset;
    int end = offset + length;
    while (i < end && buf[i] == ' ') {
      i++;
    }
    while (end > i && buf[end - 1] == ' ') {
      end--;
    }
    if (i == end) {
      return false;
    }
    boolean negative = false;
    char first = buf[i];
    if (first == '-' || first == '+') {
      negative = first == '-';
      i++;
      if (i == end) {
        return false;
      }
    }
    if (strict && buf[i] == '0' && end - i > 1) {
      return false;
    }
    long value = 0;
    int digits = 0;
    int groupDigits = 0;
    boolean grouped = false;
    for (; i < end; i++) {
      char c = buf[i];
      if (c >= '0' && c <= '9') {
        if (++digits > 18) {
          return false;
        }
        value = value * 10 + (c - '0');
        groupDigits++;
      } else if (isGroupSeparator(c)) {
        // A separator splits groups of three digits; "12 5" is not a number, "1 250" is.
        if (grouped ? groupDigits != 3 : groupDigits == 0 || groupDigits > 3) {
          return false;
        }
        grouped = true;
        groupDigits = 0;
      } else {
        return false;
      }
    }
    if (digits == 0 || (grouped && groupDigits != 3)) {
      return false;
    }
    longValue = negative ? -value : value;
    return true;
  }

  /**
   * Reads a decimal number. With {@code strict}, a leading zero before other integer digits is refused and more
   * than 15 significant digits too (an identifier, not a quantity).
   */
  boolean parseDouble(char[] buf, int offset, int length, boolean strict) {
    int i = offset;
    int end = offset + length;
    while (i < end && buf[i] == ' ') {
      i++;
    }
    while (end > i && buf[end - 1] == ' ') {
      end--;
    }
    if (i == end) {
      return false;
    }
    if (simpleDecimal(buf, i, end, strict)) {
      return true;
    }
    int start = i;
    boolean negative = false;
    char first = buf[i];
    if (first == '-' || first == '+') {
      negative = first == '-';
      i++;
      if (i == end) {
        return false;
      }
    }
    // Which character is the decimal separator: the last of ',' and '.', unless the other appears after it.
    char decimal = 0;
    int commas = 0;
    int points = 0;
    for (int j = i; j < end; j++) {
      char c = buf[j];
      if (c == ',') {
        commas++;
        decimal = ',';
      } else if (c == '.') {
        points++;
        decimal = '.';
      }
    }
    if (commas > 1 && points == 0 || commas > 1 && decimal == ',') {
      return false;
    }
    char group = 0;
    if (commas > 0 && points > 0) {
      group = decimal == ',' ? '.' : ',';
      if ((decimal == ',' ? commas : points) != 1) {
        return false;
      }
    } else if (points > 1) {
      return false;
    }
    if (strict && buf[i] == '0' && i + 1 < end && buf[i + 1] >= '0' && buf[i + 1] <= '9') {
      return false;
    }
    long mantissa = 0;
    int significant = 0;
    int exponent = 0;
    int intDigits = 0;
    int fracDigits = 0;
    int groupDigits = 0;
    boolean grouped = false;
    boolean inFraction = false;
    boolean lost = false;
    for (; i < end; i++) {
      char c = buf[i];
      if (c >= '0' && c <= '9') {
        if (significant < 18) {
          if (mantissa != 0 || c != '0') {
            significant++;
          }
          mantissa = mantissa * 10 + (c - '0');
          if (inFraction) {
            exponent--;
          }
        } else {
          lost = true;
          if (!inFraction) {
            exponent++;
          }
        }
        if (inFraction) {
          fracDigits++;
        } else {
          intDigits++;
          groupDigits++;
        }
      } else if (c == decimal && !inFraction) {
        if (grouped && groupDigits != 3) {
          return false;
        }
        inFraction = true;
      } else if (!inFraction && (isGroupSeparator(c) || c == group && group != 0)) {
        if (grouped ? groupDigits != 3 : groupDigits == 0 || groupDigits > 3) {
          return false;
        }
        grouped = true;
        groupDigits = 0;
      } else if ((c == 'e' || c == 'E') && intDigits + fracDigits > 0) {
        int e = parseExponent(buf, i + 1, end);
        if (e == Integer.MIN_VALUE) {
          return false;
        }
        exponent += e;
        i = end;
        break;
      } else {
        return false;
      }
    }
    if (intDigits + fracDigits == 0 || (grouped && !inFraction && groupDigits != 3)) {
      return false;
    }
    if (strict && (lost || significant > 15)) {
      return false;
    }
    double value;
    if (!lost && mantissa < MAX_EXACT && exponent >= -22 && exponent <= 22) {
      // Exact: both operands are exact doubles, so one rounding (Clinger's fast path).
      value = exponent < 0 ? mantissa / POWERS_OF_TEN[-exponent] : mantissa * POWERS_OF_TEN[exponent];
    } else {
      value = slowPath(buf, start, end, decimal, group);
    }
    doubleValue = negative ? -value : value;
    return true;
  }

  /**
   * One pass over the common shape, {@code [-]digits[,|.digits]} with at most 15 digits: most cells of a file are
   * this, and need neither the separator census nor grouping rules. False means "try the general path".
   */
  private boolean simpleDecimal(char[] buf, int i, int end, boolean strict) {
    boolean negative = buf[i] == '-';
    if (negative && ++i == end) {
      return false;
    }
    int digitsStart = i;
    long mantissa = 0;
    while (i < end) {
      char c = buf[i];
      if (c < '0' || c > '9') {
        break;
      }
      mantissa = mantissa * 10 + (c - '0');
      i++;
    }
    int intDigits = i - digitsStart;
    if (intDigits == 0 || (strict && intDigits > 1 && buf[digitsStart] == '0')) {
      return false;
    }
    int fraction = 0;
    if (i < end) {
      char c = buf[i];
      if (c != ',' && c != '.') {
        return false;
      }
      int fractionStart = ++i;
      while (i < end) {
        char d = buf[i];
        if (d < '0' || d > '9') {
          return false;
        }
        mantissa = mantissa * 10 + (d - '0');
        i++;
      }
      fraction = i - fractionStart;
      if (fraction == 0) {
        return false;
      }
    }
    if (intDigits + fraction > 15) {
      return false;
    }
    double value = fraction == 0 ? mantissa : mantissa / POWERS_OF_TEN[fraction];
    doubleValue = negative ? -value : value;
    return true;
  }

  private static int parseExponent(char[] buf, int i, int end) {
    if (i == end) {
      return Integer.MIN_VALUE;
    }
    boolean negative = false;
    if (buf[i] == '-' || buf[i] == '+') {
      negative = buf[i] == '-';
      i++;
    }
    if (i == end || end - i > 3) {
      return Integer.MIN_VALUE;
    }
    int e = 0;
    for (; i < end; i++) {
      char c = buf[i];
      if (c < '0' || c > '9') {
        return Integer.MIN_VALUE;
      }
      e = e * 10 + (c - '0');
    }
    return negative ? -e : e;
  }

  /** Rare: too many digits or a large exponent. Rebuilds a plain string for the JDK to round correctly. */
  private static double slowPath(char[] buf, int start, int end, char decimal, char group) {
    StringBuilder plain = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = buf[i];
      if (c == decimal) {
        plain.append('.');
      } else if (c != group && !isGroupSeparator(c) && c != '+') {
        plain.append(c);
      }
    }
    return Math.abs(Double.parseDouble(plain.toString()));
  }

  static boolean isGroupSeparator(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F';
  }
}
