package fr.socle.lakehouse.ingest;

/**
 * Reads dates and timestamps as French files write them ({@code dd/mm/yyyy}, {@code d/m/yyyy}, {@code dd-mm-yyyy})
 * and as ISO 8601 ({@code yyyy-mm-dd}, {@code yyyy-mm-ddThh:mm[:ss[.ffffff]][Z|±hh:mm]}), without allocating.
 */
final class DateParser {
  /** Returned when the text is not a date. */
  static final int NOT_A_DATE = Integer.MIN_VALUE;

  /** Returned when the text is not a timestamp. */
  static final long NOT_A_TIMESTAMP = Long.MIN_VALUE;

  private DateParser() {}

  /** Days since 1970-01-01, or {@link #NOT_A_DATE}. */
  static int parseDate(char[] buf, int offset, int length) {
    int end = trimEnd(buf, offset, offset + length);
    int i = trimStart(buf, offset, end);
    long packed = parseDatePart(buf, i, end);
    if (packed < 0 || (int) (packed >>> 32) != end) {
      return NOT_A_DATE;
    }
    return (int) packed;
  }

  /** Microseconds since 1970-01-01T00:00 (UTC when an offset is given), or {@link #NOT_A_TIMESTAMP}. */
  static long parseTimestamp(char[] buf, int offset, int length) {
    int end = trimEnd(buf, offset, offset + length);
    int i = trimStart(buf, offset, end);
    long packed = parseDatePart(buf, i, end);
    if (packed < 0) {
      return NOT_A_TIMESTAMP;
    }
    int days = (int) packed;
    i = (int) (packed >>> 32);
    if (i == end) {
      return days * 86_400_000_000L;
    }
    if (buf[i] != 'T' && buf[i] != ' ') {
      return NOT_A_TIMESTAMP;
    }
    i++;
    int hour = twoDigits(buf, i, end);
    if (hour < 0 || hour > 23 || i + 2 >= end || buf[i + 2] != ':') {
      return NOT_A_TIMESTAMP;
    }
    int minute = twoDigits(buf, i + 3, end);
    if (minute < 0 || minute > 59) {
      return NOT_A_TIMESTAMP;
    }
    i += 5;
    int second = 0;
    long micros = 0;
    if (i < end && buf[i] == ':') {
      second = twoDigits(buf, i + 1, end);
      if (second < 0 || second > 59) {
        return NOT_A_TIMESTAMP;
      }
      i += 3;
      if (i < end && (buf[i] == '.' || buf[i] == ',')) {
        i++;
        int digits = 0;
        while (i < end && buf[i] >= '0' && buf[i] <= '9') {
          if (digits < 6) {
            micros = micros * 10 + (buf[i] - '0');
          }
          digits++;
          i++;
        }
        if (digits == 0) {
          return NOT_A_TIMESTAMP;
        }
        for (int d = digits; d < 6; d++) {
          micros *= 10;
        }
      }
    }
    long offsetSeconds = 0;
    if (i < end) {
      char c = buf[i];
      if (c == 'Z' && i + 1 == end) {
        i++;
      } else if ((c == '+' || c == '-') && end - i == 6 && buf[i + 3] == ':') {
        int oh = twoDigits(buf, i + 1, end);
        int om = twoDigits(buf, i + 4, end);
        if (oh < 0 || oh > 18 || om < 0 || om > 59) {
          return NOT_A_TIMESTAMP;
        }
        offsetSeconds = (c == '+' ? 1 : -1) * (oh * 3600L + om * 60L);
        i = end;
      } else {
        return NOT_A_TIMESTAMP;
      }
    }
    if (i != end) {
      return NOT_A_TIMESTAMP;
    }
    long seconds = days * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
    return seconds * 1_000_000L + micros;
  }

  /** The date at the start: (position after it) << 32 | epoch day, or -1. */
  private static long parseDatePart(char[] buf, int i, int end) {
    int n = end - i;
    int year;
    int month;
    int day;
    int next;
    if (n >= 10 && buf[i + 4] == '-' && buf[i + 7] == '-') {
      year = fourDigits(buf, i);
      month = twoDigits(buf, i + 5, end);
      day = twoDigits(buf, i + 8, end);
      next = i + 10;
    } else {
      // d/m/yyyy with one or two digits for day and month, '/' or '-' or '.' between them.
      int j = i;
      day = 0;
      int k = 0;
      while (j < end && k < 2 && buf[j] >= '0' && buf[j] <= '9') {
        day = day * 10 + (buf[j++] - '0');
        k++;
      }
      if (k == 0 || j >= end) {
        return -1;
      }
      char sep = buf[j];
      if (sep != '/' && sep != '-' && sep != '.') {
        return -1;
      }
      j++;
      month = 0;
      k = 0;
      while (j < end && k < 2 && buf[j] >= '0' && buf[j] <= '9') {
        month = month * 10 + (buf[j++] - '0');
        k++;
      }
      if (k == 0 || j + 5 > end || buf[j] != sep) {
        return -1;
      }
      year = fourDigits(buf, j + 1);
      next = j + 5;
    }
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      return -1;
    }
    if (next < end && buf[next] >= '0' && buf[next] <= '9') {
      return -1;
    }
    return ((long) next << 32) | (epochDay(year, month, day) & 0xFFFF_FFFFL);
  }

  private static int twoDigits(char[] buf, int i, int end) {
    if (i + 2 > end) {
      return -1;
    }
    int a = buf[i] - '0';
    int b = buf[i + 1] - '0';
    return a < 0 || a > 9 || b < 0 || b > 9 ? -1 : a * 10 + b;
  }

  private static int fourDigits(char[] buf, int i) {
    int value = 0;
    for (int k = 0; k < 4; k++) {
      int d = buf[i + k] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  private static int daysInMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
  static int epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }

  private static int trimStart(char[] buf, int i, int end) {
    while (i < end && buf[i] == ' ') {
      i++;
    }
    return i;
  }

  private static int trimEnd(char[] buf, int start, int end) {
    while (end > start && buf[end - 1] == ' ') {
      end--;
    }
    return end;
  }
}
