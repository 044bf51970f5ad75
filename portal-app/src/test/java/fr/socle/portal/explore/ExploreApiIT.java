package fr.socle.portal.explore;

import static fr.socle.portal.explore.ExplorePortal.bytes;
import static fr.socle.portal.explore.ExplorePortal.get;
import static fr.socle.portal.explore.ExplorePortal.json;
import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.testing.Stack;
import fr.socle.portal.testing.OpenTestDatasets;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * The Explore API against a real open table, through a running portal: ODS shapes, limits, errors, ODSQL
 * (injection attempts included), facets, exports, cache and quota headers.
 */
class ExploreApiIT {
  static final String SUFFIX = Long.toHexString(System.nanoTime() & 0xffffff);
  static final String DOMAIN = "it_explore";
  static final String TABLE = "equipements_" + SUFFIX;
  static final String ID = "it-explore-" + SUFFIX;
  static final String DATASET = "/catalog/datasets/" + ID;

  static OpenTestDatasets datasets;

  @BeforeAll
  static void publish() throws Exception {
    datasets = new OpenTestDatasets(Stack.get());
    Equipements.publish(datasets, DOMAIN, TABLE, ID);
    ExplorePortal.awaitDataset(ID);
  }

  @AfterAll
  static void unpublish() throws Exception {
    if (datasets != null) {
      datasets.close();
    }
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static JsonNode ok(String path) {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
    return json(response);
  }

  static void error(String path, int status, String code, String message) {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode body = json(response);
    assertThat(body.get("error_code").asString()).isEqualTo(code);
    assertThat(body.get("message").asString()).contains(message);
  }

  @Test
  void theCatalogueListsTheDatasetWithOdsMetadataAndFieldTypes() {
    JsonNode list = ok("/catalog/datasets/?where=" + q("\"" + SUFFIX + "\"") + "&limit=100");
    assertThat(list.get("total_count").asInt()).isEqualTo(1);
    JsonNode dataset = list.get("results").get(0);
    assertThat(dataset.get("dataset_id").asString()).isEqualTo(ID);
    assertThat(dataset.get("has_records").asBoolean()).isTrue();
    assertThat(dataset.get("attachments").isArray()).isTrue();
    assertThat(dataset.get("features").toString()).contains("geo").contains("timeserie");
    JsonNode meta = dataset.get("metas").get("default");
    assertThat(meta.get("title").asString()).startsWith("Équipements sportifs");
    assertThat(meta.get("theme").get(0).asString()).isEqualTo("Sport");
    assertThat(meta.get("keyword").toString()).contains("équipements");
    assertThat(meta.get("license").asString()).isEqualTo("Licence Ouverte / Open Licence 2.0");
    assertThat(meta.get("publisher").asString()).isEqualTo("urbanisme");
    assertThat(meta.get("records_count").asLong()).isEqualTo(250);
    assertThat(meta.get("modified").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*");
    List<String> types = new ArrayList<>();
    dataset.get("fields").forEach(f -> types.add(f.get("name").asString() + ":" + f.get("type").asString()));
    assertThat(types).containsExactly("nom:text", "commune:text", "montant:double", "nb:int", "actif:boolean",
        "jour:date", "maj:datetime", "geo_point_2d:geo_point_2d", "geo_shape:geo_shape");
    assertThat(dataset.get("fields").get(0).get("label").asString()).isEqualTo("Nom de l'équipement");
    assertThat(ok(DATASET).get("dataset_id").asString()).isEqualTo(ID);
    assertThat(ok(DATASET + "/").get("dataset_id").asString()).isEqualTo(ID);
  }

  @Test
  void catalogueFacetsAndRefinements() {
    JsonNode facets = ok("/catalog/facets?refine=" + q("keyword:sport"));
    assertThat(facets.get("facets").toString()).contains("\"name\":\"theme\"").contains("\"Sport\"")
        .contains("\"name\":\"schema\"").contains("scdl-equipements");
    assertThat(ok("/catalog/datasets?refine=" + q("publisher:urbanisme") + "&where=" + q("dataset_id = \"" + ID + "\""))
        .get("total_count").asInt()).isEqualTo(1);
    assertThat(ok("/catalog/datasets?exclude=" + q("theme:Sport") + "&where=" + q("dataset_id = \"" + ID + "\""))
        .get("total_count").asInt()).isZero();
    HttpResponse<String> csv = get("/catalog/exports/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).contains(ID);
    error("/catalog/exports/pdf", 400, "InvalidRESTParameterError", "format");
    // modified: compared with dates, refined and faceted by year, month, day, as Opendatasoft's own example
    String thisYear = String.valueOf(java.time.Year.now(java.time.ZoneOffset.UTC).getValue());
    String one = "&where=" + q("dataset_id = \"" + ID + "\"");
    assertThat(ok("/catalog/datasets?refine=" + q("modified:" + thisYear) + one).get("total_count").asInt())
        .isEqualTo(1);
    assertThat(ok("/catalog/datasets?refine=" + q("modified:2001") + one).get("total_count").asInt()).isZero();
    assertThat(ok("/catalog/datasets?where=" + q("modified > date'2001-01-01'") + one).get("total_count").asInt())
        .isEqualTo(1);
    assertThat(ok("/catalog/datasets?where=" + q("modified < \"2001\"") + one).get("total_count").asInt()).isZero();
    JsonNode modified = ok("/catalog/facets?facet=modified&refine=" + q("modified:" + thisYear)).get("facets")
        .get(0).get("facets").get(0);
    assertThat(modified.get("value").asString()).isEqualTo(thisYear);
    assertThat(modified.get("state").asString()).isEqualTo("refined");
    assertThat(modified.get("facets").get(0).get("value").asString()).startsWith(thisYear + "/");
  }

  @Test
  void theCatalogueSelectKeepsWhatReusesAskFor() {
    String one = "&where=" + q("dataset_id = \"" + ID + "\"");
    JsonNode light = ok("/catalog/datasets?select="
        + q("exclude(fields),exclude(attachments),exclude(alternative_exports)") + one).get("results").get(0);
    assertThat(light.has("fields") || light.has("attachments") || light.has("alternative_exports")).isFalse();
    assertThat(light.get("dataset_id").asString()).isEqualTo(ID);
    assertThat(light.get("metas").get("default").get("records_count").asLong()).isEqualTo(250);

    JsonNode titles = ok("/catalog/datasets?select=" + q("dataset_id,metas.default.title") + one);
    assertThat(titles.get("total_count").asInt()).isEqualTo(1);
    String title = ok(DATASET).get("metas").get("default").get("title").asString();
    assertThat(titles.get("results").get(0).toString())
        .isEqualTo("{\"dataset_id\":\"" + ID + "\",\"metas\":{\"default\":{\"title\":\"" + title + "\"}}}");
    assertThat(ok(DATASET + "?select=" + q("fields.name")).toString())
        .startsWith("{\"fields\":[{\"name\":\"nom\"},{\"name\":\"commune\"}");

    // what does not apply to a catalogue is an ODS error, never a list that looks like an answer
    error("/catalog/datasets?select=" + q("count(*)"), 400, "ODSQLError", "Clause(s) containing the error(s): select.");
    error("/catalog/datasets?select=" + q("count(*)") + "&group_by=theme", 400, "ODSQLError",
        "Clause(s) containing the error(s): group_by.");
  }

  @Test
  void catalogueExportsTakeTheSelectAndPagingOfTheList() {
    String one = "&where=" + q("dataset_id = \"" + ID + "\"");
    String title = ok(DATASET).get("metas").get("default").get("title").asString();
    HttpResponse<String> titles = get("/catalog/exports/csv?select=" + q("dataset_id,metas.default.title") + one);
    assertThat(titles.statusCode()).as(titles.body()).isEqualTo(200);
    assertThat(titles.body().lines().toList()).containsExactly("\uFEFFdataset_id;title", ID + ";" + title);
    HttpResponse<String> lighter = get("/catalog/exports/csv?select=" + q("exclude(metas)") + one);
    assertThat(lighter.body().lines().toList()).hasSize(2).first().isEqualTo("\uFEFFdataset_id;url");
    assertThat(lighter.body().lines().toList().get(1)).startsWith(ID + ";http")
        .endsWith("/api/explore/v2.1/catalog/datasets/" + ID);

    HttpResponse<String> json = get("/catalog/exports/json?select=" + q("dataset_id,metas.default.title") + one);
    assertThat(json.body()).isEqualTo("[{\"dataset_id\":\"" + ID + "\",\"metas\":{\"default\":{\"title\":\""
        + title + "\"}}}]");
    JsonNode all = json(get("/catalog/exports/json?select=dataset_id"));
    JsonNode page = json(get("/catalog/exports/json?select=dataset_id&limit=2&offset=1"));
    assertThat(all.size()).isGreaterThan(3);
    assertThat(page.toString()).isEqualTo("[" + all.get(1) + "," + all.get(2) + "]");

    // the options of a dataset's CSV export
    List<String> keywords = new ArrayList<>();
    ok(DATASET).get("metas").get("default").get("keyword").forEach(k -> keywords.add(k.asString()));
    assertThat(keywords).hasSizeGreaterThan(1);
    HttpResponse<String> options = get("/catalog/exports/csv?select=" + q("dataset_id,metas.default.keyword") + one
        + "&delimiter=,&with_bom=false&quote_all=true&list_separator=" + q(" | "));
    assertThat(options.body())
        .isEqualTo("\"dataset_id\",\"keyword\"\r\n\"" + ID + "\",\"" + String.join(" | ", keywords) + "\"\r\n");
    error("/catalog/exports/csv?delimiter=" + q("||"), 400, "InvalidRESTParameterError", "delimiter");

    error("/catalog/exports/csv?select=fields", 400, "ODSQLError", "keeps no column of the CSV export");
    error("/catalog/exports/dcat?select=dataset_id", 400, "InvalidRESTParameterError",
        "select applies to the csv and json exports only");
    error("/catalog/exports/json?limit=-2", 400, "InvalidRESTParameterError", "limit");
  }

  @Test
  void recordsSelectExcludeLeavesFieldsOut() {
    JsonNode record = ok(DATASET + "/records?limit=1&select=" + q("exclude(geo_shape), exclude(geo_point_2d)"))
        .get("results").get(0);
    assertThat(record.has("geo_shape") || record.has("geo_point_2d")).isFalse();
    assertThat(record.has("nom") && record.has("maj")).isTrue();
    error(DATASET + "/records?select=" + q("exclude(inconnu)"), 400, "ODSQLError", "Unknown field: inconnu");
  }

  @Test
  void unknownDatasetsAreOdsNotFound() {
    error("/catalog/datasets/nope-" + SUFFIX, 404, "NotFoundResource", "nope-" + SUFFIX);
    error("/catalog/datasets/nope-" + SUFFIX + "/attachments", 404, "NotFoundResource", "Unknown dataset");
    error("/catalog/nothing-here", 404, "NotFoundResource", "Unknown path: /api/explore/v2.1/catalog/nothing-here");
    assertThat(ok(DATASET + "/attachments").get("attachments").isEmpty()).isTrue();
    error("/catalog/datasets/nope-" + SUFFIX + "/records", 404, "NotFoundResource", "Unknown dataset");
    error(DATASET + "/records/r-9999", 404, "NotFoundResource", "Unknown record");
  }

  @Test
  void recordsAreFlatTenByDefaultInRecordIdOrder() throws Exception {
    JsonNode page = ok(DATASET + "/records");
    assertThat(page.get("total_count").asInt()).isEqualTo(250);
    assertThat(page.get("results").size()).isEqualTo(10);
    // Record ids are the engine's (a keyed hash of the row): the first in their order is some row n.
    int n = Integer.parseInt(datasets.firstByRecordId(DOMAIN, TABLE, "nb"));
    String[] names = {"Piscine Olympique", "Gymnase Jean Zay", "=HYPERLINK(\"x\")", "Médiathèque",
        "Stade \"Municipal\""};
    JsonNode first = page.get("results").get(0);
    assertThat(first.get("nb").asInt()).isEqualTo(n);
    assertThat(first.get("nom").asString()).isEqualTo(names[n % 5]);
    assertThat(first.get("montant").asDouble()).isEqualTo(n * 1.5);
    assertThat(first.get("actif").asBoolean()).isEqualTo(n % 2 == 0);
    assertThat(first.get("jour").asString()).isEqualTo(java.time.LocalDate.of(2024, 1, 1).plusDays(n).toString());
    assertThat(first.get("maj").asString()).isEqualTo(java.time.LocalDateTime.of(2024, 1, 1, 0, 0).plusHours(n)
        + ":00+00:00");
    assertThat(first.get("geo_point_2d").get("lon").asDouble()).isCloseTo(2.35 + n * 0.01,
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(first.get("geo_point_2d").get("lat").asDouble()).isCloseTo(48.85 + n * 0.001,
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(first.get("geo_shape").get("type").asString()).isEqualTo("Feature");
    assertThat(first.get("geo_shape").get("geometry").get("type").asString()).isEqualTo("Point");
    assertThat(first.has("record_id")).isFalse();
    assertThat(ok(DATASET + "/records/?offset=240&limit=100").get("results").size()).isEqualTo(10);
    JsonNode beyond = ok(DATASET + "/records?offset=9990&limit=10");
    assertThat(beyond.get("total_count").asInt()).isEqualTo(250);
    assertThat(beyond.get("results").size()).isZero();
    assertThat(ok(DATASET + "/records?timezone=Europe/Paris&limit=1").get("results").get(0).get("maj").asString())
        .isEqualTo(java.time.LocalDateTime.of(2024, 1, 1, 1, 0).plusHours(n) + ":00+01:00");
    String second = datasets.recordId(DOMAIN, TABLE, "nb = 2");
    assertThat(ok(DATASET + "/records/" + second + "?select=nb").get("nb").asInt()).isEqualTo(2);
  }

  @Test
  void limitsAreOdsOnes() {
    error(DATASET + "/records?limit=101", 400, "InvalidRESTParameterError",
        "Invalid value for limit API parameter: 101 was found but -1 <= limit <= 100 is expected.");
    error(DATASET + "/records?limit=100&offset=9901", 400, "InvalidRESTParameterError",
        "Invalid value for sum of offset + limit API parameter: 10001 was found but <= 10000 is expected.");
    error(DATASET + "/records?limit=abc", 400, "InvalidRESTParameterError", "limit");
    error(DATASET + "/records?offset=-1", 400, "InvalidRESTParameterError", "offset");
    assertThat(ok(DATASET + "/records?limit=100&offset=9900").get("total_count").asInt()).isEqualTo(250);
    assertThat(ok(DATASET + "/records?limit=0").get("results").size()).isZero();
    assertThat(ok(DATASET + "/records?limit=-1").get("results").size()).isEqualTo(100);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      commune = "Tours"                                                    | 83
      commune = 'Tours' and actif                                          | 41
      nb > 200 or nb <= 2                                                  | 52
      not (nb > 10)                                                        | 10
      nb in (1, 2, 3) or nom in ("Médiathèque")                            | 52
      nb in [10..20[                                                       | 10
      nom like "pisc%"                                                     | 50
      nom like "*Zay"                                                      | 50
      nom is not null and montant >= 300                                   | 51
      jour >= date'2024-06-01' and jour < date'2024-07-01'                 | 30
      year(jour) = 2024                                                    | 250
      month(maj) = 1                                                       | 250
      maj >= "2024-01-05T00:00:00Z"                                        | 155
      "piscine"                                                            | 50
      search("municipal")                                                  | 50
      search(nom, "jean zay")                                              | 50
      startswith(nom, "média")                                             | 50
      `nom` = "Stade \\"Municipal\\""                                      | 50
      within_distance(geo_point_2d, geom'POINT(2.36 48.851)', 2km)         | 3
      within_distance(geo_shape, geom'POINT(2.36 48.851)', 1200m)          | 2
      in_bbox(geo_point_2d, 48.8, 2.3, 48.86, 2.41)                        | 6
      in_bbox(geo_shape, 48.8, 2.3, 48.86, 2.41)                           | 6
      intersects(geo_shape, geom'POLYGON((2.3 48.8, 2.3 48.86, 2.41 48.86, 2.41 48.8, 2.3 48.8))') | 6
      nom = "x\\" OR 1=1"                                                  | 0
      nom = "x' OR '1'='1"                                                 | 0
      nom = "'; DROP TABLE t; --"                                          | 0
      search("') OR 1=1 --")                                               | 0
      """)
  void odsqlFiltersSelectTheRightRecords(String where, int expected) {
    JsonNode page = ok(DATASET + "/records?limit=0&where=" + q(where));
    assertThat(page.get("total_count").asInt()).as(where).isEqualTo(expected);
  }

  @Test
  void medianAndPercentilesAreApproximatelyRight() {
    JsonNode row = ok(DATASET + "/records?select=" + q("median(nb) as m, percentile(nb, 90) as p90, count(*) as n"))
        .get("results").get(0);
    // nb is 1 to 250
    assertThat(row.get("m").asDouble()).isBetween(122.0, 129.0);
    assertThat(row.get("p90").asDouble()).isBetween(222.0, 228.0);
    assertThat(row.get("n").asInt()).isEqualTo(250);
  }

  /**
   * {@code maj} is stored as Paris' wall-clock time, 2024-01-01 01:00 plus {@code nb} hours: 00:00 UTC plus
   * {@code nb} hours, Paris' clock being an hour ahead in January.
   */
  @Test
  void timezoneIsTheClockDatesAreReadOn() {
    String paris = "&timezone=Europe/Paris";
    String fifth = "&where=" + q("maj >= \"2024-01-05\"");
    assertThat(ok(DATASET + "/records?limit=0" + fifth).get("total_count").asInt()).isEqualTo(155);
    assertThat(ok(DATASET + "/records?limit=0" + fifth + paris).get("total_count").asInt()).isEqualTo(156);
    String midnight = "&where=" + q("maj >= now(year=2024, month=1, day=5, hour=0, minute=0, second=0, microsecond=0)");
    assertThat(ok(DATASET + "/records?limit=0" + midnight + paris).get("total_count").asInt()).isEqualTo(156);
    assertThat(ok(DATASET + "/records?limit=0&where=" + q("maj < now(days=-1)")).get("total_count").asInt())
        .isEqualTo(250);

    String newYearsDay = "&select=" + q("count(*) as n") + "&group_by=" + q("date_format(maj, \"HH\") as heure")
        + "&where=" + q("date_format(maj, \"yyyy-MM-dd\") = \"2024-01-01\"");
    JsonNode utc = ok(DATASET + "/records?limit=100" + newYearsDay).get("results");
    JsonNode local = ok(DATASET + "/records?limit=100" + newYearsDay + paris).get("results");
    assertThat(utc.size()).isEqualTo(23);
    assertThat(utc.get(0).get("heure").asString()).isEqualTo("01");
    assertThat(local.size()).isEqualTo(22);
    assertThat(local.get(0).get("heure").asString()).isEqualTo("02");
    assertThat(ok(DATASET + "/records?limit=1&select=nb&order_by=nb&refine=" + q("maj:2024-01-02") + paris).get("results").get(0)
        .get("nb").asInt()).isEqualTo(23);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      where    | inconnu = 1                           | ODSQLError       | Unknown field: inconnu. Clause(s) containing the error(s): where.
      where    | nom == "a"                            | ODSQLSyntaxError | unexpected = at position 5
      where    | nom = "a"; DROP TABLE x               | ODSQLSyntaxError | unexpected ;
      where    | nom = "a" /* comment */               | ODSQLSyntaxError | unexpected
      where    | nom = "a" union select * from t       | ODSQLSyntaxError | unexpected union
      where    | `nom\\` = 1 or \\`` = 1               | ODSQLError       | Unknown field
      where    | nb = "douze"                          | ODSQLError       | Invalid number
      where    | count(*) > 2                          | ODSQLError       | not allowed in where
      select   | nom, inconnu                          | ODSQLError       | Clause(s) containing the error(s): select.
      select   | nom, count(*)                         | ODSQLError       | must be aggregated or appear in group_by
      group_by | geo_shape                             | ODSQLError       | Cannot group by the geographic field
      order_by | inconnu desc                          | ODSQLError       | Clause(s) containing the error(s): order_by.
      refine   | inconnu:x                             | ODSQLError       | Clause(s) containing the error(s): refine.
      """)
  void invalidOdsqlIsAnOds400(String clause, String text, String code, String message) {
    error(DATASET + "/records?" + clause + "=" + q(text), 400, code, message);
  }

  @Test
  void theTableSurvivesInjectionAttempts() {
    get(DATASET + "/records?where=" + q("nom = \"a\"; DROP TABLE open." + DOMAIN + "." + TABLE));
    get(DATASET + "/records?select=" + q("nom as `x\"; DROP TABLE open." + DOMAIN + "." + TABLE + "; --`"));
    get(DATASET + "/records?order_by=" + q("nb desc; DROP TABLE open." + DOMAIN + "." + TABLE));
    assertThat(ok(DATASET + "/records?limit=0&where=" + q("nb > 0")).get("total_count").asInt()).isEqualTo(250);
    // a NUL character is refused before any query, in Opendatasoft's shape too
    error(DATASET + "/records?where=nom%20%3D%20%22a%00%22", 400, "InvalidRESTParameterError", "NUL");
    // a long clause in the URL (1,500 values: some 12 KB) is read, not refused as unreadable
    StringBuilder values = new StringBuilder();
    for (int i = 1; i <= 1500; i++) {
      values.append(i == 1 ? "" : ", ").append(i);
    }
    assertThat(ok(DATASET + "/records?limit=0&where=" + q("nb in (" + values + ")")).get("total_count").asInt())
        .isPositive();
  }

  @Test
  void groupByAggregatesSortsAndRanges() {
    JsonNode page = ok(DATASET + "/records?select=" + q("commune, count(*) as n, sum(nb) as total, avg(montant)")
        + "&group_by=commune&order_by=" + q("n desc, commune"));
    assertThat(page.get("total_count").asInt()).isEqualTo(3);
    JsonNode first = page.get("results").get(0);
    assertThat(first.get("commune").asString()).isEqualTo("Joué-lès-Tours");
    assertThat(first.get("n").asInt()).isEqualTo(84);
    assertThat(first.has("avg(montant)")).isTrue();
    JsonNode years = ok(DATASET + "/records?group_by=" + q("year(jour) as annee") + "&select=" + q("year(jour) as annee, count(*) as n"));
    assertThat(years.get("results").toString()).isEqualTo("[{\"annee\":2024,\"n\":250}]");
    JsonNode ranges = ok(DATASET + "/records?group_by=" + q("range(nb, *, 100, 200, *) as tranche") + "&select="
        + q("range(nb, *, 100, 200, *) as tranche, count(*) as n"));
    assertThat(ranges.get("results").toString())
        .isEqualTo("[{\"tranche\":\"[*, 100[\",\"n\":99},{\"tranche\":\"[100, 200[\",\"n\":100},{\"tranche\":\"[200, *[\",\"n\":51}]");
    // a step: buckets of equal width, labelled by exact multiples of the step (a double's noise never shows)
    JsonNode steps = ok(DATASET + "/records?group_by=" + q("range(montant, 7.5) as t") + "&select="
        + q("t, count(*) as n") + "&limit=100");
    long counted = 0;
    for (JsonNode bucket : steps.get("results")) {
      assertThat(bucket.get("t").asString()).matches("\\[-?\\d+(\\.\\d)?, -?\\d+(\\.\\d)?\\[");
      counted += bucket.get("n").asLong();
    }
    assertThat(counted).isEqualTo(250);
    assertThat(steps.get("results").get(0).get("t").asString()).isEqualTo("[0, 7.5[");
    // a date histogram, labelled by period as Opendatasoft does
    JsonNode histogram = ok(DATASET + "/records?group_by=" + q("range(jour, 1M) as m") + "&select="
        + q("m, count(*) as n"));
    assertThat(histogram.get("results").get(0).toString())
        .isEqualTo("{\"m\":\"[2024-01-01T00:00:00.000Z, 2024-02-01T00:00:00.000Z[\",\"n\":30}");
    assertThat(histogram.get("results")).hasSize(9);
    JsonNode hours = ok(DATASET + "/records?group_by=" + q("range(maj, 6 hours) as h") + "&select="
        + q("h, count(*) as n") + "&limit=1");
    assertThat(hours.get("results").get(0).toString())
        .isEqualTo("{\"h\":\"[2024-01-01T00:00:00.000Z, 2024-01-01T06:00:00.000Z[\",\"n\":5}");
    JsonNode months = ok(DATASET + "/records?group_by=" + q("date_format(jour, \"yyyy-MM\") as mois") + "&limit=2");
    assertThat(months.get("results").get(0).get("mois").asString()).isEqualTo("2024-01");
    JsonNode total = ok(DATASET + "/records?select=" + q("count(*) as n, max(jour) as dernier"));
    assertThat(total.get("results").get(0).get("dernier").asString()).isEqualTo("2024-09-07");
    // day and month names in French by default, as Opendatasoft writes them, or in the language asked for
    String pattern = "EEEE d MMMM yyyy";
    for (String lang : new String[] {"", "&lang=en"}) {
      JsonNode named = ok(DATASET + "/records?limit=20&select=" + q("jour, date_format(jour, \"" + pattern + "\") as j")
          + lang);
      java.time.format.DateTimeFormatter expected = java.time.format.DateTimeFormatter.ofPattern(pattern,
          lang.isEmpty() ? java.util.Locale.FRENCH : java.util.Locale.ENGLISH);
      for (JsonNode row : named.get("results")) {
        assertThat(row.get("j").asString()).isEqualTo(expected.format(LocalDate.parse(row.get("jour").asString())));
      }
    }
  }

  @Test
  void groupKeysComeBackUnselectedAndAGroupSelectedByItsAliasIsAnswered() {
    // as Opendatasoft answers: each group's key in its results, named in the select or not
    JsonNode counts = ok(DATASET + "/records?select=" + q("count(*) as n") + "&group_by=commune&order_by="
        + q("n desc"));
    assertThat(counts.get("results").get(0).toString()).isEqualTo("{\"n\":84,\"commune\":\"Joué-lès-Tours\"}");
    // closed bounds: what falls outside is in no bucket
    JsonNode ranges = ok(DATASET + "/records?group_by=" + q("range(nb, 100, 200) as tranche") + "&select="
        + q("tranche, count(*) as n"));
    assertThat(ranges.get("results").toString()).isEqualTo("[{\"tranche\":\"[100, 200[\",\"n\":100}]");
    JsonNode months = ok(DATASET + "/records?group_by=" + q("date_format(jour, \"yyyy-MM\") as mois") + "&select="
        + q("mois, count(*) as n") + "&limit=1");
    assertThat(months.get("results").toString()).isEqualTo("[{\"mois\":\"2024-01\",\"n\":"
        + ok(DATASET + "/records?limit=0&refine=" + q("jour:2024-01")).get("total_count").asInt() + "}]");
  }

  @Test
  void likeSearchesTheWordsOfAFieldWhateverTheirAccents() {
    int byEquality = ok(DATASET + "/records?limit=0&where=" + q("commune = \"Joué-lès-Tours\"")).get("total_count")
        .asInt();
    assertThat(byEquality).isEqualTo(84);
    assertThat(ok(DATASET + "/records?limit=0&where=" + q("commune like \"joue-les-tours\"")).get("total_count")
        .asInt()).isEqualTo(byEquality);
    assertThat(ok(DATASET + "/records?limit=0&where=" + q("search(commune, \"JOUÉ\")")).get("total_count").asInt())
        .isEqualTo(byEquality);
    assertThat(ok(DATASET + "/records?limit=0&where=" + q("\"joue*\"")).get("total_count").asInt())
        .isGreaterThanOrEqualTo(byEquality);
  }

  @Test
  void numbersInAnyNotationAndTrinoRefusalsAreAnsweredNotBlamedOnTheEngine() {
    int positive = ok(DATASET + "/records?limit=0&where=" + q("montant > 0")).get("total_count").asInt();
    assertThat(ok(DATASET + "/records?limit=0&where=" + q("montant > 1e-7")).get("total_count").asInt())
        .isEqualTo(positive);
    assertThat(ok(DATASET + "/records?limit=0&where=" + q("montant < 1e18")).get("total_count").asInt())
        .isEqualTo(250);
    // a date pattern Trino does not know is the query's fault: 400, not « the query engine is unavailable »
    error(DATASET + "/records?select=" + q("date_format(jour, \"Q\") as trimestre"), 400, "ODSQLError",
        "cannot be evaluated");
    error(DATASET + "/records?offset=9223372036854775800&limit=100", 400, "InvalidRESTParameterError",
        "offset + limit");
  }

  @Test
  void anyWebPageMayReadTheApiFromABrowser() {
    HttpResponse<String> simple = get(DATASET + "/records?limit=1", "Origin", "https://reuse.example.org");
    assertThat(simple.statusCode()).isEqualTo(200);
    assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(simple.headers().firstValue("Access-Control-Expose-Headers").orElse(""))
        .contains("X-RateLimit-Remaining");
    HttpResponse<String> preflight = ExplorePortal.preflight(DATASET + "/records", "https://reuse.example.org");
    assertThat(preflight.statusCode()).isEqualTo(200);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
        .contains("authorization");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
  }

  @Test
  void refineAndExcludeAreRepeatable() {
    JsonNode page = ok(DATASET + "/records?limit=0&refine=" + q("commune:Tours") + "&refine=" + q("actif:true")
        + "&exclude=" + q("nom:\"Piscine Olympique\""));
    assertThat(page.get("total_count").asInt()).isEqualTo(33);
    assertThat(ok(DATASET + "/records?limit=0&refine=" + q("jour:2024-02")).get("total_count").asInt()).isEqualTo(29);
  }

  @Test
  void facetsCountTheFilteredValues() {
    JsonNode facets = ok(DATASET + "/facets?facet=commune&where=" + q("actif"));
    JsonNode commune = facets.get("facets").get(0);
    assertThat(commune.get("name").asString()).isEqualTo("commune");
    assertThat(commune.get("facets").get(0).get("count").asInt()).isEqualTo(42);
    assertThat(commune.get("facets").get(0).get("state").asString()).isEqualTo("displayed");
    // text, boolean and date fields: nom, commune, actif, jour, maj
    assertThat(ok(DATASET + "/facets/").get("facets").size()).isEqualTo(5);
    // an excluded value is listed as excluded, without a count, and its rows are not counted elsewhere
    JsonNode excluded = ok(DATASET + "/facets?facet=commune&exclude=" + q("commune:Joué-lès-Tours")).get("facets")
        .get(0).get("facets");
    List<String> states = new ArrayList<>();
    excluded.forEach(v -> states.add(v.get("value").asString() + "=" + v.get("state").asString() + "/"
        + v.path("count").asString("-")));
    assertThat(states).contains("Joué-lès-Tours=excluded/-")
        .noneMatch(v -> v.startsWith("Joué-lès-Tours=displayed"));
  }

  /** Dates are facets by level, as Opendatasoft nests them: years, the refined year's months, its month's days. */
  @Test
  void dateFacetsAreYearsThenTheRefinedYearsMonthsThenDays() {
    JsonNode years = ok(DATASET + "/facets?facet=jour").get("facets").get(0).get("facets");
    assertThat(years.toString()).isEqualTo("[{\"name\":\"2024\",\"count\":250,\"state\":\"displayed\","
        + "\"value\":\"2024\"}]");

    JsonNode year = ok(DATASET + "/facets?facet=jour&refine=" + q("jour:2024")).get("facets").get(0).get("facets")
        .get(0);
    assertThat(year.get("state").asString()).isEqualTo("refined");
    assertThat(year.get("count").asInt()).isEqualTo(250);
    List<String> months = new ArrayList<>();
    year.get("facets").forEach(m -> months.add(m.get("value").asString() + "=" + m.get("count").asInt()));
    assertThat(months).hasSize(9).startsWith("2024/01=30", "2024/02=29").endsWith("2024/09=7");

    JsonNode january = ok(DATASET + "/facets?facet=jour&refine=" + q("jour:2024/1")).get("facets").get(0)
        .get("facets").get(0).get("facets").get(0);
    assertThat(january.get("name").asString()).isEqualTo("01");
    assertThat(january.get("state").asString()).isEqualTo("refined");
    assertThat(january.get("facets")).hasSize(30);
    assertThat(january.get("facets").get(0).toString()).isEqualTo("{\"name\":\"02\",\"count\":1,"
        + "\"state\":\"displayed\",\"value\":\"2024/01/02\"}");
  }

  @Test
  void csvExportsNeutraliseFormulasAndFollowTheOptions() throws Exception {
    HttpResponse<String> csv = get(DATASET + "/exports/csv?select=" + q("nom, nb, montant") + "&where=" + q("nb <= 3"));
    assertThat(csv.statusCode()).isEqualTo(200);
    // an extract is not named as the version's precomputed file
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains(ID + "-v1-extrait.csv");
    assertThat(csv.body()).startsWith("\uFEFFnom;nb;montant\r\n")
        .contains("\"'=HYPERLINK(\"\"x\"\")\";2;3.0\r\n").contains("Gymnase Jean Zay;1;1.5\r\n");
    HttpResponse<String> options = get(DATASET + "/exports/csv?select=" + q("nom, nb") + "&where=" + q("nb = 2")
        + "&delimiter=,&with_bom=false&use_labels=true&escape_formulas=false");
    assertThat(options.body()).isEqualTo("Nom de l'équipement,nb\r\n\"=HYPERLINK(\"\"x\"\")\",2\r\n");
    HttpResponse<byte[]> gz = bytes(DATASET + "/exports/csv?compressed=true&select=nb&order_by=nb&where=" + q("nb < 3"));
    assertThat(gz.headers().firstValue("Content-Disposition").orElseThrow()).endsWith(".csv.gz\"");
    String unzipped = new String(new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes(),
        StandardCharsets.UTF_8);
    assertThat(unzipped).isEqualTo("\uFEFFnb\r\n1\r\n2\r\n");
    assertThat(get(DATASET + "/exports/csv?limit=5&order_by=" + q("nb desc") + "&select=nb").body())
        .isEqualTo("\uFEFFnb\r\n250\r\n249\r\n248\r\n247\r\n246\r\n");
    assertThat(get(DATASET + "/exports/csv?limit=2&offset=3&order_by=" + q("nb desc") + "&select=nb").body())
        .isEqualTo("\uFEFFnb\r\n247\r\n246\r\n");
    error(DATASET + "/exports/csv?offset=-1", 400, "InvalidRESTParameterError",
        "Invalid value for offset API parameter: -1 was found but offset >= 0 is expected.");
  }

  @Test
  void otherExportFormats() throws Exception {
    assertThat(get(DATASET + "/exports/jsonl?select=nb&order_by=nb&where=" + q("nb <= 2")).body())
        .isEqualTo("{\"nb\":1}\n{\"nb\":2}\n");
    JsonNode json = ExplorePortal.JSON.readTree(get(DATASET + "/exports/json?select=nb,nom&limit=3").body());
    assertThat(json.size()).isEqualTo(3);
    JsonNode geojson = ExplorePortal.JSON.readTree(get(DATASET + "/exports/geojson?limit=2&order_by=nb").body());
    assertThat(geojson.get("type").asString()).isEqualTo("FeatureCollection");
    assertThat(geojson.get("features").get(0).get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(2.36);
    assertThat(geojson.get("features").get(0).get("properties").get("nb").asInt()).isEqualTo(1);
    HttpResponse<byte[]> xlsx = bytes(DATASET + "/exports/xlsx?select=nom,nb&order_by=nb&where=" + q("nb <= 3"));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("nom");
      // the formula's text as it is, in a cell Excel keeps as text (quote prefix): never run
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
      assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2.0);
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
    }
    byte[] parquet = bytes(DATASET + "/exports/parquet").body();
    assertThat(new String(parquet, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
    assertThat(new String(parquet, parquet.length - 4, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
    error(DATASET + "/exports/shp", 400, "InvalidRESTParameterError", "format");
    error(DATASET + "/exports/csv?where=" + q("inconnu = 1"), 400, "ODSQLError", "Unknown field");
    error(DATASET + "/exports/csv?delimiter=" + q(";;"), 400, "InvalidRESTParameterError", "delimiter");
  }

  @Test
  void aFullExportKeepsOpendatasoftsDialectAndHoldsEveryRecord() {
    String full = get(DATASET + "/exports/csv").body();
    assertThat(full).startsWith("\uFEFF").contains(";");
    assertThat(full.split("\r\n")).hasSize(251);
    assertThat(full.lines().skip(1).filter(l -> l.contains("'=HYPERLINK"))).hasSize(50);
  }

  @Test
  void publicAnswersAreCacheableAndCarryTheirQuota() {
    HttpResponse<String> response = get(DATASET + "/records?limit=3");
    assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("public").contains("max-age=");
    String etag = response.headers().firstValue("ETag").orElseThrow();
    assertThat(get(DATASET + "/records?limit=3", "If-None-Match", etag).statusCode()).isEqualTo(304);
    assertThat(response.headers().firstValue("X-RateLimit-Limit")).isPresent();
    assertThat(response.headers().firstValue("X-RateLimit-Remaining")).isPresent();
    assertThat(response.headers().firstValue("X-RateLimit-Reset")).isPresent();
    assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(get(DATASET + "/records?lang=en").headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void anApiKeyHasItsOwnQuotaAndAnUnknownKeyIsRefused() {
    HttpResponse<String> unknown = get(DATASET + "/records", "Authorization", "Apikey sk-unknown-" + SUFFIX);
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(json(unknown).get("error_code").asString()).isEqualTo("InvalidAPIKey");
    String secret = "sk-it-" + UUID.randomUUID();
    UUID id = UUID.randomUUID();
    datasets.socle().update("INSERT INTO explore.api_key (id, owner, name, prefix, key_hash, quota_per_minute, "
        + "created_at) VALUES (?, 'it', 'quota test', 'sk-it-', ?, 3, ?)", id, ApiKeys.hash(secret),
        Timestamp.from(Instant.now()));
    try {
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> allowed = get(DATASET + "/records?limit=1", "Authorization", "ApiKey " + secret);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("X-RateLimit-Limit").orElseThrow()).isEqualTo("3");
      }
      HttpResponse<String> refused = get(DATASET + "/records?limit=1&apikey=" + q(secret));
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After").orElseThrow()).matches("\\d+");
      assertThat(refused.headers().firstValue("X-RateLimit-Remaining").orElseThrow()).isEqualTo("0");
      assertThat(json(refused).get("error_code").asString()).isEqualTo("TooManyRequests");
      datasets.socle().update("UPDATE explore.api_key SET revoked_at = now() WHERE id = ?", id);
    } finally {
      datasets.socle().update("DELETE FROM explore.api_key WHERE id = ?", id);
    }
  }

  @Test
  void theDocumentationIsPublished() {
    JsonNode openApi = json(get("/openapi.json"));
    assertThat(openApi.get("openapi").asString()).startsWith("3.");
    assertThat(openApi.get("paths").has("/catalog/datasets/{dataset_id}/records")).isTrue();
    HttpResponse<String> page = get(ExplorePortal.url() + "/api");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("ODSQL").contains("/api/explore/v2.1/catalog/datasets");
    assertThat(get(ExplorePortal.url() + "/api?lang=en").body()).contains("Ready-to-copy examples");
  }
}
