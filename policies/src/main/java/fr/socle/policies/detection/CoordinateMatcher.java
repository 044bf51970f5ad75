package fr.socle.policies.detection;

/**
 * Precise locations. Three decimals of a degree are about 100 m, so WGS84 with three decimals or more is precise;
 * Lambert-93 is in metres. Recognised: WKT ({@code POINT (4.8357 45.7640)}, polygons...), GeoJSON
 * ({@code "coordinates": [...]}), pairs ({@code 45.76401, 4.83566}; {@code 45,76401;4,83566}; Lambert-93
 * {@code 842150 6519340}), and single numbers in a column named {@code latitude}, {@code lon}, {@code x}...
 */
final class CoordinateMatcher {
  private CoordinateMatcher() {}

  /** WKT and GeoJSON, claimed whole before the number matchers run: their digits are nothing else. */
  static void findGeometries(Scan scan) {
    if (scan.digits >= 3 && scan.letters >= 5) {
      geometries(scan);
    }
  }

  /** Coordinate pairs and single coordinates in coordinate columns. */
  static void findNumbers(Scan scan) {
    if (scan.digits >= 3) {
      numbers(scan);
    }
  }

  private static void geometries(Scan scan) {
    CharSequence s = scan.s;
    for (int i = 0; i < scan.n; i++) {
      char c = s.charAt(i);
      boolean wkt = (c == 'P' || c == 'p' || c == 'L' || c == 'l' || c == 'M' || c == 'm')
          && !scan.isLetterOrDigitAt(i - 1);
      boolean geojson = c == '"' && scan.regionMatchesFolded(i, "\"coordinates\"");
      if (!wkt && !geojson) {
        continue;
      }
      boolean point;
      int open;
      if (geojson) {
        point = containsFolded(scan, "\"point\"");
        open = indexOf(s, '[', i, scan.n);
      } else {
        int wordEnd = i;
        while (wordEnd < scan.n && Chars.isLetter(s.charAt(wordEnd))) {
          wordEnd++;
        }
        if (!GEOMETRY_TYPES.contains(s, i, wordEnd)) {
          continue;
        }
        point = wordEnd - i == 5 && scan.regionMatchesFolded(i, "point");
        open = indexOf(s, '(', wordEnd, Math.min(scan.n, wordEnd + 6));
      }
      if (open < 0) {
        continue;
      }
      int close = closing(s, open, scan.n);
      if (close < 0) {
        continue;
      }
      if (hasPreciseNumber(s, open, close)) {
        scan.found(point ? FindingKind.PRECISE_COORDINATES : FindingKind.GEOMETRY, i, close + 1);
      } else {
        scan.claim(i, close + 1);
      }
      i = close;
    }
  }

  private static void numbers(Scan scan) {
    CharSequence s = scan.s;
    Number first = new Number();
    Number second = new Number();
    for (int i = 0; i < scan.n; i++) {
      char c = s.charAt(i);
      if (!(Chars.isDigit(c) || (c == '-' && scan.isDigitAt(i + 1))) || scan.isLetterOrDigitAt(i - 1)
          || scan.isClaimed(i)) {
        continue;
      }
      if (!first.parse(s, i, scan.n, true)) {
        continue;
      }
      // A pair?
      int p = first.end;
      int sepStart = p;
      while (p < scan.n && p - sepStart < 3 && (s.charAt(p) == ' ' || s.charAt(p) == ',' || s.charAt(p) == ';')) {
        p++;
      }
      boolean separated = p > sepStart && !(p - sepStart == 1 && s.charAt(sepStart) == ',' && first.decimals == 0);
      if (separated && p < scan.n && (Chars.isDigit(s.charAt(p)) || s.charAt(p) == '-')
          && second.parse(s, p, scan.n, first.comma || s.charAt(sepStart) != ',')
          && !scan.isLetterOrDigitAt(second.end) && isPair(first, second)) {
        scan.found(FindingKind.PRECISE_COORDINATES, i, second.end);
        i = second.end - 1;
        continue;
      }
      if (!scan.isLetterOrDigitAt(first.end) && isSingle(scan.ctx, first)) {
        scan.found(FindingKind.PRECISE_COORDINATES, i, first.end);
      }
      i = first.end - 1;
    }
  }

  private static boolean isPair(Number a, Number b) {
    boolean wgs84 = a.decimals >= 3 && b.decimals >= 3
        && ((Math.abs(a.value) <= 90 && Math.abs(b.value) <= 180)
            || (Math.abs(a.value) <= 180 && Math.abs(b.value) <= 90));
    boolean lambert93 = a.value >= 100_000 && a.value <= 1_300_000 && b.value >= 6_000_000 && b.value <= 7_200_000;
    return wgs84 || lambert93;
  }

  private static boolean isSingle(ColumnContext ctx, Number number) {
    double v = Math.abs(number.value);
    if (number.decimals >= 3 && (ctx.expectsLatitude() && v <= 90 || ctx.expectsLongitude() && v <= 180)) {
      return true;
    }
    return ctx.expectsProjected()
        && ((number.value >= 100_000 && number.value <= 1_300_000)
            || (number.value >= 6_000_000 && number.value <= 7_200_000));
  }

  private static boolean hasPreciseNumber(CharSequence s, int from, int to) {
    int decimals = -1;
    int integerDigits = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Chars.isDigit(c)) {
        if (decimals >= 0) {
          decimals++;
          if (decimals >= 3) {
            return true;
          }
        } else {
          integerDigits++;
          if (integerDigits >= 5) {
            return true; // projected metres
          }
        }
      } else if (c == '.' && decimals < 0 && integerDigits > 0) {
        decimals = 0;
      } else {
        decimals = -1;
        integerDigits = 0;
      }
    }
    return false;
  }

  private static int closing(CharSequence s, int open, int n) {
    char o = s.charAt(open);
    char c = o == '(' ? ')' : ']';
    int depth = 0;
    for (int i = open; i < n; i++) {
      char ch = s.charAt(i);
      if (ch == o) {
        depth++;
      } else if (ch == c && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(CharSequence s, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean containsFolded(Scan scan, String folded) {
    for (int i = 0; i + folded.length() <= scan.n; i++) {
      if (scan.regionMatchesFolded(i, folded)) {
        return true;
      }
    }
    return false;
  }

  private static final Lexicon GEOMETRY_TYPES = Lexicon.of("point", "linestring", "polygon", "multipoint",
      "multilinestring", "multipolygon", "geometrycollection");

  /** A decimal number read in place: value, number of decimals, end. Reused across the value. */
  private static final class Number {
    double value;
    int decimals;
    int end;
    boolean comma;

    boolean parse(CharSequence s, int start, int n, boolean commaAllowed) {
      int p = start;
      boolean negative = false;
      if (s.charAt(p) == '-') {
        negative = true;
        p++;
      }
      long integer = 0;
      int integerDigits = 0;
      while (p < n && Chars.isDigit(s.charAt(p)) && integerDigits < 10) {
        integer = integer * 10 + Chars.digit(s.charAt(p++));
        integerDigits++;
      }
      if (integerDigits == 0 || (p < n && Chars.isDigit(s.charAt(p)))) {
        return false;
      }
      decimals = 0;
      comma = false;
      double fraction = 0;
      if (p + 1 < n && (s.charAt(p) == '.' || (commaAllowed && s.charAt(p) == ','))
          && Chars.isDigit(s.charAt(p + 1))) {
        comma = s.charAt(p) == ',';
        p++;
        double scale = 0.1;
        while (p < n && Chars.isDigit(s.charAt(p)) && decimals < 15) {
          fraction += Chars.digit(s.charAt(p++)) * scale;
          scale /= 10;
          decimals++;
        }
      }
      value = (negative ? -1 : 1) * (integer + fraction);
      end = p;
      return true;
    }
  }
}
