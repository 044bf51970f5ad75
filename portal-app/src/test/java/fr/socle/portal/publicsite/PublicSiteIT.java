package fr.socle.portal.publicsite;

import static fr.socle.portal.publicsite.SitePages.dataRows;
import static fr.socle.portal.publicsite.SitePages.get;
import static fr.socle.portal.publicsite.SitePages.q;
import static fr.socle.portal.publicsite.SitePages.text;
import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.lakehouse.catalog.Licences;
import fr.socle.lakehouse.testing.Stack;
import fr.socle.portal.explore.Equipements;
import fr.socle.portal.testing.OpenTestDatasets;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public site against the real stack, read as a browser without script reads it: catalogue search and
 * facets, a dataset page (schema, licence, downloads with sizes), the table's paging, sort and filter, the chart
 * and map SVG, 404 for unknown and retracted datasets, English on demand, French refusals of bad parameters.
 * The retraction runs last: the catalogue listing may show a retracted dataset for its short time to live.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicSiteIT {
  static final String SUFFIX = Long.toHexString(System.nanoTime() & 0xffffff);
  static final String GEO = "it-site-" + SUFFIX;
  static final String ODBL = "it-site-odbl-" + SUFFIX;
  static final String RETRACTED = "it-site-gone-" + SUFFIX;

  static OpenTestDatasets datasets;

  @BeforeAll
  static void publish() throws Exception {
    datasets = new OpenTestDatasets(Stack.get());
    Equipements.publish(datasets, "it_site", "equipements_" + SUFFIX, GEO);
    publishSubsidies(ODBL, "subventions_" + SUFFIX);
    publishSubsidies(RETRACTED, "retire_" + SUFFIX);
    for (String id : List.of(GEO, ODBL, RETRACTED)) {
      awaitPage("/jeux/" + id);
    }
  }

  private static void publishSubsidies(String id, String table) throws Exception {
    datasets.createTable("it_site", table, """
        SELECT element_at(ARRAY['Club de football', 'Chorale'], (n % 2) + 1) AS beneficiaire,
          CAST(n * 100 AS bigint) AS montant
        FROM UNNEST(sequence(1, 12)) AS t(n)""");
    datasets.describe(id, "it_site", table, new Dataset.Metadata("Subventions aux associations " + id,
            "Les subventions votées", "finances", "dora", "Économie et finances", List.of("subventions"),
            Licences.ODBL, "annuelle", "Valmont-sur-Loire", null, null, null),
        List.of(new DatasetColumn("beneficiaire", "string", "Bénéficiaire", "L'association aidée")));
  }

  private static void awaitPage(String path) throws InterruptedException {
    for (int i = 0; i < 20 && get(path).statusCode() != 200; i++) {
      Thread.sleep(1000);
    }
  }

  @AfterAll
  static void unpublish() throws Exception {
    if (datasets != null) {
      datasets.close();
    }
  }

  private static String ok(String path) {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + " → " + text(response.body())).isEqualTo(200);
    return response.body();
  }

  /**
   * Pages tell the browser what it may not do with them: run scripts or load styles from elsewhere, be framed by
   * another site (clickjacking), guess types, send the full address to other sites, use the camera, microphone or
   * the visitor's position.
   */
  @Test
  void pagesTellTheBrowserWhatItMayNotDo() {
    for (String path : List.of("/", "/jeux/" + GEO, "/jeux/" + GEO + "/carte")) {
      java.net.http.HttpHeaders headers = get(path).headers();
      assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
          .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
          .doesNotContain("unsafe-inline", "unsafe-eval"));
      assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
      assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
      assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
      assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(policy ->
          assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
    }
  }

  @Test
  void theCatalogueFindsDatasetsByWordsAndNarrowsThemByFacets() {
    String all = text(ok("/jeux?q=" + SUFFIX));
    assertThat(all).contains("3 jeux de données").contains("Équipements sportifs et culturels " + GEO)
        .contains("Subventions aux associations " + ODBL);

    String odbl = text(ok("/jeux?q=" + SUFFIX + "&licence=" + q(Licences.label(Licences.ODBL))));
    assertThat(odbl).contains("2 jeux de données").contains(ODBL).doesNotContain("culturels " + GEO);

    String geo = ok("/jeux?q=" + SUFFIX + "&format=geojson");
    assertThat(text(geo)).contains("Un jeu de données").contains(GEO).doesNotContain("associations " + ODBL);
    assertThat(geo).contains("name=\"format\" value=\"geojson\"").contains("checked");

    String schema = text(ok("/jeux?q=" + SUFFIX + "&schema=scdl-equipements&theme=Sport"));
    assertThat(schema).contains("Un jeu de données").contains(GEO);
    assertThat(text(ok("/jeux?q=" + SUFFIX + "&schema=scdl-equipements&theme=" + q("Économie et finances"))))
        .contains("Aucun jeu de données ne correspond");
  }

  @Test
  void theHomePageGivesKeyFiguresAndLatestUpdates() {
    String home = text(ok("/"));
    assertThat(home).contains("Chiffres clés").contains("jeux de données publiés").contains("Dernières mises à jour");
  }

  @Test
  void theDatasetPageShowsSchemaLicenceAndDownloadsWithSizes() {
    String html = ok("/jeux/" + GEO);
    String page = text(html);
    assertThat(page).contains("Équipements sportifs et culturels " + GEO).contains("Licence Ouverte")
        .contains("Nom de l'équipement").contains("Le nom usuel").contains("nombre entier")
        .contains("scdl-equipements").contains("Signaler un problème").contains("Historique des publications")
        .contains("Ce qui a été retiré ou transformé avant publication");
    assertThat(html).contains("/api/public/publications/" + GEO + "/versions/1/exports/csv")
        .contains("/api/explore/v2.1/catalog/datasets/" + GEO + "/exports/xlsx")
        .contains("/jeux/" + GEO + "/signaler");
    assertThat(page).containsPattern("CSV \\(\\d+(,\\d)?\\u00a0ko\\)").containsPattern("PARQUET \\(\\d+(,\\d)?\\u00a0ko\\)");
    // the producing service by its name, as Keycloak's group label gives it, not its identifier
    assertThat(text(ok("/jeux/" + ODBL))).contains("Open Database License").contains("Direction des finances");
  }

  @Test
  void theTablePagesSortsAndFiltersWithoutScript() {
    List<List<String>> sorted = dataRows(ok("/jeux/" + GEO + "/tableau?tri=nb&ordre=desc"));
    assertThat(sorted).hasSize(20);
    assertThat(sorted.getFirst().get(3)).isEqualTo("250");

    String second = ok("/jeux/" + GEO + "/tableau?tri=nb&ordre=asc&page=2");
    assertThat(dataRows(second).getFirst().get(3)).isEqualTo("21");
    assertThat(text(second)).contains("250 lignes").contains("Page 2 sur 13");
    assertThat(second).contains("rel=\"next\"").contains("page=3").contains("aria-sort=\"ascending\"")
        .contains("<title>Tableau · Équipements sportifs"); // each tab its own title (RGAA 8.6)

    String tours = ok("/jeux/" + GEO + "/tableau?colonne=commune&valeur=Tours");
    assertThat(text(tours)).contains("83 lignes");
    assertThat(dataRows(tours)).allSatisfy(row -> assertThat(row.get(1)).isEqualTo("Tours"));

    // a NUL character (which nothing of Socle stores) is refused before any query
    assertThat(get("/jeux/" + GEO + "/tableau?q=%00").statusCode()).isEqualTo(400);

    String searched = ok("/jeux/" + GEO + "/tableau?q=" + q("Médiathèque"));
    assertThat(text(searched)).contains("50 lignes");
    assertThat(dataRows(searched)).allSatisfy(row -> assertThat(row.getFirst()).isEqualTo("Médiathèque"));
  }

  @Test
  void theChartBuilderDrawsBarsLinesAndPiesOnTheServer() {
    assertThat(ok("/jeux/" + GEO + "/graphique")).contains("<svg").contains("class=\"bar-chart\"");
    String pie = ok("/jeux/" + GEO + "/graphique?type=secteurs&par=commune&mesure=nombre");
    assertThat(pie).contains("class=\"pie-chart\"").contains("Joué-lès-Tours : 84 (33,6\u00a0%)");
    assertThat(ok("/jeux/" + GEO + "/graphique?type=secteurs&par=commune&mesure=moyenne&de=montant"))
        .as("a pie of means").contains("class=\"bar-chart\"").doesNotContain("class=\"pie-chart\"")
        .contains("elles sont montrées en barres");
    assertThat(ok("/jeux/" + GEO + "/graphique?type=lignes&par=jour&mesure=somme&de=montant"))
        .contains("class=\"line-chart\"");
  }

  @Test
  void aGeographicDatasetHasAMapDrawnOnTheServerAndClusteredForScript() {
    String map = ok("/jeux/" + GEO + "/carte");
    assertThat(map).contains("class=\"points-map\"").contains("id=\"carte\"")
        .contains("data-cells=\"/jeux/" + GEO + "/carte/mailles\"").contains("<circle");
    assertThat(text(map)).contains("250 points");
    JsonNode cells = JsonMapper.builder().build().readTree(
        ok("/jeux/" + GEO + "/carte/mailles?ouest=-180&sud=-85&est=180&nord=85&zoom=3"));
    long points = 0;
    for (JsonNode cell : cells.get("cells")) {
      points += cell.get("count").asLong();
    }
    assertThat(points).isEqualTo(250);
    assertThat(get("/jeux/" + ODBL + "/carte").statusCode()).isEqualTo(404);
    assertThat(ok("/jeux/" + ODBL)).doesNotContain("/jeux/" + ODBL + "/carte\"");
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void unknownDatasetsAreNotFoundAndRetractedOnesGone() throws Exception {
    HttpResponse<String> unknown = get("/jeux/it-site-nothing-" + SUFFIX);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(text(unknown.body())).contains("Page introuvable").contains("n'existe pas");
    HttpResponse<String> unknownInEnglish = get("/jeux/it-site-nothing-" + SUFFIX + "?lang=en");
    assertThat(unknownInEnglish.statusCode()).isEqualTo(404);
    assertThat(text(unknownInEnglish.body())).contains("this dataset does not exist").doesNotContain("n'existe pas");
    // an error page's language links lead to the address that failed, not to the error dispatch's /error
    java.net.URI nowhereUri = java.net.URI.create(fr.socle.portal.testing.ItPortal.url() + "/nulle-part-" + SUFFIX);
    HttpResponse<String> nowhere = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(nowhereUri).header("Accept", "text/html").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(nowhere.statusCode()).isEqualTo(404);
    assertThat(nowhere.body()).contains("href=\"/nulle-part-" + SUFFIX + "?lang=en\"").doesNotContain("/error?lang");

    // a reuser following an old link learns it was withdrawn, when and why, as the DCAT feed and the API say
    datasets.retract(RETRACTED, fr.socle.lakehouse.promotion.PublishedDataset.Reason.DECISION);
    for (String path : List.of("/jeux/" + RETRACTED, "/jeux/" + RETRACTED + "/tableau")) {
      HttpResponse<String> gone = get(path);
      assertThat(gone.statusCode()).as(path).isEqualTo(410);
      assertThat(text(gone.body())).contains("Jeu de données retiré").contains("« " + RETRACTED + " »")
          .contains("une nouvelle décision ne permet plus de le publier");
      // in the site's layout like any page: its language links keep the address
      assertThat(gone.body()).contains("href=\"" + path + "?lang=en\"");
    }
  }

  @Test
  void badParametersGetAClearFrenchMessage() {
    for (String[] bad : new String[][] {
        {"/jeux/" + GEO + "/tableau?tri=inconnue", "colonne inconnue"},
        {"/jeux/" + GEO + "/tableau?colonne=nb&valeur=beaucoup", "ne convient pas à la colonne"},
        {"/jeux/" + GEO + "/tableau?page=-3", "numéro de page invalide"},
        {"/jeux/" + GEO + "/graphique?type=camembert", "type de graphique"},
        {"/jeux?tri=hasard", "tri inconnu"}}) {
      HttpResponse<String> response = get(bad[0]);
      assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
      assertThat(text(response.body())).as(bad[0]).contains("Demande invalide").contains(bad[1]);
    }
    // in English when the page is
    assertThat(text(get("/jeux/" + GEO + "/tableau?page=-3&lang=en").body())).contains("invalid page number");
  }

  @Test
  void englishLabelsAreAvailable() {
    String search = ok("/jeux?lang=en&q=" + SUFFIX);
    assertThat(text(search)).contains("Open data").contains("Search for a dataset").contains("3 datasets");
    // the EU vocabulary's themes have English labels
    assertThat(text(ok("/jeux/" + ODBL + "?lang=en"))).contains("Economy and finance");
    // switching back to French keeps the search
    assertThat(search).contains("href=\"/jeux?q=" + SUFFIX + "&amp;lang=fr\"");
    String english = ok("/jeux/" + GEO + "?lang=en");
    assertThat(text(english)).contains("Producer").contains("Last modified")
        .contains("Download").contains("Report a problem");
    // the producer's words stay French, and say so to screen readers (RGAA 8.7)
    assertThat(english).containsPattern("<h1 lang=\"fr\">[^<]+</h1>").contains("<p class=\"lead\" lang=\"fr\">");
  }
}
