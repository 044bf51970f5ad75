package fr.socle.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.socle.lakehouse.demo.DemoDataset;
import fr.socle.lakehouse.demo.DemoTown;
import fr.socle.lakehouse.demo.IntendedCase;
import fr.socle.portal.classification.DemoClassification;
import fr.socle.portal.testing.Api;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The demo collectivité as {@code deploy/local/up} leaves it: every dataset loaded through real ingestion,
 * scanned, and classified by the data officer from the rules' proposal, which matches the legal case each dataset
 * was built for, and the decision promoted by the portal's worker to the publication state the law allows.
 */
class DemoTownIT {
  static Stream<DemoDataset> datasets() {
    return DemoTown.of(42, 1).datasets().stream();
  }

  static Stream<DemoDataset> datasetsWithPoints() {
    return datasets().filter(d -> d.point() != null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasets")
  void proposalAndDecisionMatchTheIntendedCase(DemoDataset demo) {
    HttpResponse<String> response = Api.as("dora").get("/api/v1/classification/" + demo.id());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode review = Api.json(response);
    String expected = DemoClassification.expected(demo.intendedCase()).name();

    assertThat(review.path("proposal").path("status").path("code").asString())
        .as("proposal for %s (%s): %s", demo.id(), demo.legalNote(), review.path("proposal").path("explanations"))
        .isEqualTo(expected);
    assertThat(review.path("decision").path("status").path("code").asString()).as("decision for %s", demo.id())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasets")
  void everyDatasetHoldsAllItsRows(DemoDataset demo) {
    HttpResponse<String> response = Api.as("dora").get("/api/v1/datasets/" + demo.id());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    HttpResponse<String> records = Api.as("dora").get("/api/v1/datasets/" + demo.id() + "/records?limit=1");
    assertThat(Api.json(records).path("total_count").asLong(-1)).as("rows of %s", demo.id()).isEqualTo(demo.rows());
  }

  /**
   * Every demo dataset ends as its case wants on the open tier: published as is (every row and column), published
   * occulted (every row, some columns dropped or transformed), published as an aggregate only, or not published.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("datasets")
  void decisionsArePromotedToThePublicationStateTheLawAllows(DemoDataset demo) throws InterruptedException {
    JsonNode row = settledPublicationRow(demo.id());
    List<String> kinds = new ArrayList<>();
    row.path("publications").forEach(p -> {
      if ("PUBLISHED".equals(p.path("state").asString())) {
        kinds.add(p.path("kind").asString());
      }
    });
    HttpResponse<String> asIs = Api.anonymous().get("/api/public/publications/" + demo.id());
    HttpResponse<String> aggregate = Api.anonymous().get("/api/public/publications/" + demo.id() + "-agrege");
    switch (demo.intendedCase()) {
      case COMMUNICABLE, D312_PUBLISHABLE_WITH_NAMES, COMMUNICABLE_AFTER_OCCULTATION -> {
        assertThat(kinds).as("publications of %s: %s", demo.id(), row).containsExactly("DATASET");
        assertThat(asIs.statusCode()).isEqualTo(200);
        JsonNode version = Api.json(asIs).path("versions").path(0);
        assertThat(version.path("rows").asLong()).as("published rows of %s", demo.id()).isEqualTo(demo.rows());
        JsonNode columns = Api.json(Api.anonymous().get(version.path("attestation").asString()))
            .path("attestation").path("columns");
        boolean occulted = false;
        for (JsonNode column : columns) {
          occulted |= !column.path("published").asBoolean() || column.path("transformed").asBoolean();
        }
        assertThat(occulted).as("%s occulted: %s", demo.id(), columns)
            .isEqualTo(demo.intendedCase() == IntendedCase.COMMUNICABLE_AFTER_OCCULTATION);
      }
      case PERSON_CONCERNED_AGGREGATE_ONLY -> {
        assertThat(kinds).as("publications of %s: %s", demo.id(), row).containsExactly("DERIVED_AGGREGATE");
        assertThat(asIs.statusCode()).isEqualTo(404);
        assertThat(aggregate.statusCode()).isEqualTo(200);
        long cells = Api.json(aggregate).path("versions").path(0).path("rows").asLong();
        assertThat(cells).as("cells of %s", demo.id()).isPositive().isLessThan(demo.rows());
      }
      case NOT_COMMUNICABLE, DEFERRED -> {
        assertThat(kinds).as("publications of %s: %s", demo.id(), row).isEmpty();
        assertThat(asIs.statusCode()).isEqualTo(404);
        assertThat(aggregate.statusCode()).isEqualTo(404);
      }
    }
  }

  /**
   * A dataset whose file has longitude and latitude columns is published with a point per row, at those
   * coordinates: the public site draws its map, the Explore API has its {@code geo_point_2d}.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("datasetsWithPoints")
  void coordinateColumnsBecomeThePublishedPoint(DemoDataset demo) throws InterruptedException {
    settledPublicationRow(demo.id());
    String api = "/api/explore/v2.1/catalog/datasets/" + demo.id();
    HttpResponse<String> described = servedWithin(api, Duration.ofSeconds(30));
    assertThat(Api.json(described).path("features").toString()).as("features of %s", demo.id()).contains("\"geo\"");
    String longitude = demo.point().longitude().toLowerCase(Locale.ROOT);
    String latitude = demo.point().latitude().toLowerCase(Locale.ROOT);
    JsonNode records = Api.json(Api.anonymous().get(api + "/records?limit=100&select=" + longitude + "," + latitude
        + ",geo_point_2d")).path("results");
    assertThat(records).hasSizeGreaterThan(10);
    for (JsonNode record : records) {
      assertThat(record.path("geo_point_2d").path("lon").asDouble()).isCloseTo(record.path(longitude).asDouble(),
          within(1e-9));
      assertThat(record.path("geo_point_2d").path("lat").asDouble()).isCloseTo(record.path(latitude).asDouble(),
          within(1e-9));
    }
  }

  /**
   * The citizen reports have no geometry, only latitude and longitude columns (moved to the centre of a 1 km cell
   * before publication): they are points all the same, as in the GeoJSON file the promotion wrote. The API has their
   * {@code geo_point_2d} and filters on it (no {@code geo_shape}: there is none), the site draws their map.
   */
  @org.junit.jupiter.api.Test
  void latitudeAndLongitudeColumnsAreThePublishedPoint() throws InterruptedException {
    settledPublicationRow("signalements-citoyens");
    String api = "/api/explore/v2.1/catalog/datasets/signalements-citoyens";
    JsonNode dataset = Api.json(servedWithin(api, Duration.ofSeconds(30)));
    assertThat(dataset.path("features").toString()).contains("\"geo\"");
    List<String> fields = new ArrayList<>();
    dataset.path("fields").forEach(f -> fields.add(f.path("name").asString() + ":" + f.path("type").asString()));
    assertThat(fields).contains("geo_point_2d:geo_point_2d", "latitude:double", "longitude:double")
        .noneMatch(f -> f.startsWith("geo_shape"));
    // the published latitude is not « la position GPS du téléphone » its internal description speaks of
    dataset.path("fields").forEach(f -> {
      if (f.path("name").asString().equals("latitude")) {
        assertThat(f.path("description").asString()).startsWith("Transformée avant publication :")
            .doesNotContain("GPS");
      }
    });

    JsonNode first = Api.json(Api.anonymous().get(api + "/records?limit=1&select=latitude,longitude,geo_point_2d"
        + "&where=latitude%20is%20not%20null")).path("results").get(0);
    double latitude = first.path("latitude").asDouble();
    double longitude = first.path("longitude").asDouble();
    assertThat(first.path("geo_point_2d").path("lat").asDouble()).isEqualTo(latitude);
    assertThat(first.path("geo_point_2d").path("lon").asDouble()).isEqualTo(longitude);
    // cells are 1 km apart: the reports within 10 m of this one are those of its cell
    long nearby = Api.json(Api.anonymous().get(api + "/records?limit=0&where=" + encode(
        "within_distance(geo_point_2d, geom'POINT(" + longitude + " " + latitude + ")', 10m)"))).path("total_count")
        .asLong();
    long sameCell = Api.json(Api.anonymous().get(api + "/records?limit=0&where=" + encode(
        "latitude = " + latitude + " and longitude = " + longitude))).path("total_count").asLong();
    assertThat(nearby).isPositive().isEqualTo(sameCell);
    assertThat(Api.anonymous().get(api + "/records?select=geo_shape").statusCode()).isEqualTo(400);

    long located = Api.json(Api.anonymous().get(api + "/records?limit=0&where=latitude%20is%20not%20null"))
        .path("total_count").asLong();
    HttpResponse<String> map = servedWithin("/jeux/signalements-citoyens/carte", Duration.ofMinutes(2));
    assertThat(map.body()).contains("class=\"points-map\"")
        .containsPattern(String.format(Locale.FRANCE, "%,d", located).replaceAll("\\D", "[\u00a0\u202f ]?")
            + " points");
  }

  /**
   * A visitor who opens a chart without choosing anything sees one worth looking at: the reports by channel rather
   * than by their unique number, the elected officials by sex rather than by the commonest first names, the
   * facilities by theme rather than by the one municipality: every category shown, and more than one.
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"signalements-citoyens", "repertoire-elus",
      "equipements-publics"})
  void anUnconfiguredChartTellsSomething(String id) throws InterruptedException {
    HttpResponse<String> chart = servedWithin("/jeux/" + id + "/graphique", Duration.ofMinutes(2));
    assertThat(chart.statusCode()).isEqualTo(200);
    long bars = java.util.regex.Pattern.compile("<rect [^>]*class=\"bar\"").matcher(chart.body()).results().count();
    assertThat(bars).as("bars of the default chart of %s", id).isBetween(2L, 19L);
    if (id.equals("repertoire-elus")) {
      // no number column to add up or average: the form offers the count only
      assertThat(chart.body()).doesNotContain("value=\"somme\"", "value=\"moyenne\"");
    }
  }

  /**
   * Where each row already sums things up, the chart adds up what the rows count instead of counting rows (one
   * each): the births aggregate's records per year, the agents per grade, the inhabitants per district.
   */
  @ParameterizedTest(name = "{0}: {1}, {2}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "naissances-etat-civil-agrege | Somme de nombre par | <figcaption>8 valeurs</figcaption>",
      // 23 grades: the chart says it shows the largest 20 only
      "remunerations-agents-2025-agrege | Somme de nombre par Grade | <figcaption>Les 20 valeurs les plus élevées ;",
      "quartiers | Somme de population par | <figcaption>8 valeurs</figcaption>"})
  void summariesAreAddedUpNotCounted(String id, String title, String caption) throws InterruptedException {
    HttpResponse<String> chart = servedWithin("/jeux/" + id + "/graphique", Duration.ofMinutes(2));
    assertThat(chart.body()).as("default chart of %s", id).contains(title).contains(caption);
  }

  /**
   * A pie shows shares of the whole: the agents of 23 grades as the 8 largest slices and one « Autres » slice
   * holding the 15 others, so that the slices add up to every agent the aggregate counts (as the API sums them)
   * and each share is out of that total.
   */
  @org.junit.jupiter.api.Test
  void aPieGathersTheCategoriesItLeavesOutIntoOneSlice() throws InterruptedException {
    String id = "remunerations-agents-2025-agrege";
    HttpResponse<String> chart = servedWithin("/jeux/" + id + "/graphique?type=secteurs", Duration.ofMinutes(2));
    assertThat(chart.body()).contains("<figcaption>Les 8 plus grandes parts, et les 15 autres valeurs réunies dans "
        + "« Autres »</figcaption>");
    java.util.regex.Matcher legend = java.util.regex.Pattern
        .compile("class=\"bar-label\">([^<]+) : ([0-9\u00a0\u202f ]+) \\(([0-9,]+)\u00a0%\\)</text>")
        .matcher(chart.body());
    List<String> labels = new java.util.ArrayList<>();
    long agents = 0;
    double percent = 0;
    while (legend.find()) {
      labels.add(legend.group(1));
      agents += Long.parseLong(legend.group(2).replaceAll("[^0-9]", ""));
      percent += Double.parseDouble(legend.group(3).replace(',', '.'));
    }
    assertThat(labels).hasSize(9).last().isEqualTo("Autres (15 valeurs)");
    long total = Api.json(Api.anonymous().get("/api/explore/v2.1/catalog/datasets/" + id
        + "/records?select=sum(nombre)%20as%20n")).path("results").get(0).path("n").asLong();
    assertThat(agents).isEqualTo(total);
    assertThat(percent).isCloseTo(100, within(0.5));
  }

  /**
   * A pie of 20,000 distinct values (more than it reads): each report is one share in 20,000, and the « Autres »
   * slice holds the rest of the whole, not the rest of the groups read.
   */
  @org.junit.jupiter.api.Test
  void aPieOfMoreValuesThanItReadsKeepsSharesOfTheWhole() throws InterruptedException {
    HttpResponse<String> chart = servedWithin("/jeux/signalements-citoyens/graphique?type=secteurs&par=id_signalement",
        Duration.ofMinutes(2));
    assertThat(chart.body()).containsPattern("et au moins 1[\u00a0\u202f ]?992 autres valeurs réunies dans « Autres »")
        .containsPattern("class=\"bar-label\">SIG-[^<]+ : 1 \\(&lt; 0,1\u00a0%\\)</text>")
        .containsPattern("class=\"bar-label\">Autres \\(au moins 1[\u00a0\u202f ]?992 valeurs\\) : 19[\u00a0\u202f ]?992 "
            + "\\(&gt; 99,9\u00a0%\\)</text>");
  }

  /**
   * The internal chart of a summary table adds up its measure too (the data officer, on the districts), and its
   * caption says whether every value is shown.
   */
  @org.junit.jupiter.api.Test
  void theInternalChartOfASummaryAddsUpItsMeasure() {
    fr.socle.portal.testing.PortalSession dora = fr.socle.portal.testing.ItPortal.signIn("dora");
    String page = dora.get("/espace/jeux/quartiers/graphique").body();
    assertThat(page).contains("Somme de population par code_quartier").contains("<figcaption>8 valeurs</figcaption>");
    // a column of 20,000 distinct values: the chart says it shows the largest 20 only
    assertThat(dora.get("/espace/jeux/signalements-citoyens/graphique?par=id_signalement").body())
        .contains("<figcaption>Les 20 valeurs les plus élevées ; les autres ne sont pas montrées</figcaption>");
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A public path as anonymous visitors get it, once it answers 200 (a publication appears a few seconds late). */
  private static HttpResponse<String> servedWithin(String path, Duration wait) throws InterruptedException {
    Instant deadline = Instant.now().plus(wait);
    HttpResponse<String> response = Api.anonymous().get(path);
    while (response.statusCode() != 200 && Instant.now().isBefore(deadline)) {
      Thread.sleep(1000);
      response = Api.anonymous().get(path);
    }
    return response;
  }

  /** The data officer's view of a dataset's publications once its promotion jobs have run (they run at start). */
  private static JsonNode settledPublicationRow(String datasetId) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (true) {
      for (JsonNode row : Api.json(Api.as("dora").get("/api/v1/publication/datasets"))) {
        if (!row.path("datasetId").asString().equals(datasetId)) {
          continue;
        }
        String state = row.path("lastJob").path("state").asString("");
        if (!List.of("QUEUED", "RUNNING").contains(state.toUpperCase(Locale.ROOT))
            || Instant.now().isAfter(deadline)) {
          return row;
        }
      }
      Thread.sleep(1000);
    }
  }
}
