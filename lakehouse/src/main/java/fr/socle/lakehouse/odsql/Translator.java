package fr.socle.lakehouse.odsql;

import fr.socle.lakehouse.ingest.GeoJsonGeometries;
import fr.socle.lakehouse.query.PreparedSql;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns ODSQL trees into Trino SQL over one table. Field names are looked up in the schema and only the schema's
 * column names are quoted into the text; values become bound parameters, or literals printed from parsed numbers
 * and dates.
 */
final class Translator {
  /** Accented letters and their plain forms, one for one: Trino's {@code translate} and {@link #fold} share them. */
  private static final String ACCENTED = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ";
  private static final String PLAIN = "aaaaaaceeeeiiiinooooouuuuyy";

  /** Where an expression stands: what it may contain. */
  enum Scope {
    WHERE,
    SELECT,
    GROUP_BY,
    ORDER_BY
  }

  /** A translated value: its SQL, its type, whether it aggregates rows. */
  record Typed(Sql sql, FieldType type, boolean aggregate) {}

  private static final GeometryFactory GEOMETRIES = new GeometryFactory();
  private static final JsonMapper GEOJSON = JsonMapper.builder().build();

  private final OdsqlSchema schema;
  /** What {@code now()} stands for: one instant for every statement of a query. */
  private Instant now = Instant.now();
  /** Where dates written without an offset, date parts and {@code now()}'s arguments are read (ODS's timezone). */
  private ZoneId zone = ZoneOffset.UTC;
  /** The language of day and month names in {@code date_format()}: Opendatasoft's default is French. */
  private Locale locale = Locale.FRENCH;

  Translator(OdsqlSchema schema) {
    this.schema = schema;
  }

  void now(Instant instant) {
    this.now = instant;
  }

  void zone(ZoneId zone) {
    this.zone = zone;
  }

  void locale(Locale locale) {
    this.locale = locale;
  }

  private String literal(Dates.Parsed date, FieldType type) {
    return Dates.literal(date.start(type, zone), type);
  }

  /**
   * A temporal value as its parts read in the query's zone: date-times are stored in UTC, so a date-time's day or
   * hour is that of its zone's clock ({@code timezone=Europe/Paris}); a date stays the calendar day it is.
   */
  private Sql local(Typed temporal) {
    if (temporal.type() != FieldType.DATETIME) {
      return temporal.sql().wrap("CAST(", " AS timestamp(3) with time zone)");
    }
    Sql utc = temporal.sql().wrap("with_timezone(", ", 'UTC')");
    return zone.equals(ZoneOffset.UTC) ? utc : utc.wrap("at_timezone(", ", ?)").then("", Sql.of("", zone.getId()));
  }

  // ---- conditions

  Sql condition(Expr expr, Scope scope) {
    return switch (expr) {
      case Expr.Logical logical -> {
        List<Sql> parts = new ArrayList<>();
        for (Expr operand : logical.operands()) {
          parts.add(condition(operand, scope).wrap("(", ")"));
        }
        yield Sql.join(logical.all() ? " AND " : " OR ", parts);
      }
      case Expr.Not not -> condition(not.operand(), scope).wrap("NOT (", ")");
      case Expr.Compare compare -> compare(compare, scope);
      case Expr.In in -> in(in, scope);
      case Expr.InRange range -> range(range, scope);
      case Expr.Like like -> like(like, scope);
      case Expr.IsNull isNull -> isNull(isNull, scope);
      case Expr.Text text -> search(schema.textFields().stream().map(f -> column(f)).toList(), text.value(), false);
      case Expr.Bool bool -> Sql.of(bool.value() ? "TRUE" : "FALSE");
      case Expr.FieldRef ref -> {
        Typed value = value(ref, scope);
        if (value.type() != FieldType.BOOLEAN) {
          throw OdsqlException.semantic("Field " + ref.name() + " is not a boolean and cannot be used as a condition");
        }
        yield value.sql().wrap("(", ")");
      }
      case Expr.Call call -> predicate(call, scope);
      default -> throw OdsqlException.semantic("Expression is not a condition");
    };
  }

  private Sql compare(Expr.Compare compare, Scope scope) {
    Expr left = compare.left();
    Expr right = compare.right();
    String operator = compare.operator().equals("!=") ? "<>" : compare.operator();
    if (left instanceof Expr.Null && !(right instanceof Expr.Null)) {
      return compare(new Expr.Compare(right, compare.operator(), left), scope);
    }
    if (right instanceof Expr.Null) {
      return switch (operator) {
        case "=" -> nullCheck(value(left, scope), false);
        case "<>" -> nullCheck(value(left, scope), true);
        default -> throw OdsqlException.semantic("Cannot compare with null using " + compare.operator());
      };
    }
    if (isLiteral(left) && !isLiteral(right)) {
      return compare(new Expr.Compare(right, flip(compare.operator()), left), scope);
    }
    Typed typed = value(left, scope);
    comparable(typed.type());
    Sql other;
    if (isLiteral(right)) {
      other = literal(right, typed.type());
    } else {
      Typed otherTyped = value(right, scope);
      comparable(otherTyped.type());
      if (!compatible(typed.type(), otherTyped.type())) {
        throw OdsqlException.semantic("Cannot compare a " + typed.type().odsName() + " with a "
            + otherTyped.type().odsName());
      }
      other = otherTyped.sql();
    }
    return typed.sql().then(" " + operator + " ", other);
  }

  private Sql in(Expr.In in, Scope scope) {
    Typed operand = value(in.operand(), scope);
    comparable(operand.type());
    if (in.values().isEmpty()) {
      return Sql.of("FALSE");
    }
    List<Sql> values = new ArrayList<>();
    for (Expr value : in.values()) {
      if (!isLiteral(value) || value instanceof Expr.Null) {
        throw OdsqlException.semantic("in (...) takes literal values only");
      }
      values.add(literal(value, operand.type()));
    }
    return operand.sql().then(" IN (", Sql.join(", ", values)).wrap("", ")");
  }

  private Sql range(Expr.InRange range, Scope scope) {
    Typed operand = value(range.operand(), scope);
    comparable(operand.type());
    if (!isLiteral(range.low()) || !isLiteral(range.high())) {
      throw OdsqlException.semantic("in [..] takes literal bounds only");
    }
    Sql low = operand.sql().then(range.lowIncluded() ? " >= " : " > ", literal(range.low(), operand.type()));
    Sql high = operand.sql().then(range.highIncluded() ? " <= " : " < ", literal(range.high(), operand.type()));
    return low.wrap("(", ")").then(" AND ", high.wrap("(", ")"));
  }

  /**
   * {@code field like "star wars"} is, as Opendatasoft documents it, a search in the field: every word found in it,
   * whatever the case or accents. A pattern with a wildcard ({@code *}, or {@code %} as in SQL) matches the whole
   * value instead: {@code "Pisc*"} starts with « pisc ». {@code _} and {@code \} are plain characters.
   */
  private Sql like(Expr.Like like, Scope scope) {
    Typed operand = value(like.operand(), scope);
    if (!(like.pattern() instanceof Expr.Text pattern)) {
      throw OdsqlException.semantic("like takes a string pattern");
    }
    Sql text = operand.type() == FieldType.TEXT ? operand.sql() : operand.sql().wrap("CAST(", " AS varchar)");
    String value = pattern.value();
    if (value.indexOf('*') < 0 && value.indexOf('%') < 0) {
      return search(List.of(text), value, false);
    }
    String sqlPattern = fold(value).replace("\\", "\\\\").replace("_", "\\_").replace('*', '%');
    return folded(text).wrap("", " LIKE ? ESCAPE '\\'").then("", Sql.of("", sqlPattern));
  }

  private Sql isNull(Expr.IsNull isNull, Scope scope) {
    return nullCheck(value(isNull.operand(), scope), isNull.negated());
  }

  private Sql nullCheck(Typed value, boolean negated) {
    return value.sql().wrap("(", negated ? ") IS NOT NULL" : ") IS NULL");
  }

  /** Boolean functions: text search and geography. */
  private Sql predicate(Expr.Call call, Scope scope) {
    return switch (call.name()) {
      case "search" -> textPredicate(call, false);
      case "startswith", "suggest" -> textPredicate(call, true);
      case "within_distance" -> withinDistance(call);
      case "in_bbox" -> inBbox(call);
      case "intersects" -> spatial(call, "ST_Intersects");
      case "within" -> spatial(call, "ST_Within");
      case "disjoint" -> spatial(call, "ST_Disjoint");
      case "distance", "geometry", "polygon" -> throw OdsqlException.semantic(call.name()
          + "() is not part of ODSQL v2.1: use within_distance(), intersects(), within() or disjoint()");
      default -> {
        Typed value = value(call, scope);
        if (value.type() != FieldType.BOOLEAN) {
          throw OdsqlException.semantic(call.name() + "() does not return a boolean");
        }
        yield value.sql();
      }
    };
  }

  private Sql textPredicate(Expr.Call call, boolean prefix) {
    List<Expr> arguments = call.arguments();
    if (arguments.isEmpty()) {
      throw OdsqlException.semantic(call.name() + "() needs a text to search for");
    }
    Expr last = arguments.getLast();
    String searched = switch (last) {
      case Expr.Text text -> text.value();
      case Expr.Number number -> number.value().toPlainString();
      default -> throw OdsqlException.semantic("The last argument of " + call.name() + "() must be a string");
    };
    List<Sql> columns = new ArrayList<>();
    if (arguments.size() == 1 || arguments.size() == 2 && arguments.getFirst() instanceof Expr.Star) {
      // search("x") and search(*, "x"): every text field
      schema.textFields().forEach(f -> columns.add(column(f)));
    } else {
      for (Expr argument : arguments.subList(0, arguments.size() - 1)) {
        if (!(argument instanceof Expr.FieldRef ref)) {
          throw OdsqlException.semantic("The first arguments of " + call.name() + "() must be fields");
        }
        OdsqlField field = field(ref.name());
        if (field.type().geographic()) {
          throw OdsqlException.semantic("Cannot search text in the geographic field " + field.name());
        }
        Sql column = column(field);
        columns.add(field.type() == FieldType.TEXT ? column : column.wrap("CAST(", " AS varchar)"));
      }
    }
    return search(columns, searched, prefix);
  }

  /**
   * Every word must be found in one of the columns, whatever the case or accents, at the start of a word there:
   * « film » finds « films » and « Le Film », not « microfilm » (Opendatasoft matches words; a trailing {@code *},
   * « film* », asks for the word starts this gives already). A cheap {@code strpos} picks the candidates, a regular
   * expression (the word bound, its punctuation escaped) checks where the word starts.
   */
  private static Sql search(List<Sql> columns, String text, boolean prefix) {
    List<String> words = List.of(fold(text).strip().split("\\s+")).stream()
        .map(w -> w.replaceAll("\\*+$", "")).filter(w -> !w.isEmpty()).toList();
    if (words.isEmpty()) {
      return Sql.of("TRUE");
    }
    if (columns.isEmpty()) {
      return Sql.of("FALSE");
    }
    List<Sql> all = new ArrayList<>();
    for (String word : words) {
      List<Sql> any = new ArrayList<>();
      for (Sql column : columns) {
        Sql lower = folded(column);
        if (prefix) {
          any.add(lower.wrap("starts_with(", ", ?)").then("", Sql.of("", word))
              .then(" OR ", lower.wrap("strpos(", ", ?) > 0").then("", Sql.of("", " " + word))));
        } else {
          any.add(lower.wrap("(strpos(", ", ?) > 0").then("", Sql.of("", word))
              .then(" AND ", lower.wrap("regexp_like(", ", ?))").then("", Sql.of("", wordStart(word)))));
        }
      }
      all.add(Sql.join(" OR ", any).wrap("(", ")"));
    }
    return Sql.join(" AND ", all).wrap("(", ")");
  }

  /**
   * {@code date_format()}: Trino's {@code format_datetime} (Joda-Time patterns) names days and months in English
   * only, so names ({@code EEEE}, {@code EEE}, {@code MMMM}, {@code MMM}) are taken from arrays of the language's
   * names, bound, and the rest of the pattern is formatted by Trino: {@code 'EEEE d MMMM'} → « mardi 5 mars ».
   */
  private Sql dateFormat(Sql value, String pattern) {
    java.text.DateFormatSymbols names = java.text.DateFormatSymbols.getInstance(locale);
    List<Sql> parts = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        int end = pattern.indexOf('\'', i + 1);
        end = end < 0 ? pattern.length() : end + 1;
        plain.append(pattern, i, end);
        i = end;
        continue;
      }
      int run = i;
      while (run < pattern.length() && pattern.charAt(run) == c) {
        run++;
      }
      if ((c == 'E' || c == 'M') && run - i >= 3) {
        if (!plain.isEmpty()) {
          parts.add(value.wrap("format_datetime(", ", ?)").then("", Sql.of("", plain.toString())));
          plain.setLength(0);
        }
        boolean full = run - i >= 4;
        parts.add(c == 'E' ? nameOf(value, "day_of_week", dayNames(full ? names.getWeekdays()
            : names.getShortWeekdays())) : nameOf(value, "month", List.of(full ? names.getMonths()
            : names.getShortMonths()).subList(0, 12)));
      } else {
        plain.append(pattern, i, run);
      }
      i = run;
    }
    if (!plain.isEmpty() || parts.isEmpty()) {
      parts.add(value.wrap("format_datetime(", ", ?)").then("", Sql.of("", plain.toString())));
    }
    return parts.size() == 1 ? parts.getFirst() : Sql.join(" || ", parts).wrap("(", ")");
  }

  /** Trino's {@code day_of_week} counts from Monday (1) to Sunday (7); Java's names start on Sunday, at 1. */
  private static List<String> dayNames(String[] javaNames) {
    List<String> monday = new ArrayList<>();
    for (int d = 2; d <= 7; d++) {
      monday.add(javaNames[d]);
    }
    monday.add(javaNames[1]);
    return monday;
  }

  private static Sql nameOf(Sql value, String part, List<String> names) {
    Sql array = Sql.of("ARRAY[" + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + "]",
        names.toArray());
    return array.wrap("element_at(", ", ").then("", value.wrap(part + "(", "))"));
  }

  /** A regular expression finding {@code word} at the start of a word (after the start or a non-alphanumeric). */
  static String wordStart(String word) {
    StringBuilder pattern = new StringBuilder("(^|[^a-z0-9])");
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 128 && !Character.isLetterOrDigit(c)) {
        pattern.append('\\');
      }
      pattern.append(c);
    }
    return pattern.toString();
  }

  /** A column's text in lower case without accents, as {@link #fold} writes the searched words. */
  private static Sql folded(Sql column) {
    return column.wrap("translate(lower(", "), '" + ACCENTED + "', '" + PLAIN + "')");
  }

  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder folded = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      int at = ACCENTED.indexOf(c);
      folded.append(at < 0 ? c : PLAIN.charAt(at));
    }
    return folded.toString();
  }

  private Sql withinDistance(Expr.Call call) {
    expectArguments(call, 3);
    geoField(call.arguments().get(0));
    OdsqlSchema.Geo geo = schema.geo().orElseThrow();
    Geometry center = geometry(call.arguments().get(1));
    if (!(center instanceof Point point)) {
      throw OdsqlException.semantic("within_distance() takes a point, as geom'POINT(lon lat)'");
    }
    double kilometres = kilometres(call.arguments().get(2));
    return Sql.of("great_circle_distance(" + quote(geo.latitude()) + ", " + quote(geo.longitude())
        + ", ?, ?) <= ?", point.getY(), point.getX(), kilometres);
  }

  private Sql inBbox(Expr.Call call) {
    expectArguments(call, 5);
    OdsqlField field = geoField(call.arguments().get(0));
    OdsqlSchema.Geo geo = schema.geo().orElseThrow();
    double[] corners = new double[4];
    for (int i = 0; i < 4; i++) {
      corners[i] = number(call.arguments().get(i + 1), "in_bbox()").doubleValue();
    }
    double minLat = Math.min(corners[0], corners[2]);
    double maxLat = Math.max(corners[0], corners[2]);
    double minLon = Math.min(corners[1], corners[3]);
    double maxLon = Math.max(corners[1], corners[3]);
    if (field.type() == FieldType.GEO_POINT_2D) {
      return Sql.of(quote(geo.latitude()) + " BETWEEN ? AND ? AND " + quote(geo.longitude()) + " BETWEEN ? AND ?",
          minLat, maxLat, minLon, maxLon);
    }
    Geometry box = GEOMETRIES.toGeometry(new Envelope(minLon, maxLon, minLat, maxLat));
    return Sql.of("ST_Intersects(ST_GeomFromBinary(" + quote(shapeColumn(geo)) + "), ST_GeometryFromText(?))",
        new WKTWriter().write(box));
  }

  private Sql spatial(Expr.Call call, String function) {
    expectArguments(call, 2);
    OdsqlField field = geoField(call.arguments().get(0));
    OdsqlSchema.Geo geo = schema.geo().orElseThrow();
    Geometry shape = geometry(call.arguments().get(1));
    String geometry = field.type() == FieldType.GEO_SHAPE
        ? "ST_GeomFromBinary(" + quote(shapeColumn(geo)) + ")"
        : "ST_Point(" + quote(geo.longitude()) + ", " + quote(geo.latitude()) + ")";
    return Sql.of(function + "(" + geometry + ", ST_GeometryFromText(?))", new WKTWriter().write(shape));
  }

  /** The WKB column behind {@code geo_shape} (a dataset of latitude and longitude columns has none). */
  private static String shapeColumn(OdsqlSchema.Geo geo) {
    if (geo.wkb() == null) {
      throw OdsqlException.semantic("This dataset has no geo_shape field");
    }
    return geo.wkb();
  }

  private OdsqlField geoField(Expr expr) {
    if (!(expr instanceof Expr.FieldRef ref)) {
      throw OdsqlException.semantic("The first argument must be a geographic field");
    }
    OdsqlField field = field(ref.name());
    if (!field.type().geographic()) {
      throw OdsqlException.semantic("Field " + field.name() + " is not a geographic field");
    }
    return field;
  }

  private static Geometry geometry(Expr expr) {
    if (!(expr instanceof Expr.GeomLiteral literal)) {
      throw OdsqlException.semantic("A geometry is expected, as geom'POINT(lon lat)'");
    }
    String text = literal.text().strip();
    Geometry geometry;
    try {
      // WKT, or a GeoJSON geometry object as Opendatasoft also accepts
      geometry = text.startsWith("{") ? GeoJsonGeometries.read(GEOJSON.readTree(text), GEOMETRIES)
          : new WKTReader(GEOMETRIES).read(text);
    } catch (ParseException | IllegalArgumentException | JacksonException e) {
      throw OdsqlException.semantic("Invalid geometry (WKT or GeoJSON expected): " + literal.text());
    }
    if (geometry.isEmpty() || !geometry.isValid() && !(geometry instanceof Point)) {
      throw OdsqlException.semantic("Invalid geometry: " + literal.text());
    }
    return geometry;
  }

  private static double kilometres(Expr expr) {
    return switch (expr) {
      case Expr.Distance distance -> {
        double factor = switch (distance.unit()) {
          case "km" -> 1;
          case "m" -> 0.001;
          case "cm" -> 0.00001;
          case "mm" -> 0.000001;
          case "mi" -> 1.609344;
          case "yd" -> 0.0009144;
          case "ft" -> 0.0003048;
          default -> throw OdsqlException.semantic("Unknown distance unit: " + distance.unit());
        };
        yield distance.amount().doubleValue() * factor;
      }
      case Expr.Number metres -> metres.value().doubleValue() / 1000;
      default -> throw OdsqlException.semantic("A distance is expected, as 10km or 500m");
    };
  }

  // ---- values

  Typed value(Expr expr, Scope scope) {
    return switch (expr) {
      case Expr.FieldRef ref -> fieldValue(field(ref.name()));
      case Expr.Text text -> new Typed(Sql.of("?", text.value()), FieldType.TEXT, false);
      case Expr.Number number -> new Typed(Sql.of("?", bound(number.value())),
          number.value().scale() > 0 ? FieldType.DOUBLE : FieldType.INT, false);
      case Expr.Bool bool -> new Typed(Sql.of(bool.value() ? "TRUE" : "FALSE"), FieldType.BOOLEAN, false);
      case Expr.DateLiteral date ->
          new Typed(Sql.of(literal(Dates.parse(date.text()), FieldType.DATETIME)), FieldType.DATETIME, false);
      case Expr.Null ignored -> new Typed(Sql.of("CAST(NULL AS varchar)"), FieldType.TEXT, false);
      case Expr.Arithmetic arithmetic -> arithmetic(arithmetic, scope);
      case Expr.Negate negate -> {
        Typed operand = value(negate.operand(), scope);
        numeric(operand, "-");
        yield new Typed(operand.sql().wrap("(- ", ")"), operand.type(), operand.aggregate());
      }
      case Expr.Call call -> call(call, scope);
      case Expr.Compare c -> bool(expr, scope);
      case Expr.Logical l -> bool(expr, scope);
      case Expr.Not n -> bool(expr, scope);
      case Expr.In i -> bool(expr, scope);
      case Expr.InRange r -> bool(expr, scope);
      case Expr.Like l -> bool(expr, scope);
      case Expr.IsNull n -> bool(expr, scope);
      case Expr.Star ignored -> throw OdsqlException.semantic("* is only allowed alone in select, or in count(*)");
      case Expr.GeomLiteral ignored -> throw OdsqlException.semantic("A geometry is only allowed in a geographic function");
      case Expr.Distance ignored -> throw OdsqlException.semantic("A distance is only allowed in within_distance()");
      case Expr.Interval ignored -> throw OdsqlException.semantic("An interval (1 day, 1M…) is only allowed in "
          + "range() on a date");
    };
  }

  private Typed bool(Expr expr, Scope scope) {
    if (scope == Scope.GROUP_BY) {
      throw OdsqlException.semantic("Conditions cannot be grouped on");
    }
    return new Typed(condition(expr, scope).wrap("(", ")"), FieldType.BOOLEAN, false);
  }

  private Typed arithmetic(Expr.Arithmetic arithmetic, Scope scope) {
    Typed left = value(arithmetic.left(), scope);
    Typed right = value(arithmetic.right(), scope);
    numeric(left, String.valueOf(arithmetic.operator()));
    numeric(right, String.valueOf(arithmetic.operator()));
    boolean decimal = left.type() == FieldType.DOUBLE || right.type() == FieldType.DOUBLE
        || arithmetic.operator() == '/';
    Sql leftSql = arithmetic.operator() == '/' ? left.sql().wrap("CAST(", " AS double)") : left.sql();
    Sql sql = leftSql.then(" " + arithmetic.operator() + " ", right.sql()).wrap("(", ")");
    return new Typed(sql, decimal ? FieldType.DOUBLE : FieldType.INT, left.aggregate() || right.aggregate());
  }

  private Typed call(Expr.Call call, Scope scope) {
    List<Expr> arguments = call.arguments();
    switch (call.name()) {
      case "count" -> {
        aggregateAllowed(call, scope);
        expectArguments(call, 1);
        if (arguments.getFirst() instanceof Expr.Star) {
          return new Typed(Sql.of("count(*)"), FieldType.INT, true);
        }
        Typed argument = plain(arguments.getFirst(), scope, call);
        return new Typed(argument.sql().wrap("count(", ")"), FieldType.INT, true);
      }
      case "sum", "avg" -> {
        aggregateAllowed(call, scope);
        expectArguments(call, 1);
        Typed argument = plain(arguments.getFirst(), scope, call);
        numeric(argument, call.name() + "()");
        FieldType type = call.name().equals("sum") && argument.type() == FieldType.INT ? FieldType.INT : FieldType.DOUBLE;
        return new Typed(argument.sql().wrap(call.name() + "(", ")"), type, true);
      }
      case "median", "percentile" -> {
        // approximate, as Trino computes them (a quantile digest, within about 1 % of the rank)
        aggregateAllowed(call, scope);
        boolean median = call.name().equals("median");
        expectArguments(call, median ? 1 : 2);
        Typed argument = plain(arguments.getFirst(), scope, call);
        numeric(argument, call.name() + "()");
        BigDecimal percent = median ? BigDecimal.valueOf(50) : number(arguments.get(1), "The rank of percentile()");
        if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
          throw OdsqlException.semantic("percentile() takes a rank above 0 and up to 100, as percentile(montant, 95)");
        }
        Sql sql = argument.sql().wrap("approx_percentile(CAST(", " AS double), ?)")
            .then("", Sql.of("", percent.doubleValue() / 100));
        return new Typed(sql, FieldType.DOUBLE, true);
      }
      case "min", "max" -> {
        aggregateAllowed(call, scope);
        expectArguments(call, 1);
        Typed argument = plain(arguments.getFirst(), scope, call);
        comparable(argument.type());
        return new Typed(argument.sql().wrap(call.name() + "(", ")"), argument.type(), true);
      }
      case "year", "month", "day", "hour", "minute", "second", "quarter" -> {
        expectArguments(call, 1);
        Typed argument = value(arguments.getFirst(), scope);
        if (!argument.type().temporal()) {
          throw OdsqlException.semantic(call.name() + "() takes a date");
        }
        // in UTC, the part of the stored value itself, so that Trino may still prune on it
        Sql part = argument.type() == FieldType.DATETIME && !zone.equals(ZoneOffset.UTC) ? local(argument)
            : argument.sql();
        return new Typed(part.wrap(call.name() + "(", ")"), FieldType.INT, argument.aggregate());
      }
      case "date_format" -> {
        expectArguments(call, 2);
        Typed argument = value(arguments.getFirst(), scope);
        if (!argument.type().temporal()) {
          throw OdsqlException.semantic("date_format() takes a date");
        }
        if (!(arguments.get(1) instanceof Expr.Text pattern) || pattern.value().isEmpty()
            || pattern.value().length() > 64) {
          throw OdsqlException.semantic("date_format() takes a format string, as \"yyyy-MM\"");
        }
        return new Typed(dateFormat(local(argument), pattern.value()), FieldType.TEXT, argument.aggregate());
      }
      case "now" -> {
        LocalDateTime local = Now.at(LocalDateTime.ofInstant(now, zone), arguments);
        return new Typed(Sql.of(Dates.literal(Dates.utc(local, zone), FieldType.DATETIME)), FieldType.DATETIME,
            false);
      }
      case "length" -> {
        expectArguments(call, 1);
        Typed argument = value(arguments.getFirst(), scope);
        if (argument.type() != FieldType.TEXT) {
          throw OdsqlException.semantic("length() takes a text");
        }
        return new Typed(argument.sql().wrap("length(", ")"), FieldType.INT, argument.aggregate());
      }
      case "range" -> throw OdsqlException.semantic("range() is only allowed in group_by");
      case "search", "startswith", "suggest", "within_distance", "in_bbox", "intersects", "within", "disjoint" -> {
        if (scope == Scope.GROUP_BY) {
          throw OdsqlException.semantic(call.name() + "() cannot be grouped on");
        }
        return new Typed(predicate(call, scope).wrap("(", ")"), FieldType.BOOLEAN, false);
      }
      default -> throw OdsqlException.semantic("Unknown function: " + call.name() + "()");
    }
  }

  /** {@code range(f, step)} or {@code range(f, *, 10, 20, *)}, for group_by. */
  GroupColumn rangeGroup(Expr.Call call) {
    List<Expr> arguments = call.arguments();
    if (arguments.size() < 2) {
      throw OdsqlException.semantic("range() takes a field and a step, or a field and bounds");
    }
    Typed operand = value(arguments.getFirst(), Scope.GROUP_BY);
    if (operand.type().temporal()) {
      return dateRangeGroup(operand, arguments);
    }
    numeric(operand, "range()");
    if (arguments.size() == 2) {
      BigDecimal step = number(arguments.get(1), "range()");
      if (step.signum() <= 0) {
        throw OdsqlException.semantic("The step of range() must be positive");
      }
      // The bucket's number, in decimals: in doubles, floor(47.41 / 0.01) is 4740, and the label of a bucket
      // built from a double lower bound reads « 47.410000000000004 ».
      Sql sql = operand.sql().wrap("CAST(floor(CAST(", " AS decimal(38, 10)) / ?) AS bigint)");
      sql = new Sql(sql.text(), concat(operand.sql().parameters(), List.of(step)));
      return new GroupColumn(new Typed(sql, FieldType.DOUBLE, false),
          new OutputColumn.Buckets(step, List.of()));
    }
    boolean openLow = arguments.get(1) instanceof Expr.Star;
    boolean openHigh = arguments.getLast() instanceof Expr.Star;
    List<BigDecimal> bounds = new ArrayList<>();
    for (Expr bound : arguments.subList(openLow ? 2 : 1, arguments.size() - (openHigh ? 1 : 0))) {
      BigDecimal value = number(bound, "range()");
      if (!bounds.isEmpty() && value.compareTo(bounds.getLast()) <= 0) {
        throw OdsqlException.semantic("The bounds of range() must increase");
      }
      bounds.add(value);
    }
    if (bounds.isEmpty()) {
      throw OdsqlException.semantic("range() needs at least one bound");
    }
    List<String> labels = new ArrayList<>();
    StringBuilder text = new StringBuilder("CASE");
    List<@Nullable Object> parameters = new ArrayList<>();
    if (!openLow) {
      text.append(" WHEN (").append(operand.sql().text()).append(") < ? THEN NULL");
      parameters.addAll(operand.sql().parameters());
      parameters.add(bounds.getFirst());
    } else {
      text.append(" WHEN (").append(operand.sql().text()).append(") < ? THEN ").append(labels.size());
      parameters.addAll(operand.sql().parameters());
      parameters.add(bounds.getFirst());
      labels.add("[*, " + bounds.getFirst().toPlainString() + "[");
    }
    for (int i = 1; i < bounds.size(); i++) {
      text.append(" WHEN (").append(operand.sql().text()).append(") < ? THEN ").append(labels.size());
      parameters.addAll(operand.sql().parameters());
      parameters.add(bounds.get(i));
      labels.add("[" + bounds.get(i - 1).toPlainString() + ", " + bounds.get(i).toPlainString() + "[");
    }
    if (openHigh) {
      text.append(" WHEN (").append(operand.sql().text()).append(") IS NOT NULL THEN ").append(labels.size());
      parameters.addAll(operand.sql().parameters());
      labels.add("[" + bounds.getLast().toPlainString() + ", *[");
    }
    text.append(" END");
    return new GroupColumn(new Typed(new Sql(text.toString(), parameters), FieldType.INT, false),
        new OutputColumn.Buckets(null, labels));
  }

  record GroupColumn(Typed value, OutputColumn.@Nullable Buckets buckets) {}

  /**
   * {@code range(date, 1 day)}: a date histogram. The bucket is the start of its period on the query's clock
   * (a calendar week, month, quarter or year; or a multiple of a fixed width from the epoch), returned in epoch
   * milliseconds and labelled {@code [start, end[} in ISO form as Opendatasoft does.
   */
  private GroupColumn dateRangeGroup(Typed operand, List<Expr> arguments) {
    if (arguments.size() != 2) {
      throw OdsqlException.semantic("range() on a date takes one interval, as range(date, 1 day) or range(date, 1M)");
    }
    OutputColumn.Interval interval = switch (arguments.get(1)) {
      case Expr.Interval i -> interval(i.amount(), i.unit());
      // « 1m » reads as a distance in metres elsewhere: on a date, a minute
      case Expr.Distance d when d.unit().equals("m") -> interval(d.amount(), "m");
      default -> throw OdsqlException.semantic("range() on a date takes an interval, as 1 day, 1h or 1M");
    };
    // a date is its midnight on the query's clock (not on the JDBC session's, which a cast would take)
    Sql local = operand.type() == FieldType.DATE
        ? operand.sql().wrap("with_timezone(CAST(", " AS timestamp(3)), ").then("", Sql.of("?)", zone.getId()))
        : local(operand);
    // one calendar period, or one second, minute, hour or day, starts on the query's clock; wider fixed widths
    // are counted from the epoch
    String truncated = interval.unit().calendar() != null ? interval.unit().calendar()
        : interval.amount() == 1 && interval.unit() != OutputColumn.Interval.Unit.MILLISECOND
            ? interval.unit().name().toLowerCase(Locale.ROOT) : null;
    Sql start = truncated != null
        ? local.wrap("date_trunc('" + truncated + "', ", ")")
        : local.wrap("from_unixtime_nanos(CAST(floor(to_unixtime(", ") * 1000 / " + interval.millis()
            + ") AS bigint) * " + interval.millis() + " * 1000000)");
    Sql epochMillis = start.wrap("CAST(to_unixtime(", ") * 1000 AS bigint)");
    return new GroupColumn(new Typed(epochMillis, FieldType.INT, false),
        new OutputColumn.Buckets(null, List.of(), interval));
  }

  private OutputColumn.Interval interval(BigDecimal amount, String unit) {
    OutputColumn.Interval.Unit parsed = switch (unit.length() <= 2 ? unit : unit.toLowerCase(Locale.ROOT)) {
      case "ms", "millisecond", "milliseconds" -> OutputColumn.Interval.Unit.MILLISECOND;
      case "s", "second", "seconds" -> OutputColumn.Interval.Unit.SECOND;
      case "m", "minute", "minutes" -> OutputColumn.Interval.Unit.MINUTE;
      case "h", "hour", "hours" -> OutputColumn.Interval.Unit.HOUR;
      case "d", "day", "days" -> OutputColumn.Interval.Unit.DAY;
      case "w", "week", "weeks" -> OutputColumn.Interval.Unit.WEEK;
      case "M", "month", "months" -> OutputColumn.Interval.Unit.MONTH;
      case "q", "quarter", "quarters" -> OutputColumn.Interval.Unit.QUARTER;
      case "y", "year", "years" -> OutputColumn.Interval.Unit.YEAR;
      default -> throw OdsqlException.semantic("Unknown interval unit: " + unit);
    };
    if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 0
        || amount.compareTo(BigDecimal.valueOf(100_000)) > 0) {
      throw OdsqlException.semantic("The interval of range() is a whole number of " + unit + ", from 1 to 100000");
    }
    long count = amount.longValue();
    if (parsed.calendar() != null && count != 1) {
      // as Opendatasoft: weeks, months, quarters and years one at a time
      throw OdsqlException.semantic("An interval of more than one " + unit + " is not supported");
    }
    return new OutputColumn.Interval(count, parsed, zone);
  }

  /** A refinement {@code field:value} (or an exclusion, negated by the caller) as a condition. */
  Sql refinement(String raw) {
    int colon = raw.indexOf(':');
    if (colon <= 0) {
      throw OdsqlException.semantic("A refinement is written facet:value, got \"" + raw + "\"");
    }
    OdsqlField field = field(raw.substring(0, colon).strip());
    String value = raw.substring(colon + 1).strip();
    if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
        || value.startsWith("'") && value.endsWith("'"))) {
      value = value.substring(1, value.length() - 1);
    }
    Sql column = column(field);
    return switch (field.type()) {
      case DATE, DATETIME -> {
        Dates.Parsed date = Dates.parse(value);
        if (date.precision() == Dates.Precision.INSTANT) {
          yield column.then(" = ", Sql.of(literal(date, field.type())));
        }
        yield column.wrap("(", " >= " + literal(date, field.type()) + ")").then(" AND ",
            column.wrap("(", " < " + Dates.literal(date.end(field.type(), zone), field.type()) + ")"));
      }
      case GEO_POINT_2D, GEO_SHAPE -> throw OdsqlException.semantic("Cannot refine on the geographic field "
          + field.name());
      default -> column.then(" = ", literal(new Expr.Text(value), field.type()));
    };
  }

  // ---- fields and literals

  OdsqlField field(String name) {
    return schema.field(name)
        .or(() -> schema.recordIdColumn().filter(name::equals).map(c -> new OdsqlField(c, FieldType.TEXT, c)))
        .orElseThrow(() -> OdsqlException.semantic("Unknown field: " + name));
  }

  Typed fieldValue(OdsqlField field) {
    return new Typed(column(field), field.type(), false);
  }

  private Sql column(OdsqlField field) {
    return switch (field.type()) {
      case GEO_POINT_2D -> {
        OdsqlSchema.Geo geo = schema.geo().orElseThrow();
        String lon = quote(geo.longitude());
        String lat = quote(geo.latitude());
        yield Sql.of("CASE WHEN " + lon + " IS NULL OR " + lat + " IS NULL THEN NULL ELSE ARRAY[" + lon + ", " + lat
            + "] END");
      }
      case GEO_SHAPE -> Sql.of(quote(shapeColumn(schema.geo().orElseThrow())));
      // a wall-clock time of the table's zone, read as the UTC date-time of the same instant (the zone's id is a
      // checked ZoneId, never request text)
      case DATETIME -> schema.wallClock().equals(ZoneOffset.UTC) ? Sql.of(quote(field.column()))
          : Sql.of("CAST(with_timezone(" + quote(field.column()) + ", '" + schema.wallClock().getId()
              + "') AT TIME ZONE 'UTC' AS timestamp(6))");
      default -> Sql.of(quote(field.column()));
    };
  }

  /** A literal as a value of the given type: bound, or printed from what was parsed. */
  private Sql literal(Expr expr, FieldType type) {
    if (expr instanceof Expr.Negate negate && negate.operand() instanceof Expr.Number number) {
      return literal(new Expr.Number(number.value().negate()), type);
    }
    return switch (type) {
      case TEXT -> switch (expr) {
        case Expr.Text text -> Sql.of("?", text.value());
        case Expr.Number number -> Sql.of("?", number.value().toPlainString());
        case Expr.Bool bool -> Sql.of("?", String.valueOf(bool.value()));
        case Expr.DateLiteral date -> Sql.of("?", date.text());
        default -> throw OdsqlException.semantic("Invalid value for a text");
      };
      case INT, DOUBLE -> switch (expr) {
        case Expr.Number number -> Sql.of("?", bound(number.value()));
        case Expr.Text text -> Sql.of("?", bound(parseNumber(text.value())));
        default -> throw OdsqlException.semantic("A number is expected");
      };
      case BOOLEAN -> switch (expr) {
        case Expr.Bool bool -> Sql.of(bool.value() ? "TRUE" : "FALSE");
        case Expr.Text text when text.value().equalsIgnoreCase("true") || text.value().equals("1") -> Sql.of("TRUE");
        case Expr.Text text when text.value().equalsIgnoreCase("false") || text.value().equals("0") -> Sql.of("FALSE");
        case Expr.Number number when number.value().signum() == 0 -> Sql.of("FALSE");
        case Expr.Number number when number.value().compareTo(BigDecimal.ONE) == 0 -> Sql.of("TRUE");
        default -> throw OdsqlException.semantic("A boolean is expected (true or false)");
      };
      case DATE, DATETIME -> switch (expr) {
        case Expr.DateLiteral date -> Sql.of(literal(Dates.parse(date.text()), type));
        case Expr.Text text -> Sql.of(literal(Dates.parse(text.value()), type));
        case Expr.Number number when number.value().scale() <= 0 && number.value().precision() == 4 ->
            Sql.of(literal(Dates.parse(number.value().toPlainString()), type));
        default -> throw OdsqlException.semantic("A date is expected, as date'2024-01-31'");
      };
      case GEO_POINT_2D, GEO_SHAPE -> throw OdsqlException.semantic("Geographic fields cannot be compared");
    };
  }

  private static BigDecimal parseNumber(String text) {
    try {
      BigDecimal value = new BigDecimal(text.strip());
      if (value.precision() > 38) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw OdsqlException.semantic("Invalid number: \"" + text + "\"");
    }
  }

  /** Whole numbers as bigint, others as decimals: Trino compares both with any numeric column. */
  private static Object bound(BigDecimal value) {
    if (value.scale() <= 0 && value.precision() - value.scale() <= 18) {
      return value.longValueExact();
    }
    return value;
  }

  private static BigDecimal number(Expr expr, String where) {
    return switch (expr) {
      case Expr.Number number -> number.value();
      case Expr.Negate negate when negate.operand() instanceof Expr.Number number -> number.value().negate();
      default -> throw OdsqlException.semantic(where + " takes numbers");
    };
  }

  static boolean isLiteral(Expr expr) {
    return expr instanceof Expr.Text || expr instanceof Expr.Number || expr instanceof Expr.Bool
        || expr instanceof Expr.DateLiteral || expr instanceof Expr.Null
        || expr instanceof Expr.Negate negate && negate.operand() instanceof Expr.Number;
  }

  private static String flip(String operator) {
    return switch (operator) {
      case "<" -> ">";
      case "<=" -> ">=";
      case ">" -> "<";
      case ">=" -> "<=";
      default -> operator;
    };
  }

  private Typed plain(Expr argument, Scope scope, Expr.Call call) {
    Typed typed = value(argument, scope);
    if (typed.aggregate()) {
      throw OdsqlException.semantic("Aggregations cannot be nested in " + call.name() + "()");
    }
    return typed;
  }

  private static void aggregateAllowed(Expr.Call call, Scope scope) {
    if (scope == Scope.WHERE) {
      throw OdsqlException.semantic("Aggregation " + call.name() + "() is not allowed in where");
    }
    if (scope == Scope.GROUP_BY) {
      throw OdsqlException.semantic("Cannot group by an aggregation (" + call.name() + "())");
    }
  }

  private static void expectArguments(Expr.Call call, int count) {
    if (call.arguments().size() != count) {
      throw OdsqlException.semantic(call.name() + "() takes " + count + " argument" + (count > 1 ? "s" : "")
          + ", got " + call.arguments().size());
    }
  }

  private static void numeric(Typed typed, String what) {
    if (!typed.type().numeric()) {
      throw OdsqlException.semantic(what + " takes numbers, not a " + typed.type().odsName());
    }
  }

  private static void comparable(FieldType type) {
    if (type.geographic()) {
      throw OdsqlException.semantic("Geographic fields cannot be compared or sorted; use a geographic function");
    }
  }

  private static boolean compatible(FieldType a, FieldType b) {
    return a == b || a.numeric() && b.numeric() || a.temporal() && b.temporal();
  }

  private static List<@Nullable Object> concat(List<@Nullable Object> a, List<@Nullable Object> b) {
    List<@Nullable Object> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String quote(String column) {
    return PreparedSql.quote(column);
  }
}
