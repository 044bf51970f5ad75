package fr.socle.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.policies.access.Visibility;
import fr.socle.portal.testing.Api;
import fr.socle.portal.testing.ItDatasets;
import fr.socle.portal.testing.ItPortal;
import fr.socle.portal.testing.PortalSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A service's dataset on the portal: its agents read and download it; an agent of another service does not know it
 * exists (page, API, export) unless it is discoverable, and then sees its description and the request form only;
 * every download lands in the audit trail, which only data officers may search.
 */
class DatasetPagesIT {
  private static ItDatasets datasets;
  private static String confidential;
  private static String discoverable;

  @TempDir Path dir;

  @BeforeAll
  static void createDatasets() {
    datasets = new ItDatasets();
    confidential = datasets.create(ItDatasets.budget("budget", "finances", "alice", Visibility.CONFIDENTIAL, false));
    discoverable = datasets.create(ItDatasets.budget("subventions", "finances", "alice", Visibility.DISCOVERABLE,
        false));
    ItDatasets.awaitStatus(Api.as("alice"), "/api/v1/datasets/" + discoverable + "/records?limit=1", 200);
  }

  @AfterAll
  static void dropDatasets() {
    if (datasets != null) {
      datasets.close();
    }
  }

  @Test
  void agentOfTheProducingServiceSeesRowsChartMapAndHistoryOnThePage() {
    PortalSession alice = ItPortal.signIn("alice");

    HttpResponse<String> page = alice.get("/espace/jeux/" + confidential + "?taille=10&tri=montant&ordre=desc");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Aperçu des données", "Lignes 1 à 10 sur 30", ">3000<", ">2100<")
        .doesNotContain(">2000<").contains("aria-sort=\"descending\"").contains("telechargement/parquet")
        .doesNotContain("id=\"demande\"");
    assertThat(alice.get("/espace/jeux/" + confidential + "/graphique?par=commune&somme=montant").body())
        .contains("<svg", "role=\"img\"", "Somme de montant par commune", "<caption>Somme de montant par commune");
    assertThat(alice.get("/espace/jeux/" + confidential + "/carte").body())
        .contains("class=\"points-map\"", "30 points").containsPattern("/js/carte-[0-9a-f]{32}\\.js");
    assertThat(alice.get("/espace/jeux/" + confidential + "/historique").body()).contains("Historique des versions");
    // a page past the last shows the last
    assertThat(alice.get("/espace/jeux/" + confidential + "?taille=10&page=99").body()).contains("Lignes 21 à 30 sur 30");
    assertThat(alice.get("/espace/jeux/" + confidential + "?lang=en").body()).contains("Data preview")
        .doesNotContain("??");
    assertThat(alice.get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode()).isEqualTo(200);
    assertThat(alice.get("/js/carte.js").statusCode()).isEqualTo(200);
    // style sheets and scripts are kept by browsers, not fetched again on every page
    assertThat(alice.get("/webjars/leaflet/1.9.4/dist/leaflet.js").headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000").doesNotContain("no-store"));
  }

  /** The facet links and the search form send empty filters; empty is no filter, a service narrows to its own. */
  @Test
  void theCatalogueFiltersByServiceWhateverTheEmptyParametersBesideIt() {
    PortalSession alice = ItPortal.signIn("alice");

    String finances = alice.get("/espace?q=&service=finances&theme=&motcle=").body();
    assertThat(finances).contains("/espace/jeux/" + confidential + "\"", "/espace/jeux/" + discoverable + "\"");
    assertThat(alice.get("/espace?q=&service=urbanisme&theme=").body())
        .doesNotContain("/espace/jeux/" + confidential + "\"");
    // typed without accents, « Équipements publics de la ville » (the demo's) is found all the same
    assertThat(Api.as("alice").get("/api/v1/datasets?q=equipements").body()).contains("\"equipements-publics\"");
    assertThat(alice.get("/espace?q=equipement").body()).contains("/espace/jeux/equipements-publics\"");
  }

  @Test
  void mapCellsAreAggregatedByTrinoForTheVisibleBox() {
    PortalSession alice = ItPortal.signIn("alice");

    JsonNode all = Api.json(alice.get("/espace/jeux/" + confidential + "/carte/mailles").body().getBytes(
        StandardCharsets.UTF_8));
    JsonNode zoomed = Api.json(alice.get("/espace/jeux/" + confidential
        + "/carte/mailles?ouest=0.680&sud=47.390&est=0.6955&nord=47.4055&zoom=18").body()
        .getBytes(StandardCharsets.UTF_8));

    assertThat(all.path("extent").path("points").asLong()).isEqualTo(30);
    assertThat(all.path("extent").path("west").asDouble()).isEqualTo(0.681);
    long total = 0;
    for (JsonNode cell : all.path("cells")) {
      total += cell.path("count").asLong();
    }
    assertThat(total).isEqualTo(30);
    long inBox = 0;
    for (JsonNode cell : zoomed.path("cells")) {
      inBox += cell.path("count").asLong();
    }
    assertThat(inBox).isEqualTo(15);
    assertThat(ItPortal.signIn("bruno").get("/espace/jeux/" + confidential + "/carte/mailles").statusCode())
        .isEqualTo(404);
  }

  @Test
  void pastVersionsReadAsTheyWere() {
    String id = datasets.create(new ItDatasets.Spec("versions", "SELECT CAST(1 AS bigint) AS x",
        List.of(ItDatasets.column("x", "long")), "finances", "alice", Visibility.CONFIDENTIAL, false));
    datasets.append("versions", "SELECT CAST(2 AS bigint)");
    Api alice = Api.as("alice");
    ItDatasets.awaitStatus(alice, "/api/v1/datasets/" + id + "/records", 200);
    // the API lists the versions, newest first, with the id ?version= takes
    JsonNode versions = Api.json(alice.get("/api/v1/datasets/" + id + "/versions")).path("versions");
    assertThat(versions).hasSize(2);
    assertThat(versions.get(0).path("total_records").asLong()).isEqualTo(2);
    String first = versions.get(1).path("snapshot_id").asString();
    assertThat(Long.parseLong(first)).isEqualTo(datasets.catalogue().snapshots(id).getLast().snapshotId());
    assertThat(Api.as("bruno").get("/api/v1/datasets/" + id + "/versions").statusCode()).isEqualTo(404);

    assertThat(Api.json(alice.get("/api/v1/datasets/" + id + "/records")).path("total_count").asLong()).isEqualTo(2);
    assertThat(Api.json(alice.get("/api/v1/datasets/" + id + "/records?version=" + first)).path("total_count")
        .asLong()).isEqualTo(1);
    PortalSession page = ItPortal.signIn("alice");
    assertThat(page.get("/espace/jeux/" + id + "?version=" + first).body()).contains("Vous lisez la version du")
        .contains("Ligne 1 à 1 sur 1");
    assertThat(page.get("/espace/jeux/" + id + "?version=42").statusCode()).isEqualTo(404);
    // a version that is not an id says which parameter and why, on the API and on the page
    HttpResponse<String> notAnId = alice.get("/api/v1/datasets/" + id + "/records?version=abc");
    assertThat(notAnId.statusCode()).isEqualTo(400);
    assertThat(Api.json(notAnId).path("detail").asString())
        .isEqualTo("paramètre « version » : « abc » n'est pas un nombre entier");
    HttpResponse<String> notAnIdPage = page.get("/espace/jeux/" + id + "?version=abc");
    assertThat(notAnIdPage.statusCode()).isEqualTo(400);
    assertThat(notAnIdPage.body()).contains("paramètre « version » : « abc » n&#39;est pas un nombre entier");
  }

  @Test
  void downloadsAreExactlyTheRowsAndAreAudited() throws Exception {
    PortalSession alice = ItPortal.signIn("alice");

    HttpResponse<byte[]> csv = alice.download("/espace/jeux/" + confidential + "/telechargement/csv");
    HttpResponse<byte[]> spreadsheet = alice.download("/espace/jeux/" + confidential
        + "/telechargement/csv?separateur=;");
    HttpResponse<byte[]> parquet = alice.download("/espace/jeux/" + confidential + "/telechargement/parquet");
    HttpResponse<byte[]> geojson = alice.download("/espace/jeux/" + confidential + "/telechargement/geojson");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains(confidential + ".csv");
    List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(31);
    assertThat(lines.getFirst()).isEqualTo("id,service,commune,montant,date_vote,geo_lat,geo_lon");
    String semicolons = new String(spreadsheet.body(), StandardCharsets.UTF_8);
    assertThat(semicolons).startsWith("\uFEFFid;service;commune;montant").contains(";47,391;");
    Path file = dir.resolve("budget.parquet");
    Files.write(file, parquet.body());
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duck.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*), sum(montant) FROM read_parquet('" + file + "')")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(30);
      assertThat(rs.getDouble(2)).isEqualTo(46500.0);
    }
    JsonNode features = Api.json(geojson.body()).path("features");
    assertThat(features).hasSize(30);
    assertThat(features.get(0).path("geometry").path("type").asString()).isEqualTo("Point");

    PortalSession dora = ItPortal.signIn("dora");
    HttpResponse<String> audit = dora.get("/espace/audit?type=download&jeu=" + confidential + "&acteur=alice");
    assertThat(audit.statusCode()).isEqualTo(200);
    assertThat(audit.body()).contains("téléchargement PARQUET de " + confidential + " (30 lignes)")
        .contains("téléchargement GEOJSON de " + confidential)
        // kinds and outcomes read in French, the code beside for whoever searches by it
        .contains("<span>téléchargement</span>", "<code class=\"meta\">download</code>");
    // a mistyped date keeps the search as it was typed; a page far past the end is empty, not page 1 again
    String mistyped = dora.get("/espace/audit?type=download&jeu=" + confidential + "&du=2026-13-45").body();
    assertThat(mistyped).contains("date invalide", "value=\"2026-13-45\"", "value=\"" + confidential + "\"");
    assertThat(dora.get("/espace/audit?jeu=" + confidential + "&page=2147483647").body()).doesNotContain("<caption");
    JsonNode entries = Api.json(Api.as("dora").get("/api/v1/audit?kind=download&dataset=" + confidential))
        .path("results");
    assertThat(entries.size()).isGreaterThanOrEqualTo(4);
    assertThat(entries.get(0).path("actor").asString()).isEqualTo("alice");
    assertThat(entries.get(0).path("details").path("rows").asLong()).isEqualTo(30);
  }

  @Test
  void auditIsNotFoundForAgents() {
    assertThat(ItPortal.signIn("alice").get("/espace/audit").statusCode()).isEqualTo(404);
    assertThat(Api.as("alice").get("/api/v1/audit").statusCode()).isEqualTo(404);
  }

  @Test
  void agentOfAnotherServiceGetsNotFoundEverywhereForAConfidentialDataset() {
    PortalSession bruno = ItPortal.signIn("bruno");
    Api api = Api.as("bruno");

    assertThat(bruno.get("/espace/jeux/" + confidential).statusCode()).isEqualTo(404);
    // in the reader's language, and the same words as for a dataset that does not exist
    String english = bruno.get("/espace/jeux/" + confidential + "?lang=en").body();
    assertThat(english).contains("this page does not exist or is not available to you").doesNotContain("introuvable")
        // an error page keeps the reader's menu: still signed in
        .contains("<span class=\"who\">bruno</span>");
    assertThat(bruno.get("/espace/jeux/no-such-dataset?lang=en").body())
        .contains("this page does not exist or is not available to you");
    assertThat(bruno.get("/espace/jeux/" + confidential + "/telechargement/csv").statusCode()).isEqualTo(404);
    assertThat(api.get("/api/v1/datasets/" + confidential).statusCode()).isEqualTo(404);
    assertThat(api.get("/api/v1/datasets/" + confidential + "/records").statusCode()).isEqualTo(404);
    assertThat(api.download("/api/v1/datasets/" + confidential + "/exports/csv").statusCode()).isEqualTo(404);
    HttpResponse<String> missing = api.get("/api/v1/datasets/no-such-dataset");
    HttpResponse<String> hidden = api.get("/api/v1/datasets/" + confidential);
    assertThat(Api.json(hidden).path("detail")).isEqualTo(Api.json(missing).path("detail"));
    assertThat(Api.json(hidden).path("type")).isEqualTo(Api.json(missing).path("type"));
    assertThat(Api.json(api.get("/api/v1/datasets")).toString()).doesNotContain(confidential);
  }

  @Test
  void agentOfAnotherServiceSeesADiscoverableDatasetsDescriptionAndTheRequestFormOnly() {
    PortalSession bruno = ItPortal.signIn("bruno");
    Api api = Api.as("bruno");

    HttpResponse<String> page = bruno.get("/espace/jeux/" + discoverable);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"demande\"", "name=\"finalite\"", "montant")
        .doesNotContain("Aperçu des données").doesNotContain("telechargement/csv");
    JsonNode metadata = Api.json(api.get("/api/v1/datasets/" + discoverable));
    assertThat(metadata.path("access").path("level").asString()).isEqualTo("metadata");
    assertThat(metadata.path("columns")).hasSize(7);
    assertThat(api.get("/api/v1/datasets/" + discoverable + "/records").statusCode()).isEqualTo(403);
    assertThat(api.download("/api/v1/datasets/" + discoverable + "/exports/csv").statusCode()).isEqualTo(403);
    assertThat(bruno.get("/espace/jeux/" + discoverable + "/telechargement/csv").statusCode()).isEqualTo(403);

    // a request without a purpose comes back with what was typed, the purpose marked and tied to the error
    bruno.get("/espace/jeux/" + discoverable);
    String refused = bruno.postFields("/espace/jeux/" + discoverable + "/demande", "colonnes", "commune",
        "finalite", " ", "duree", "45").body();
    assertThat(refused).contains("indiquez la finalité de votre demande", "id=\"demande-erreur\"",
        "value=\"45\"", "aria-invalid=\"true\"", "finalite-hint demande-erreur")
        .containsPattern("value=\"commune\"[^>]*checked");
  }

  @Test
  void recordsApiFiltersSortsAndPagesAndRefusesUnknownColumns() {
    Api alice = Api.as("alice");

    JsonNode page = Api.json(alice.get("/api/v1/datasets/" + confidential
        + "/records?commune=A&order_by=-montant&limit=3&offset=1"));
    assertThat(page.path("total_count").asLong()).isEqualTo(10);
    assertThat(page.path("results")).hasSize(3);
    assertThat(page.path("results").get(0).path("montant").asDouble()).isEqualTo(2700.0);
    assertThat(alice.get("/api/v1/datasets/" + confidential + "/records?nope=1").statusCode()).isEqualTo(400);
    assertThat(alice.get("/api/v1/datasets/" + confidential + "/records?limit=1001").statusCode()).isEqualTo(400);
    assertThat(alice.get("/api/v1/datasets/" + confidential + "/records?nope=1").headers()
        .firstValue("Content-Type").orElse("")).contains("application/problem+json");
  }

}
