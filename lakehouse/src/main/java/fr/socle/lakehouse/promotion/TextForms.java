package fr.socle.lakehouse.promotion;

/**
 * The text of typed values, as the gate reads them and the CSV and JSON exports write them: integers in decimal,
 * doubles in Java's shortest form, dates {@code 2024-03-05}, timestamps {@code 2024-03-05T14:32:10} (with the
 * microseconds only when there are some), booleans {@code true}/{@code false}. Written as ASCII bytes into a
 * caller's array, with no objects on the way (doubles aside).
 */
final class TextForms {
  /** Room that any value of a fixed-width type needs. */
  static final int MAX_LENGTH = 32;

  private TextForms() {}

  static int writeLong(long value, byte[] out, int at) {
    if (value == Long.MIN_VALUE) {
      return writeAscii("-9223372036854775808", out, at);
    }
    if (value < 0) {
      out[at++] = '-';
      value = -value;
    }
    int digits = 1;
    for (long v = value; v >= 10; v /= 10) {
      digits++;
    }
    int end = at + digits;
    for (int i = end - 1; i >= at; i--) {
      out[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    return end;
  }

  static int writeDouble(double value, byte[] out, int at) {
    return writeAscii(DecimalText.of(value), out, at);
  }

  static int writeBoolean(boolean value, byte[] out, int at) {
    return writeAscii(value ? "true" : "false", out, at);
  }

  /** {@code yyyy-MM-dd} from days since 1970-01-01 (proleptic Gregorian, as Iceberg and Trino count). */
  static int writeDate(long epochDay, byte[] out, int at) {
    // Howard Hinnant's days-to-civil algorithm.
    long z = epochDay + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) {
      y++;
    }
    if (y < 0 || y > 9999) {
      at = writeLong(y, out, at);
    } else {
      at = pad(y, 4, out, at);
    }
    out[at++] = '-';
    at = pad(m, 2, out, at);
    out[at++] = '-';
    return pad(d, 2, out, at);
  }

  /** {@code yyyy-MM-ddTHH:mm:ss[.ffffff]} from microseconds since 1970-01-01T00:00. */
  static int writeTimestamp(long micros, byte[] out, int at) {
    long day = Math.floorDiv(micros, 86_400_000_000L);
    long inDay = Math.floorMod(micros, 86_400_000_000L);
    at = writeDate(day, out, at);
    out[at++] = 'T';
    long seconds = inDay / 1_000_000;
    long fraction = inDay % 1_000_000;
    at = pad(seconds / 3600, 2, out, at);
    out[at++] = ':';
    at = pad(seconds / 60 % 60, 2, out, at);
    out[at++] = ':';
    at = pad(seconds % 60, 2, out, at);
    if (fraction != 0) {
      out[at++] = '.';
      int digits = 6;
      while (fraction % 10 == 0) {
        fraction /= 10;
        digits--;
      }
      at = pad(fraction, digits, out, at);
    }
    return at;
  }

  private static int pad(long value, int width, byte[] out, int at) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    return at + width;
  }

  private static int writeAscii(String text, byte[] out, int at) {
    for (int i = 0; i < text.length(); i++) {
      out[at++] = (byte) text.charAt(i);
    }
    return at;
  }
}
