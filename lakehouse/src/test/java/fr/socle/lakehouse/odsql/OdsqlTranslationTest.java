package fr.socle.lakehouse.odsql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.lakehouse.query.PreparedSql;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per ODSQL case: the Trino SQL and bound values it becomes, or the ODS error it gets. */
class OdsqlTranslationTest {
  static final OdsqlSchema SCHEMA = new OdsqlSchema("open", "ville", "equipements", List.of(
      new OdsqlField("nom", FieldType.TEXT, "nom"),
      new OdsqlField("commune", FieldType.TEXT, "commune"),
      new OdsqlField("montant", FieldType.DOUBLE, "montant"),
      new OdsqlField("nb", FieldType.INT, "nb"),
      new OdsqlField("actif", FieldType.BOOLEAN, "actif"),
      new OdsqlField("jour", FieldType.DATE, "jour"),
      new OdsqlField("maj", FieldType.DATETIME, "maj"),
      new OdsqlField("geo_point_2d", FieldType.GEO_POINT_2D, "geo_lon"),
      new OdsqlField("geo_shape", FieldType.GEO_SHAPE, "geometry")),
      "record_id", new OdsqlSchema.Geo("geometry", "geo_lon", "geo_lat"));

  /** One searched word found at a word start in a column (two parameters: the word, its regular expression). */
  private static final String NOM = words("\"nom\"");
  private static final String COMMUNE = words("\"commune\"");
  private static final String NB = words("CAST(\"nb\" AS varchar)");
  private static final String START = "(^|[^a-z0-9])";
  private static final String FROM = " FROM \"open\".\"ville\".\"equipements\"";
  /** What {@code now()} stands for in these cases: Wednesday 31 January 2024, 13:45:30.25 UTC. */
  static final Instant NOW = Instant.parse("2024-01-31T13:45:30.250Z");

  private static String words(String column) {
    return "(strpos(«" + column + "», ?) > 0 AND regexp_like(«" + column + "», ?))";
  }

  static PreparedSql where(String where) {
    return OdsqlQuery.on(SCHEMA).at(NOW).select("nom").where(where).defaultOrder(false).plan().sql();
  }

  static Stream<Arguments> conditions() {
    return Stream.of(
        row("nom = \"Piscine\"", "\"nom\" = ?", "Piscine"),
        row("nom = 'Piscine'", "\"nom\" = ?", "Piscine"),
        row("`nom` = \"Piscine\"", "\"nom\" = ?", "Piscine"),
        row("nom != \"a\"", "\"nom\" <> ?", "a"),
        row("nom <> \"a\"", "\"nom\" <> ?", "a"),
        row("nb > 3", "\"nb\" > ?", 3L),
        row("nb >= 3", "\"nb\" >= ?", 3L),
        row("nb < -3", "\"nb\" < ?", -3L),
        row("nb <= 3.5", "\"nb\" <= ?", new BigDecimal("3.5")),
        row("3 < nb", "\"nb\" > ?", 3L),
        row("montant = \"12.5\"", "\"montant\" = ?", new BigDecimal("12.5")),
        row("montant > 1e3", "\"montant\" > ?", 1000L),
        row("actif = true", "\"actif\" = TRUE"),
        row("actif = \"false\"", "\"actif\" = FALSE"),
        row("actif", "(\"actif\")"),
        row("not actif", "NOT ((\"actif\"))"),
        row("jour >= date'2024-01-01'", "\"jour\" >= DATE '2024-01-01'"),
        row("jour < \"2024-06\"", "\"jour\" < DATE '2024-06-01'"),
        row("jour = date'2024'", "\"jour\" = DATE '2024-01-01'"),
        row("maj > date'2024-01-01T10:00:00Z'", "\"maj\" > TIMESTAMP '2024-01-01 10:00:00.000000'"),
        row("maj > date'2024-01-01T12:00:00+02:00'", "\"maj\" > TIMESTAMP '2024-01-01 10:00:00.000000'"),
        row("maj <= '2024-01-01 08:30:00'", "\"maj\" <= TIMESTAMP '2024-01-01 08:30:00.000000'"),
        row("nom = \"a\" and nb = 1", "(\"nom\" = ?) AND (\"nb\" = ?)", "a", 1L),
        row("nom = \"a\" AND nb = 1 OR nb = 2", "((\"nom\" = ?) AND (\"nb\" = ?)) OR (\"nb\" = ?)", "a", 1L, 2L),
        row("nom = \"a\" and (nb = 1 or nb = 2)", "(\"nom\" = ?) AND ((\"nb\" = ?) OR (\"nb\" = ?))", "a", 1L, 2L),
        row("not nom = \"a\"", "NOT (\"nom\" = ?)", "a"),
        row("nom in (\"a\", \"b\")", "\"nom\" IN (?, ?)", "a", "b"),
        row("nb in (1, 2, 3)", "\"nb\" IN (?, ?, ?)", 1L, 2L, 3L),
        row("nb not in (1)", "NOT (\"nb\" IN (?))", 1L),
        row("nom in ()", "FALSE"),
        row("nb in [1..5]", "(\"nb\" >= ?) AND (\"nb\" <= ?)", 1L, 5L),
        row("nb in ]1..5[", "(\"nb\" > ?) AND (\"nb\" < ?)", 1L, 5L),
        row("jour in [date'2024-01-01'..date'2024-12-31']",
            "(\"jour\" >= DATE '2024-01-01') AND (\"jour\" <= DATE '2024-12-31')"),
        row("nom like \"Pisc%\"", "«\"nom\"» LIKE ? ESCAPE '\\'", "pisc%"),
        row("nom like \"Pisc*\"", "«\"nom\"» LIKE ? ESCAPE '\\'", "pisc%"),
        row("nom like \"*Bé_ne*\"", "«\"nom\"» LIKE ? ESCAPE '\\'", "%be\\_ne%"),
        row("nom not like \"a%\"", "NOT («\"nom\"» LIKE ? ESCAPE '\\')", "a%"),
        // without a wildcard, as Opendatasoft documents it: every word in the field
        row("nom like \"Piscine Olympique\"",
            "((" + NOM + ") AND (" + NOM + "))", "piscine", START + "piscine", "olympique", START + "olympique"),
        row("nb like \"12\"", "((" + NB + "))", "12", START + "12"),
        row("actif is true", "\"actif\" = TRUE"),
        row("actif IS FALSE", "\"actif\" = FALSE"),
        row("actif is not true", "(\"actif\" <> TRUE) OR ((\"actif\") IS NULL)"),
        row("nom:\"Piscine\"", "\"nom\" = ?", "Piscine"),
        row("nb:[1..5]", "(\"nb\" >= ?) AND (\"nb\" <= ?)", 1L, 5L),
        row("nb in [1 TO 5[", "(\"nb\" >= ?) AND (\"nb\" < ?)", 1L, 5L),
        row("intersects(geo_shape, geom'{\"type\": \"Point\", \"coordinates\": [2.35, 48.85]}')",
            "ST_Intersects(ST_GeomFromBinary(\"geometry\"), ST_GeometryFromText(?))", "POINT (2.35 48.85)"),
        row("nom is null", "(\"nom\") IS NULL"),
        row("nom is not null", "(\"nom\") IS NOT NULL"),
        row("nom = null", "(\"nom\") IS NULL"),
        row("nom != null", "(\"nom\") IS NOT NULL"),
        row("\"piscine\"", "((" + NOM + " OR " + COMMUNE + "))",
            "piscine", START + "piscine", "piscine", START + "piscine"),
        row("search(\"Piscine Olympique\")",
            "((" + NOM + " OR " + COMMUNE + ") AND (" + NOM + " OR " + COMMUNE + "))",
            "piscine", START + "piscine", "piscine", START + "piscine",
            "olympique", START + "olympique", "olympique", START + "olympique"),
        row("search(nom, \"piscine\")", "((" + NOM + "))", "piscine", START + "piscine"),
        row("search(nom, \"Bâtiment* ÉTÉ\")", "((" + NOM + ") AND (" + NOM + "))",
            "batiment", START + "batiment", "ete", START + "ete"),
        row("search(*, \"piscine\")", "((" + NOM + " OR " + COMMUNE + "))",
            "piscine", START + "piscine", "piscine", START + "piscine"),
        row("search(`nom`, nb, \"12\")",
            "((" + NOM + " OR " + NB + "))", "12", START + "12", "12", START + "12"),
        // punctuation in a word is matched as written, not read as a regular expression
        row("search(nom, \"l'école.\")", "((" + NOM + "))", "l'ecole.", START + "l\\'ecole\\."),
        row("startswith(nom, \"pis\")",
            "((starts_with(«\"nom\"», ?) OR strpos(«\"nom\"», ?) > 0))", "pis", " pis"),
        row("suggest(nom, \"pis\")",
            "((starts_with(«\"nom\"», ?) OR strpos(«\"nom\"», ?) > 0))", "pis", " pis"),
        row("year(jour) = 2024", "year(\"jour\") = ?", 2024L),
        row("month(maj) >= 6", "month(\"maj\") >= ?", 6L),
        row("day(jour) = 1", "day(\"jour\") = ?", 1L),
        row("maj < now()", "\"maj\" < TIMESTAMP '2024-01-31 13:45:30.250000'"),
        row("maj >= now(days=-7)", "\"maj\" >= TIMESTAMP '2024-01-24 13:45:30.250000'"),
        row("jour >= now(years=-1, month=1, day=1, hour=0, minute=0, second=0, microsecond=0)",
            "\"jour\" >= TIMESTAMP '2023-01-01 00:00:00.000000'"),
        // a part set before any shift; a day past the month's end becomes its last day
        row("maj < now(MONTHS=1)", "\"maj\" < TIMESTAMP '2024-02-29 13:45:30.250000'"),
        row("maj < now(month=2, day=31, weeks=1, hours=-1)", "\"maj\" < TIMESTAMP '2024-03-07 12:45:30.250000'"),
        row("length(nom) > 3", "length(\"nom\") > ?", 3L),
        row("nb * 2 > montant", "(\"nb\" * ?) > \"montant\"", 2L),
        row("nb / 2 = 1", "(CAST(\"nb\" AS double) / ?) = ?", 2L, 1L),
        row("nb + 1 = 2", "(\"nb\" + ?) = ?", 1L, 2L),
        row("nb = montant", "\"nb\" = \"montant\""),
        row("record_id = \"r-1\"", "\"record_id\" = ?", "r-1"),
        row("within_distance(geo_point_2d, geom'POINT(2.35 48.85)', 10km)",
            "great_circle_distance(\"geo_lat\", \"geo_lon\", ?, ?) <= ?", 48.85, 2.35, 10.0),
        row("within_distance(geo_shape, geom'POINT(2.35 48.85)', 500m)",
            "great_circle_distance(\"geo_lat\", \"geo_lon\", ?, ?) <= ?", 48.85, 2.35, 0.5),
        row("in_bbox(geo_point_2d, 48.9, 2.2, 48.8, 2.4)",
            "\"geo_lat\" BETWEEN ? AND ? AND \"geo_lon\" BETWEEN ? AND ?", 48.8, 48.9, 2.2, 2.4),
        row("in_bbox(geo_shape, 48.8, 2.2, 48.9, 2.4)",
            "ST_Intersects(ST_GeomFromBinary(\"geometry\"), ST_GeometryFromText(?))",
            "POLYGON ((2.2 48.8, 2.2 48.9, 2.4 48.9, 2.4 48.8, 2.2 48.8))"),
        row("intersects(geo_shape, geom'POLYGON((0 0, 0 1, 1 1, 1 0, 0 0))')",
            "ST_Intersects(ST_GeomFromBinary(\"geometry\"), ST_GeometryFromText(?))",
            "POLYGON ((0 0, 0 1, 1 1, 1 0, 0 0))"),
        row("intersects(geo_point_2d, geom'POLYGON((0 0, 0 1, 1 1, 1 0, 0 0))')",
            "ST_Intersects(ST_Point(\"geo_lon\", \"geo_lat\"), ST_GeometryFromText(?))",
            "POLYGON ((0 0, 0 1, 1 1, 1 0, 0 0))"),
        row("within(geo_point_2d, geom'POLYGON((0 0, 0 1, 1 1, 1 0, 0 0))')",
            "ST_Within(ST_Point(\"geo_lon\", \"geo_lat\"), ST_GeometryFromText(?))",
            "POLYGON ((0 0, 0 1, 1 1, 1 0, 0 0))"),
        row("disjoint(geo_shape, geom'POINT(1 2)')",
            "ST_Disjoint(ST_GeomFromBinary(\"geometry\"), ST_GeometryFromText(?))", "POINT (1 2)"),
        row("NOM = \"x\" AnD Nb = 1".replace("NOM", "nom").replace("Nb", "nb"), "(\"nom\" = ?) AND (\"nb\" = ?)", "x",
            1L),
        row("nom = \"Créteil – île\"", "\"nom\" = ?", "Créteil – île"),
        row("nom = \"\\u00e9t\\u00e9\"", "\"nom\" = ?", "été"),
        row("nom = \"line\\nbreak\\ttab\"", "\"nom\" = ?", "line\nbreak\ttab"),
        row("nom = 'it\\'s'", "\"nom\" = ?", "it's"),
        row("true", "TRUE"),
        row("\"nom\" = \"a\" or 1=1", "(? = ?) OR (? = ?)", "nom", "a", 1L, 1L));
  }

  /** In expected SQL, {@code «x»} stands for x in lower case without accents, as text searches compare. */
  private static Arguments row(String where, String sql, Object... parameters) {
    String expanded = sql.replace("«", "translate(lower(")
        .replace("»", "), 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy')");
    return Arguments.of(where, expanded, Arrays.asList(parameters));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conditions")
  void conditionsBecomeTrinoSql(String where, String sql, List<Object> parameters) {
    PreparedSql prepared = where(where);
    assertThat(prepared.sql()).isEqualTo("SELECT \"nom\" AS c0" + FROM + " WHERE (" + sql + ")");
    assertThat(prepared.parameters()).containsExactlyElementsOf(parameters);
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        error("where", "inconnu = 1", "ODSQLError", "Unknown field: inconnu. Clause(s) containing the error(s): where."),
        error("where", "garbage==", "ODSQLSyntaxError",
            "ODSQL syntax exception: unexpected = at position 8 in garbage==. Clause(s) containing the error(s): where."),
        error("where", "contains(nom, \"x\")", "ODSQLError", "Unknown function: contains()"),
        error("where", "nom = ", "ODSQLSyntaxError", "unexpected end of input at position 6"),
        error("where", "(nom = \"a\"", "ODSQLSyntaxError", "unexpected end of input"),
        error("where", "nom = \"a\")", "ODSQLSyntaxError", "unexpected ) at position 9"),
        error("where", "nom = \"unterminated", "ODSQLSyntaxError", "unterminated string"),
        error("where", "`nom = 1", "ODSQLSyntaxError", "unterminated field name"),
        error("where", "nom = \"a\"; DROP TABLE x", "ODSQLSyntaxError", "unexpected ; at position 9"),
        error("where", "nom = \"a\" -- comment", "ODSQLError", "Unknown field: comment"),
        error("where", "nom = \"a\" /* c */", "ODSQLSyntaxError", "unexpected"),
        error("where", "nom = \"a\" # c", "ODSQLSyntaxError", "unexpected # at position 10"),
        error("where", "nb = \"douze\"", "ODSQLError", "Invalid number: \"douze\""),
        error("where", "jour = \"demain\"", "ODSQLError", "Invalid date"),
        error("where", "maj < now(7)", "ODSQLError", "now() takes named arguments"),
        error("where", "maj < now(fortnights=1)", "ODSQLError", "Unknown argument of now(): fortnights"),
        error("where", "maj < now(days=1.5)", "ODSQLError", "The argument days of now() takes a whole number"),
        error("where", "maj < now(days=1, days=2)", "ODSQLError", "given twice"),
        error("where", "maj < now(month=13)", "ODSQLError", "Invalid argument of now()"),
        error("where", "maj < now(years=99999999)", "ODSQLError", "too large"),
        error("where", "maj < now(year=9999, months=12)", "ODSQLError", "outside years 1 to 9999"),
        error("where", "actif = \"peut-être\"", "ODSQLError", "A boolean is expected"),
        error("where", "count(*) > 1", "ODSQLError", "not allowed in where"),
        error("where", "nb", "ODSQLError", "Field nb is not a boolean"),
        error("where", "geo_point_2d = 1", "ODSQLError", "Geographic fields cannot be compared"),
        error("where", "within_distance(nom, geom'POINT(1 2)', 1km)", "ODSQLError", "is not a geographic field"),
        error("where", "within_distance(geo_point_2d, geom'POLYGON((0 0, 0 1, 1 1, 0 0))', 1km)", "ODSQLError",
            "takes a point"),
        error("where", "within_distance(geo_point_2d, geom'NOT WKT', 1km)", "ODSQLError", "Invalid geometry"),
        error("where", "within_distance(geo_point_2d, geom'POINT(1 2)', \"far\")", "ODSQLError", "A distance"),
        error("where", "distance(geo_point_2d, geom'POINT(1 2)', 1km)", "ODSQLError", "not part of ODSQL v2.1"),
        error("where", "nom like nb", "ODSQLError", "like takes a string pattern"),
        error("where", "nom in (nb)", "ODSQLError", "literal values only"),
        error("where", "nom = date'2024-01-01' and", "ODSQLSyntaxError", "unexpected end of input"),
        error("where", "nom = x'41'", "ODSQLSyntaxError", "unexpected \"41\""),
        error("where", "nom = \"a\" \u0000", "ODSQLSyntaxError", "unexpected \\u0000"),
        error("where", "(".repeat(100) + "nb = 1" + ")".repeat(100), "ODSQLSyntaxError", "nested too deeply"),
        error("where", "nom = \"a\" union select 1", "ODSQLSyntaxError", "unexpected union"),
        error("where", "nb = 1 or `nb\" or 1=1 --` = 2", "ODSQLError", "Unknown field: nb\" or 1=1 --"),
        error("where", "nom == \"a\"", "ODSQLSyntaxError", "unexpected = at position 5"),
        error("where", "nb = 99999999999999999999999999999999999999999", "ODSQLSyntaxError", "number out of range"),
        error("select", "nom, inconnu", "ODSQLError", "Unknown field: inconnu. Clause(s) containing the error(s): select."),
        error("select", "nom, count(*)", "ODSQLError", "Field nom must be aggregated or appear in group_by"),
        error("select", "count(count(*))", "ODSQLError", "cannot be nested"),
        error("select", "sum(nom)", "ODSQLError", "sum() takes numbers"),
        error("select", "nom as", "ODSQLSyntaxError", "unexpected end of input"),
        error("select", "nom as n, commune as n", "ODSQLError", "Duplicate name in select: n"),
        error("select", "range(nb, 10)", "ODSQLError", "range() is only allowed in group_by"),
        error("select", "nom as and", "ODSQLSyntaxError", "unexpected and"),
        error("group_by", "count(*)", "ODSQLError", "Cannot group by an aggregation"),
        error("group_by", "geo_shape", "ODSQLError", "Cannot group by the geographic field"),
        error("group_by", "range(nb, 0)", "ODSQLError", "must be positive"),
        error("group_by", "range(nb, *, 20, 10, *)", "ODSQLError", "must increase"),
        error("group_by", "range(nom, 10)", "ODSQLError", "range() takes numbers"),
        error("order_by", "inconnu desc", "ODSQLError", "Unknown field: inconnu. Clause(s) containing the error(s): order_by."),
        error("order_by", "geo_shape", "ODSQLError", "Cannot sort on a geographic field"),
        error("order_by", "nom descending", "ODSQLSyntaxError", "unexpected descending"),
        error("refine", "nom", "ODSQLError", "facet:value"),
        error("refine", "inconnu:x", "ODSQLError", "Unknown field: inconnu. Clause(s) containing the error(s): refine."),
        error("refine", "jour:hier", "ODSQLError", "Invalid date"));
  }

  private static Arguments error(String clause, String text, String code, String message) {
    return Arguments.of(clause, text, code, message);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("errors")
  void invalidClausesAreOdsErrors(String clause, String text, String code, String message) {
    OdsqlQuery query = OdsqlQuery.on(SCHEMA);
    switch (clause) {
      case "where" -> query.where(text);
      case "select" -> query.select(text);
      case "group_by" -> query.groupBy(text);
      case "order_by" -> query.orderBy(text);
      case "refine" -> query.refine(text);
      default -> throw new IllegalArgumentException(clause);
    }
    assertThatThrownBy(query::plan)
        .isInstanceOfSatisfying(OdsqlException.class, e -> {
          assertThat(e.odsErrorCode()).isEqualTo(code);
          assertThat(e.odsMessage()).contains(message);
          assertThat(e.clause()).isEqualTo(clause);
        });
  }

  /** Hostile values stay bound values: the SQL text is the same whatever they hold. */
  static Stream<String> hostileValues() {
    return Stream.of("x\" OR 1=1", "x' OR '1'='1", "'; DROP TABLE t; --", "\\\" OR 1=1 --", "x\u0000y",
        "a\"); SELECT * FROM internal.rh.salaires; --", "*/ OR 1=1 /*", "é'ç\"à", "${jndi:ldap://x}", "%' --");
  }

  @ParameterizedTest
  @MethodSource("hostileValues")
  void injectionAttemptsAreBoundNotSpliced(String hostile) {
    String quoted = "\"" + hostile.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    PreparedSql prepared = where("nom = " + quoted + " or search(" + quoted + ")");
    // a word of wildcards alone (« * ») searches nothing
    long words = Arrays.stream(hostile.strip().split("\\s+")).filter(w -> !w.matches("\\*+")).count();
    PreparedSql benign = where("nom = \"v\" or search(\"" + "w ".repeat((int) words).strip() + "\")");
    assertThat(prepared.sql()).isEqualTo(benign.sql());
    assertThat(prepared.parameters().getFirst()).isEqualTo(hostile);
    assertThat(prepared.sql()).doesNotContain("1=1").doesNotContain("DROP").doesNotContain("internal");
  }

  @Test
  void backtickedFieldNamesAreCheckedNotQuotedThrough() {
    // the JS client escapes backticks in field names with a backslash
    assertThatThrownBy(() -> where("`nom\\` = 1 or \\`` = 2")).isInstanceOf(OdsqlException.class)
        .hasMessageContaining("Unknown field: nom` = 1 or `");
    assertThatThrownBy(() -> where("`nom\"` = 1")).hasMessageContaining("Unknown field: nom\"");
  }

  @Test
  void selectWithAliasesAggregatesAndGroups() {
    OdsqlQuery.Plan plan = OdsqlQuery.on(SCHEMA)
        .select("commune, count(*) as n, avg(montant) as moyenne")
        .groupBy("commune")
        .orderBy("n desc")
        .page(10, 20)
        .plan();
    assertThat(plan.sql().sql()).isEqualTo("SELECT \"commune\" AS c0, count(*) AS c1, avg(\"montant\") AS c2"
        + FROM + " GROUP BY 1 ORDER BY 2 DESC OFFSET 20 LIMIT 10");
    assertThat(plan.columns()).extracting(OutputColumn::key).containsExactly("commune", "n", "moyenne");
    assertThat(plan.columns()).extracting(OutputColumn::type)
        .containsExactly(FieldType.TEXT, FieldType.INT, FieldType.DOUBLE);
    assertThat(plan.aggregated()).isTrue();
  }

  @Test
  void medianAndPercentilesAreTrinosApproximateOnes() {
    OdsqlQuery.Plan plan = OdsqlQuery.on(SCHEMA).select("median(nb) as mediane, percentile(montant, 95) as p95")
        .plan();
    assertThat(plan.sql().sql()).isEqualTo("SELECT approx_percentile(CAST(\"nb\" AS double), ?) AS c0, "
        + "approx_percentile(CAST(\"montant\" AS double), ?) AS c1" + FROM);
    assertThat(plan.sql().parameters()).containsExactly(0.5, 0.95);
    assertThat(plan.columns()).extracting(OutputColumn::type).containsExactly(FieldType.DOUBLE, FieldType.DOUBLE);
    assertThatThrownBy(() -> OdsqlQuery.on(SCHEMA).select("percentile(nb, 0)").plan())
        .hasMessageContaining("above 0 and up to 100");
    assertThatThrownBy(() -> OdsqlQuery.on(SCHEMA).select("percentile(nb)").plan())
        .hasMessageContaining("percentile() takes 2 arguments");
    assertThatThrownBy(() -> OdsqlQuery.on(SCHEMA).select("median(nom)").plan())
        .hasMessageContaining("median() takes numbers");
    assertThatThrownBy(() -> where("median(nb) > 1")).hasMessageContaining("not allowed in where");
  }

  /**
   * Day and month names in the language asked for (French by default, as Opendatasoft): Trino writes English
   * ones, so names come from bound arrays, Monday first as Trino counts, and the rest of the pattern from Trino.
   */
  @Test
  void dateFormatNamesDaysAndMonthsInTheLanguageAsked() {
    PreparedSql french = OdsqlQuery.on(SCHEMA).select("date_format(jour, \"EEEE d MMMM yyyy\") as d").plan().sql();
    String jour = "CAST(\"jour\" AS timestamp(3) with time zone)";
    assertThat(french.sql()).startsWith("SELECT (element_at(ARRAY[?, ?, ?, ?, ?, ?, ?], day_of_week(" + jour + ")) || "
        + "format_datetime(" + jour + ", ?) || element_at(ARRAY[?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?], month(" + jour
        + ")) || format_datetime(" + jour + ", ?)) AS c0");
    assertThat(french.parameters()).startsWith("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
        "dimanche", " d ", "janvier").contains("décembre", " yyyy");
    PreparedSql english = OdsqlQuery.on(SCHEMA).lang(java.util.Locale.ENGLISH).select("date_format(jour, \"EEE\")")
        .plan().sql();
    assertThat(english.parameters()).startsWith("Mon", "Tue").hasSize(7);
    // quoted text is not a pattern, a short numeric month stays Trino's
    PreparedSql quoted = OdsqlQuery.on(SCHEMA).select("date_format(jour, \"'EEEE' MM\")").plan().sql();
    assertThat(quoted.sql()).startsWith("SELECT format_datetime(" + jour + ", ?) AS c0");
    assertThat(quoted.parameters()).containsExactly("'EEEE' MM");
  }

  @Test
  void excludeLeavesFieldsOutOfAllTheOthersAndIncludeNamesOne() {
    OdsqlQuery.Plan plan = OdsqlQuery.on(SCHEMA).select("exclude(geo_shape), exclude(`geo_point_2d`)").plan();
    assertThat(plan.columns()).extracting(OutputColumn::key)
        .containsExactly("nom", "commune", "montant", "nb", "actif", "jour", "maj");
    assertThat(plan.sql().sql()).doesNotContain("geometry", "geo_lon");

    plan = OdsqlQuery.on(SCHEMA).select("include(nom), nb, exclude(nb)").plan();
    assertThat(plan.columns()).extracting(OutputColumn::key).containsExactly("nom");
    assertThat(plan.sql().sql()).startsWith("SELECT \"nom\" AS c0" + FROM);

    // a prefix names every field that begins with it, as Opendatasoft's include(pop*)
    assertThat(OdsqlQuery.on(SCHEMA).select("include(n*), exclude(nb)").plan().columns()).extracting(OutputColumn::key)
        .containsExactly("nom");
    assertThat(OdsqlQuery.on(SCHEMA).select("exclude(geo_*), exclude(`m*`)").plan().columns())
        .extracting(OutputColumn::key).containsExactly("nom", "commune", "nb", "actif", "jour");
    assertThatThrownBy(() -> OdsqlQuery.on(SCHEMA).select("include(zz*)").plan())
        .hasMessageContaining("No field begins with zz");

    assertThatThrownBy(() -> OdsqlQuery.on(SCHEMA).select("exclude(secret)").plan())
        .hasMessageContaining("Unknown field: secret");
    assertThatThrownBy(() -> OdsqlQuery.on(SCHEMA).select("exclude(nom, nb)").plan())
        .hasMessageContaining("exclude() takes one field name");
  }

  @Test
  void keysAreTheExpressionsAsWritten() {
    OdsqlQuery.Plan plan = OdsqlQuery.on(SCHEMA).select("count(*), sum(nb)").plan();
    assertThat(plan.columns()).extracting(OutputColumn::key).containsExactly("count(*)", "sum(nb)");
    assertThat(plan.sql().sql()).isEqualTo("SELECT count(*) AS c0, sum(\"nb\") AS c1" + FROM);
  }

  @Test
  void groupByWithoutSelectReturnsTheGroupsSortedByKey() {
    OdsqlQuery.Plan plan = OdsqlQuery.on(SCHEMA).groupBy("year(jour) as annee, commune").plan();
    assertThat(plan.sql().sql()).isEqualTo("SELECT year(\"jour\") AS c0, \"commune\" AS c1" + FROM
        + " GROUP BY 1, 2 ORDER BY 1 ASC, 2 ASC");
    assertThat(plan.columns()).extracting(OutputColumn::key).containsExactly("annee", "commune");
  }

  @Test
  void everyGroupKeyIsInTheResultsSelectedOrNot() {
    // as Opendatasoft answers select=count(*) as n&group_by=commune: {"n": 3, "commune": "Valmont"}
    OdsqlQuery.Plan plan = OdsqlQuery.on(SCHEMA).select("count(*) as n").groupBy("commune").orderBy("commune desc")
        .plan();
    assertThat(plan.sql().sql()).isEqualTo("SELECT count(*) AS c0, \"commune\" AS c1" + FROM
        + " GROUP BY 2 ORDER BY 2 DESC");
    assertThat(plan.columns()).extracting(OutputColumn::key).containsExactly("n", "commune");
  }

  /** A date histogram, as Opendatasoft's: {@code range(date, 1 day)}, {@code 1M}, {@code 6h}; labelled by period. */
  @Test
  void rangeOnADateGroupsByPeriodsLabelledInIsoForm() {
    OdsqlQuery.Plan days = OdsqlQuery.on(SCHEMA).select("range(maj, 1 day) as j, count(*) as n")
        .groupBy("range(maj, 1 day) as j").plan();
    assertThat(days.sql().sql()).startsWith("SELECT CAST(to_unixtime(date_trunc('day', with_timezone(\"maj\", 'UTC')))"
        + " * 1000 AS bigint) AS c0");
    assertThat(days.columns().getFirst().buckets().label(Instant.parse("2020-01-01T00:00:00Z").toEpochMilli()))
        .isEqualTo("[2020-01-01T00:00:00.000Z, 2020-01-02T00:00:00.000Z[");
    OdsqlQuery.Plan months = OdsqlQuery.on(SCHEMA).timezone(java.time.ZoneId.of("Europe/Paris"))
        .groupBy("range(jour, 1M) as m").plan();
    assertThat(months.sql().sql()).contains("date_trunc('month', ");
    assertThat(months.columns().getFirst().buckets().label(Instant.parse("2024-01-31T23:00:00Z").toEpochMilli()))
        .isEqualTo("[2024-02-01T00:00:00.000+01:00, 2024-03-01T00:00:00.000+01:00[");
    OdsqlQuery.Plan sixHours = OdsqlQuery.on(SCHEMA).groupBy("range(maj, 6h) as q").plan();
    assertThat(sixHours.sql().sql()).contains("/ 21600000) AS bigint) * 21600000 * 1000000)");
    assertThat(OdsqlQuery.on(SCHEMA).groupBy("range(maj, 15 minutes)").plan().columns().getFirst().buckets()
        .label(0L)).isEqualTo("[1970-01-01T00:00:00.000Z, 1970-01-01T00:15:00.000Z[");
    assertThatThrownBy(() -> OdsqlQuery.on(SCHEMA).groupBy("range(maj, 2 months)").plan())
        .hasMessageContaining("more than one");
    assertThatThrownBy(() -> OdsqlQuery.on(SCHEMA).groupBy("range(maj, 10)").plan())
        .hasMessageContaining("takes an interval");
    assertThatThrownBy(() -> OdsqlQuery.on(SCHEMA).where("maj > 1 day").plan())
        .hasMessageContaining("only allowed in range()");
  }

  @Test
  void aGroupSelectedByItsAliasIsWrittenOnceAndGroupedByPosition() {
    // written twice, the expression would carry its bound values twice and Trino would not know it for the group
    OdsqlQuery.Plan plan = OdsqlQuery.on(SCHEMA).select("tranche, count(*) as n")
        .groupBy("range(montant, 100) as tranche").plan();
    assertThat(plan.sql().sql()).startsWith("SELECT CAST(floor(CAST(\"montant\" AS decimal(38, 10)) / ?) AS bigint)"
        + " AS c0, count(*) AS c1" + FROM).endsWith(" GROUP BY 1 ORDER BY 1 ASC");
    assertThat(plan.sql().parameters()).hasSize(2);
    assertThat(plan.columns()).extracting(OutputColumn::key).containsExactly("tranche", "n");

    plan = OdsqlQuery.on(SCHEMA).select("m, count(*) as n").groupBy("date_format(jour, \"yyyy\") as m").plan();
    assertThat(plan.sql().sql()).endsWith(" GROUP BY 1 ORDER BY 1 ASC");
    assertThat(plan.sql().parameters()).containsExactly("yyyy");
  }

  @Test
  void rangeWithAStepGroupsByLowerBound() {
    OdsqlQuery.Plan plan = OdsqlQuery.on(SCHEMA).select("range(montant, 100) as tranche, count(*) as n")
        .groupBy("range(montant, 100) as tranche").plan();
    String bucket = "CAST(floor(CAST(\"montant\" AS decimal(38, 10)) / ?) AS bigint)";
    assertThat(plan.sql().sql()).isEqualTo("SELECT " + bucket + " AS c0, count(*) AS c1" + FROM
        + " WHERE ((" + bucket + ") IS NOT NULL) GROUP BY 1 ORDER BY 1 ASC");
    assertThat(plan.sql().parameters()).containsExactly(new BigDecimal("100"), new BigDecimal("100"));
    assertThat(plan.columns().getFirst().buckets().label(2L)).isEqualTo("[200, 300[");
    // labels are exact multiples of the step, never a double's noise
    OutputColumn.Buckets hundredths = new OutputColumn.Buckets(new BigDecimal("0.01"), List.of());
    assertThat(hundredths.label(4741L)).isEqualTo("[47.41, 47.42[");
    assertThat(hundredths.label(-3L)).isEqualTo("[-0.03, -0.02[");
  }

  @Test
  void rangeWithBoundsLabelsItsBucketsAndLeavesOutWhatFallsOutsideClosedBounds() {
    OdsqlQuery.Plan plan = OdsqlQuery.on(SCHEMA).groupBy("range(nb, *, 10, 20, *)").plan();
    String cases = "CASE WHEN (\"nb\") < ? THEN 0 WHEN (\"nb\") < ? THEN 1 WHEN (\"nb\") IS NOT NULL THEN 2 END";
    assertThat(plan.sql().sql()).isEqualTo("SELECT " + cases + " AS c0" + FROM
        + " WHERE ((" + cases + ") IS NOT NULL) GROUP BY 1 ORDER BY 1 ASC");
    // [1, 2, 3]: two buckets, values under 1 or from 3 on in none, as Opendatasoft counts them
    assertThat(OdsqlQuery.on(SCHEMA).groupBy("range(nb, 1, 2, 3)").plan().sql().sql()).isEqualTo(
        "SELECT CASE WHEN (\"nb\") < ? THEN NULL WHEN (\"nb\") < ? THEN 0 WHEN (\"nb\") < ? THEN 1 END AS c0"
            + FROM + " WHERE ((CASE WHEN (\"nb\") < ? THEN NULL WHEN (\"nb\") < ? THEN 0 WHEN (\"nb\") < ? THEN 1"
            + " END) IS NOT NULL) GROUP BY 1 ORDER BY 1 ASC");
    OutputColumn.Buckets buckets = plan.columns().getFirst().buckets();
    assertThat(buckets.labels()).containsExactly("[*, 10[", "[10, 20[", "[20, *[");
    assertThat(plan.columns().getFirst().type()).isEqualTo(FieldType.TEXT);
  }

  @Test
  void dateFormatPatternIsBound() {
    OdsqlQuery.Plan plan = OdsqlQuery.on(SCHEMA).select("date_format(jour, \"yyyy-MM\") as mois, count(*)")
        .groupBy("date_format(jour, \"yyyy-MM\") as mois").plan();
    assertThat(plan.sql().sql()).startsWith(
        "SELECT format_datetime(CAST(\"jour\" AS timestamp(3) with time zone), ?) AS c0, count(*) AS c1");
    assertThat(plan.sql().parameters()).containsExactly("yyyy-MM");
  }

  /** With {@code timezone=Europe/Paris}, a day, an hour and {@code now()}'s midnight are those of Paris' clocks. */
  @Test
  void timezoneIsTheClockDatesAreReadOn() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    PreparedSql sql = OdsqlQuery.on(SCHEMA).at(NOW).timezone(paris).select("nom")
        .where("maj >= date'2024-07-01' and maj < date'2024-07-01T12:00:00Z' and jour >= date'2024-07-01'")
        .where("year(maj) = 2024 and maj < now(hour=0, minute=0, second=0, microsecond=0)")
        .refine("maj:2024-01-15")
        .defaultOrder(false).plan().sql();
    assertThat(sql.sql()).isEqualTo("SELECT \"nom\" AS c0" + FROM + " WHERE "
        // summer time: midnight in Paris is 22:00 UTC the day before; a date with its offset is taken as written
        + "((\"maj\" >= TIMESTAMP '2024-06-30 22:00:00.000000') AND (\"maj\" < TIMESTAMP '2024-07-01 12:00:00.000000')"
        // a date field holds calendar days, not instants
        + " AND (\"jour\" >= DATE '2024-07-01'))"
        + " AND ((year(at_timezone(with_timezone(\"maj\", 'UTC'), ?)) = ?)"
        // 31 January 2024 at 14:45 in Paris: that day's midnight there is 23:00 UTC the day before
        + " AND (\"maj\" < TIMESTAMP '2024-01-30 23:00:00.000000'))"
        + " AND ((\"maj\" >= TIMESTAMP '2024-01-14 23:00:00.000000') AND (\"maj\" < TIMESTAMP '2024-01-15 23:00:00.000000'))");
    assertThat(sql.parameters()).containsExactly("Europe/Paris", 2024L);

    OdsqlQuery.Plan hours = OdsqlQuery.on(SCHEMA).timezone(paris).select("count(*) as n")
        .groupBy("date_format(maj, \"HH\") as heure").plan();
    assertThat(hours.sql().sql())
        .contains("format_datetime(at_timezone(with_timezone(\"maj\", 'UTC'), ?), ?) AS c1");
    assertThat(hours.sql().parameters()).containsExactly("Europe/Paris", "HH");
    // in UTC, a date-time's parts are read from the stored value itself
    assertThat(where("year(maj) = 2024").sql()).contains("(year(\"maj\") = ?)");
  }

  @Test
  void recordsArePagedInRecordIdOrder() {
    OdsqlQuery.Plan plan = OdsqlQuery.on(SCHEMA).select("nom, nb").orderBy("nb desc").page(100, 9900).plan();
    assertThat(plan.sql().sql()).isEqualTo("SELECT \"nom\" AS c0, \"nb\" AS c1"
        + FROM + " ORDER BY 2 DESC, \"record_id\" ASC OFFSET 9900 LIMIT 100");
  }

  @Test
  void starSelectsEveryFieldGeographyIncluded() {
    OdsqlQuery.Plan plan = OdsqlQuery.on(SCHEMA).plan();
    assertThat(plan.columns()).extracting(OutputColumn::key).containsExactly("nom", "commune", "montant", "nb",
        "actif", "jour", "maj", "geo_point_2d", "geo_shape");
    assertThat(plan.sql().sql()).contains("CASE WHEN \"geo_lon\" IS NULL OR \"geo_lat\" IS NULL THEN NULL ELSE "
        + "ARRAY[\"geo_lon\", \"geo_lat\"] END AS c7, \"geometry\" AS c8").endsWith("ORDER BY \"record_id\" ASC");
  }

  @Test
  void refinementsAndExclusionsCombine() {
    PreparedSql sql = OdsqlQuery.on(SCHEMA).select("nom").refine("commune:Tours").refine("jour:2024")
        .exclude("nom:\"Piscine\"").defaultOrder(false).plan().sql();
    assertThat(sql.sql()).endsWith(" WHERE (\"commune\" = ?) AND ((\"jour\" >= DATE '2024-01-01') AND "
        + "(\"jour\" < DATE '2025-01-01')) AND NOT coalesce((\"nom\" = ?), FALSE)");
    assertThat(sql.parameters()).containsExactly("Tours", "Piscine");
  }

  @Test
  void repeatedWhereClausesAreAnded() {
    PreparedSql sql = OdsqlQuery.on(SCHEMA).select("nom").where("nb > 1").where("nb < 5").defaultOrder(false)
        .plan().sql();
    assertThat(sql.sql()).endsWith(" WHERE (\"nb\" > ?) AND (\"nb\" < ?)");
  }

  @Test
  void countWrapsTheQuery() {
    PreparedSql count = OdsqlQuery.on(SCHEMA).select("nom").where("nb > 1").page(10, 10).countSql();
    assertThat(count.sql()).isEqualTo("SELECT count(*) FROM (SELECT \"nom\" AS c0" + FROM
        + " WHERE (\"nb\" > ?)) AS counted");
  }

  @Test
  void theSqlTextOnlyEverHoldsSchemaNamesAndConstants() {
    // every identifier in the SQL text is a column of the schema, whatever the clauses say
    OdsqlQuery.Plan plan = OdsqlQuery.on(SCHEMA)
        .select("nom as `x\"; DROP TABLE y; --`, count(*) as `a\"b`")
        .where("search(\"'; DROP TABLE t; --\") and nom like \"%'--\"")
        .groupBy("nom")
        .orderBy("`x\"; DROP TABLE y; --` desc")
        .plan();
    assertThat(plan.sql().sql()).doesNotContain("DROP").doesNotContain("--").doesNotContain("a\"b");
    assertThat(plan.columns()).extracting(OutputColumn::key).containsExactly("x\"; DROP TABLE y; --", "a\"b");
  }
}
