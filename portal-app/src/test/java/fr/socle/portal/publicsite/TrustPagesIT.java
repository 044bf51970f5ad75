package fr.socle.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.testing.Stack;
import fr.socle.portal.explore.Equipements;
import fr.socle.portal.testing.Api;
import fr.socle.portal.testing.ItPortal;
import fr.socle.portal.testing.OpenTestDatasets;
import fr.socle.portal.testing.PortalSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Trust and legal pages against the real stack: the legal pages in French and English, "signaler un problème" on a
 * dataset published through a real promotion (CSRF, validation, storage, the data officers' page and notification),
 * and usage statistics counted, flushed and read back by a producer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrustPagesIT {
  static final String SUFFIX = Long.toHexString(System.nanoTime() & 0xffffff);
  static final String DOMAIN = "it_trust";
  static final String TABLE = "equipements_" + SUFFIX;
  static final String ID = "it-trust-" + SUFFIX;

  static OpenTestDatasets datasets;

  @BeforeAll
  static void publish() throws Exception {
    datasets = new OpenTestDatasets(Stack.get());
    Equipements.publish(datasets, DOMAIN, TABLE, ID);
    PortalSession visitor = PortalSession.anonymous(ItPortal.url());
    Instant deadline = Instant.now().plusSeconds(30);
    while (visitor.get("/jeux/" + ID + "/signaler").statusCode() != 200) {
      assertThat(Instant.now()).as("the portal never showed " + ID).isBefore(deadline);
      Thread.sleep(1000);
    }
  }

  @AfterAll
  static void unpublish() throws Exception {
    if (datasets != null) {
      datasets.socle().update("DELETE FROM portal.report WHERE publication_id = ?", ID);
      datasets.socle().update("DELETE FROM portal.usage_daily WHERE publication_id = ?", ID);
      datasets.socle().update("DELETE FROM portal.notification WHERE dataset_id = ?", ID);
      datasets.close();
    }
  }

  @ParameterizedTest(name = "{0}?lang={1}")
  @CsvSource(delimiter = '|', textBlock = """
      /mentions-legales | fr | Mentions légales           | Directeur de la publication | Licence Ouverte / Open Licence 2.0
      /mentions-legales | en | Legal notice               | Director of publication     | Open Database License (ODbL)
      /accessibilite    | fr | Non conforme               | Défenseur des droits        | axe-core
      /accessibilite    | en | Not compliant              | Défenseur des droits        | axe-core
      /confidentialite  | fr | Délégué à la protection    | Aucun cookie de suivi       | sans adresse IP
      /confidentialite  | en | Data protection officer    | No tracking cookie          | without IP address
      """)
  void legalPagesArePublicInFrenchAndEnglish(String path, String lang, String first, String second, String third) {
    PortalSession visitor = PortalSession.anonymous(ItPortal.url());
    HttpResponse<String> page = visitor.get(path + "?lang=" + lang);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("lang=\"" + lang + "\">").contains(first, second, third)
        .contains("Valmont-sur-Loire")
        .contains("href=\"/mentions-legales\"", "href=\"/accessibilite\"", "href=\"/confidentialite\"",
            "href=\"/mentions-legales#licence\"");
  }

  @Test
  void aReportReachesTheDataOfficersWhoMarkItHandled() throws Exception {
    PortalSession visitor = PortalSession.anonymous(ItPortal.url());
    HttpResponse<String> form = visitor.get("/jeux/" + ID + "/signaler");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("Signaler un problème", "name=\"_csrf\"", "Données personnelles visibles",
        "name=\"site_web\"", "action=\"/jeux/" + ID + "/signaler\"");

    String text = "La colonne nom montre des personnes " + SUFFIX + "\nligne 3";
    HttpResponse<String> sent = visitor.post("/jeux/" + ID + "/signaler", Map.of("categorie", "personal-data",
        "description", text, "courriel", "temoin@example.org", "site_web", ""));
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).contains("Signalement envoyé");
    List<Map<String, Object>> stored = datasets.socle().query("SELECT category, description, email, submitted_by"
        + " FROM portal.report WHERE publication_id = ?", rs -> Map.of("category", rs.getString(1), "description",
        rs.getString(2), "email", rs.getString(3), "anonymous", rs.getString(4) == null), ID);
    assertThat(stored).containsExactly(Map.of("category", "personal-data", "description", text, "email",
        "temoin@example.org", "anonymous", true));

    PortalSession dora = ItPortal.signIn("dora");
    HttpResponse<String> list = dora.get("/espace/signalements");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("personnes " + SUFFIX, "temoin@example.org", "urgent",
        "href=\"/espace/publication?fuite=" + ID + "#publication-" + ID + "\"");
    // the link lands on the retraction form with « fuite » chosen, the reason that purges every copy
    assertThat(dora.get("/espace/publication?fuite=" + ID).body()).containsPattern("value=\"fuite\"[^>]*selected");
    assertThat(dora.get("/espace/notifications").body()).contains("URGENT", "(" + ID + ")");
    long id = datasets.socle().queryOne("SELECT id FROM portal.report WHERE publication_id = ?",
        rs -> rs.getLong(1), ID).orElseThrow();
    dora.get("/espace/signalements");
    HttpResponse<String> handled = dora.post("/espace/signalements/" + id + "/traite", Map.of());
    assertThat(handled.statusCode()).isEqualTo(200);
    assertThat(handled.body()).contains("est marqué comme traité", "traité par dora");
    // handled: its alert is read for every data officer, none needs to open it any more
    assertThat(datasets.socle().queryOne("SELECT count(*) FROM portal.notification WHERE kind = 'report'"
        + " AND link = ? AND read_at IS NULL", rs -> rs.getLong(1), "/espace/signalements#signalement-" + id))
        .contains(0L);

    assertThat(ItPortal.signIn("alice").get("/espace/signalements").statusCode()).isEqualTo(404);
  }

  @Test
  void aFormWithoutCsrfTokenIsRefusedAndStoresNothing() {
    PortalSession visitor = PortalSession.anonymous(ItPortal.url());
    visitor.get("/jeux/" + ID + "/signaler");
    HttpResponse<String> forged = visitor.postWithoutCsrf("/jeux/" + ID + "/signaler", Map.of("categorie", "other",
        "description", "forgé " + SUFFIX));

    assertThat(forged.statusCode()).isEqualTo(403);
    // the page tells what to do about it, not that a fault was logged
    assertThat(forged.body()).contains("le formulaire envoyé a expiré").doesNotContain("journalisée");
    assertThat(datasets.socle().query("SELECT id FROM portal.report WHERE description LIKE ?", rs -> rs.getLong(1),
        "forgé " + SUFFIX)).isEmpty();
  }

  @Test
  void aReportHoldingANulCharacterIsRefusedAndStoresNothing() {
    PortalSession visitor = PortalSession.anonymous(ItPortal.url());
    visitor.get("/jeux/" + ID + "/signaler");
    HttpResponse<String> refused = visitor.post("/jeux/" + ID + "/signaler", Map.of("categorie", "technical",
        "description", "nul " + SUFFIX + "\u0000 fin"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(datasets.socle().query("SELECT id FROM portal.report WHERE description LIKE ?", rs -> rs.getLong(1),
        "nul " + SUFFIX + "%")).isEmpty();
  }

  @Test
  void anInvalidReportComesBackWithFrenchErrorsAndWhatWasTyped() {
    PortalSession visitor = PortalSession.anonymous(ItPortal.url());
    visitor.get("/jeux/" + ID + "/signaler?lang=fr");
    HttpResponse<String> invalid = visitor.post("/jeux/" + ID + "/signaler", Map.of("categorie", "data-error",
        "description", "   ", "courriel", "pas-une-adresse"));

    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("Le signalement n", "La description est obligatoire",
        "adresse électronique n", "pas valide", "value=\"pas-une-adresse\"", "value=\"data-error\" required checked=\"checked\"",
        "aria-invalid=\"true\"", "name=\"_csrf\"");
  }

  @Test
  void anUnknownOrUnpublishedDatasetHasNoReportForm() {
    PortalSession visitor = PortalSession.anonymous(ItPortal.url());
    assertThat(visitor.get("/jeux/nope-" + SUFFIX + "/signaler").statusCode()).isEqualTo(404);
    assertThat(visitor.get("/jeux/nope-" + SUFFIX + "/signaler/merci").statusCode()).isEqualTo(404);
  }

  @Test
  void downloadsAndApiCallsAreCountedAndShownToProducersOnly() throws Exception {
    Api visitor = Api.anonymous();
    String explore = "/api/explore/v2.1/catalog/datasets/" + ID;
    assertThat(visitor.download(explore + "/exports/csv").statusCode()).isEqualTo(200);
    assertThat(visitor.download("/api/public/publications/" + ID + "/versions/1/exports/csv").statusCode())
        .isEqualTo(200);
    assertThat(visitor.get(explore + "/records?limit=2").statusCode()).isEqualTo(200);
    assertThat(visitor.get(explore + "/facets").statusCode()).isEqualTo(200);
    assertThat(visitor.get(explore + "/records?limit=1000").statusCode()).as("an error is no use").isEqualTo(400);
    // the public dataset page belongs to the public site; it counts as a view when it exists
    boolean publicPage = PortalSession.anonymous(ItPortal.url()).get("/jeux/" + ID).statusCode() == 200;

    JsonNode usage = awaitUsage(Api.as("dora"), 2, 2);
    assertThat(usage.get("dataset_id").asString()).isEqualTo(ID);
    assertThat(usage.get("days").size()).isEqualTo(30);
    assertThat(usage.get("totals").get("downloads").asLong()).isEqualTo(2);
    assertThat(usage.get("totals").get("api_calls").asLong()).isEqualTo(2);
    assertThat(usage.get("totals").get("views").asLong()).isEqualTo(publicPage ? 1 : 0);
    assertThat(usage.get("publications").get(0).get("publication_id").asString()).isEqualTo(ID);
    assertThat(usage.get("days").get(29).get("downloads").asLong()).isEqualTo(2);

    // bruno works in the producing service (urbanisme); alice, in finances, may not even know of the dataset
    assertThat(Api.as("bruno").get("/api/v1/datasets/" + ID + "/usage").statusCode()).isEqualTo(200);
    assertThat(Api.as("alice").get("/api/v1/datasets/" + ID + "/usage").statusCode()).isEqualTo(404);
    assertThat(Api.anonymous().get("/api/v1/datasets/" + ID + "/usage").statusCode()).isEqualTo(401);

    HttpResponse<String> tab = ItPortal.signIn("dora").get("/espace/jeux/" + ID + "/utilisation");
    assertThat(tab.statusCode()).isEqualTo(200);
    assertThat(tab.body()).contains("Utilisation sur 30 jours", "class=\"column-chart\"", "usage-chart-title",
        "Téléchargements", "Chiffres par jour");
    HttpResponse<String> publication = ItPortal.signIn("dora").get("/espace/publication");
    assertThat(publication.body()).contains("id=\"publication-" + ID + "\"", "2 téléchargements");
  }

  /** Last: it spends this address's quota of reports. */
  @Test
  @Order(Integer.MAX_VALUE)
  void anAddressWithoutAccountSendsAFewReportsAMinuteAndKeepsItsText() {
    PortalSession visitor = PortalSession.anonymous(ItPortal.url());
    visitor.get("/jeux/" + ID + "/signaler?lang=fr");
    HttpResponse<String> answer = null;
    for (int i = 0; i < 10; i++) {
      answer = visitor.post("/jeux/" + ID + "/signaler", Map.of("categorie", "other", "description", ""));
      if (answer.statusCode() == 429) {
        break;
      }
      assertThat(answer.statusCode()).isEqualTo(400);
    }
    assertThat(answer.statusCode()).isEqualTo(429);
    assertThat(answer.headers().firstValue("Retry-After")).isPresent();
    assertThat(answer.body()).contains("Trop de signalements", "value=\"other\" required checked=\"checked\"");
  }

  private static JsonNode awaitUsage(Api api, long downloads, long apiCalls) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(70));
    while (true) {
      HttpResponse<String> response = api.get("/api/v1/datasets/" + ID + "/usage");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode usage = Api.json(response);
      JsonNode totals = usage.get("totals");
      if (totals.get("downloads").asLong() >= downloads && totals.get("api_calls").asLong() >= apiCalls
          || Instant.now().isAfter(deadline)) {
        return usage;
      }
      Thread.sleep(500);
    }
  }
}
