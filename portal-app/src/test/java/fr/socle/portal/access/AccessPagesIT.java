package fr.socle.portal.access;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.policies.access.Visibility;
import fr.socle.portal.testing.Api;
import fr.socle.portal.testing.ItDatasets;
import fr.socle.portal.testing.ItPortal;
import fr.socle.portal.testing.PortalSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Access through the pages only, as people use them without any script: ask on the dataset's page, refuse and
 * approve on the decision page (columns, a row filter, an expiry), see the notifications, revoke on the grants page.
 */
class AccessPagesIT {
  private static ItDatasets datasets;
  private static String id;

  @BeforeAll
  static void createDataset() {
    datasets = new ItDatasets();
    id = datasets.create(ItDatasets.budget("marches", "finances", "alice", Visibility.DISCOVERABLE, false));
    ItDatasets.awaitStatus(Api.as("bruno"), "/api/v1/datasets/" + id, 200);
  }

  @AfterAll
  static void dropDataset() {
    if (datasets != null) {
      datasets.close();
    }
  }

  @Test
  void askRefuseAskAgainApproveWithAFilterThenRevoke() {
    PortalSession bruno = ItPortal.signIn("bruno");
    PortalSession alice = ItPortal.signIn("alice");
    Api brunoApi = Api.as("bruno");

    // in English, a request without its purpose is refused in English, the field marked
    PortalSession english = ItPortal.signIn("bruno");
    english.get("/espace/jeux/" + id + "?lang=en");
    String unsent = english.post("/espace/jeux/" + id + "/demande", Map.of("finalite", "", "duree", "60")).body();
    assertThat(unsent).contains("state the purpose of your request").doesNotContain("indiquez la finalité")
        .containsPattern("name=\"finalite\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*name=\"finalite\"");

    bruno.get("/espace/jeux/" + id);
    HttpResponse<String> sent = bruno.post("/espace/jeux/" + id + "/demande",
        Map.of("finalite", "suivi des marchés de voirie", "duree", "60"));
    assertThat(sent.uri().getPath()).isEqualTo("/espace/demandes");
    assertThat(sent.body()).contains("Votre demande a été envoyée", "en attente", "suivi des marchés de voirie");

    String first = pendingRequest(brunoApi);
    PortalSession dora = ItPortal.signIn("dora");
    assertThat(dora.get("/espace/demandes").body()).contains("/espace/demandes/" + first, "Demandes à décider");
    assertThat(dora.get("/espace/demandes/" + first).body()).contains("name=\"filtreColonne\"", "name=\"expiration\"",
        "Demande de bruno pour « Jeu de test marches");
    HttpResponse<String> refused = dora.post("/espace/demandes/" + first + "/refuser",
        Map.of("motif", "données hors du périmètre de la voirie"));
    assertThat(refused.body()).contains("Demande refusée");
    assertThat(bruno.get("/espace/demandes").body()).contains("refusée", "données hors du périmètre de la voirie");
    HttpResponse<String> notifications = bruno.get("/espace/notifications");
    assertThat(notifications.body()).contains("a été refusée", "nouveau");
    assertThat(bruno.post("/espace/notifications/lues", Map.of()).body()).doesNotContain(">nouveau<");

    bruno.get("/espace/jeux/" + id);
    bruno.postFields("/espace/jeux/" + id + "/demande", "colonnes", "id", "colonnes", "commune",
        "colonnes", "montant", "finalite", "suivi des marchés, second essai", "duree", "30");
    String second = pendingRequest(brunoApi);
    assertThat(alice.get("/espace/demandes/" + second).statusCode()).isEqualTo(200);
    // an approval refused (an expiry in the past) comes back as it was filled in
    String again = alice.postFields("/espace/demandes/" + second + "/approuver",
        "colonnes", "id", "colonnes", "commune",
        "filtreColonne", "commune", "filtreOperateur", "IN", "filtreValeurs", "A ; B",
        "filtreColonne", "", "filtreOperateur", "EQUALS", "filtreValeurs", "",
        "filtreColonne", "", "filtreOperateur", "EQUALS", "filtreValeurs", "",
        "expiration", "2001-01-01", "convention", "convention 12").body();
    assertThat(again).containsPattern("id=\"expiration\"[^>]*aria-invalid=\"true\"");
    assertThat(again).contains("dans le futur", "value=\"A ; B\"", "value=\"2001-01-01\"",
        "value=\"convention 12\"").containsPattern("value=\"commune\"[^>]*selected")
        .containsPattern("value=\"IN\"[^>]*selected").doesNotContainPattern("value=\"montant\"[^>]*checked");
    // nor an access of a thousand years: three at the most, as a request may ask
    assertThat(alice.postFields("/espace/demandes/" + second + "/approuver", "colonnes", "id",
        "filtreColonne", "", "filtreOperateur", "EQUALS", "filtreValeurs", "",
        "expiration", "2999-01-01", "convention", "").body()).contains("au plus trois ans");
    // a filter's value that does not fit its column is told in the reader's language
    String[] badFilter = {"colonnes", "id", "filtreColonne", "montant", "filtreOperateur", "LESS_THAN",
        "filtreValeurs", "beaucoup", "expiration", LocalDate.now().plusDays(10).toString(), "convention", ""};
    assertThat(alice.postFields("/espace/demandes/" + second + "/approuver", badFilter).body())
        .contains("valeur « beaucoup » incompatible avec le type de montant");
    PortalSession aliceInEnglish = ItPortal.signIn("alice");
    aliceInEnglish.get("/espace/demandes/" + second + "?lang=en");
    assertThat(aliceInEnglish.postFields("/espace/demandes/" + second + "/approuver", badFilter).body())
        .contains("value “beaucoup” does not fit the type of montant").doesNotContain("incompatible");
    HttpResponse<String> approved = alice.postFields("/espace/demandes/" + second + "/approuver",
        "colonnes", "id", "colonnes", "commune", "colonnes", "montant",
        "filtreColonne", "commune", "filtreOperateur", "IN", "filtreValeurs", "A ; B",
        "filtreColonne", "", "filtreOperateur", "EQUALS", "filtreValeurs", "",
        "filtreColonne", "", "filtreOperateur", "EQUALS", "filtreValeurs", "",
        "expiration", LocalDate.now().plusDays(10).toString(), "convention", "");
    assertThat(approved.body()).as(approved.body()).contains("Demande approuvée");
    // decided: its page says so, by whom, and offers nothing more to decide; a late second decision says why
    String decided = alice.get("/espace/demandes/" + second).body();
    assertThat(decided).contains("approuvée", "par alice le").doesNotContain("/approuver\"", "/refuser\"");
    // the requester is told the rows are some only (the grant's filter)
    assertThat(bruno.get("/espace/demandes").body()).contains("une partie des lignes seulement");
    assertThat(alice.postFields("/espace/demandes/" + second + "/refuser", "motif", "trop tard").body())
        .contains("déjà été traitée", "approuvée");

    ItDatasets.awaitStatus(brunoApi, "/api/v1/datasets/" + id + "/records?limit=1", 200);
    JsonNode records = Api.json(brunoApi.get("/api/v1/datasets/" + id + "/records?limit=100"));
    assertThat(records.path("total_count").asLong()).isEqualTo(20);
    assertThat(records.path("results").get(0).propertyNames()).containsExactly("id", "commune", "montant");

    String grants = alice.get("/espace/acces").body();
    assertThat(grants).contains("Accès que je gère", "en vigueur", "bruno", "est parmi", "A ; B");
    // the date chosen is the last day of access, as both sides read it (not the midnight after it)
    String lastDay = LocalDate.now().plusDays(10).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    assertThat(grants).contains(">" + lastDay + "<");
    assertThat(bruno.get("/espace/acces").body()).contains(">" + lastDay + "<");
    assertThat(bruno.get("/espace/notifications").body()).contains("jusqu&#39;au " + lastDay + " inclus");
    String grantId = Api.json(brunoApi.get("/api/v1/grants")).path("held").get(0).path("id").asString();
    HttpResponse<String> revoked = alice.post("/espace/acces/" + grantId + "/revoquer",
        Map.of("motif", "marché clos"));
    assertThat(revoked.body()).contains("Accès révoqué", "révoqué le");
    ItDatasets.awaitStatus(brunoApi, "/api/v1/datasets/" + id + "/records?limit=1", 403);
    // the requester reads what the approval granted, and that it no longer holds
    assertThat(bruno.get("/espace/demandes").body()).contains("colonnes accordées :", "accès révoqué le");
  }

  /** The deciders were told of a request: they are told when its author cancels it; it cannot be cancelled twice. */
  @Test
  void aCancelledRequestIsToldToItsDeciders() {
    Api brunoApi = Api.as("bruno");
    HttpResponse<String> created = brunoApi.post("/api/v1/requests", Map.of("dataset", id,
        "purpose", "essai d'annulation", "duration_days", 10));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String requestId = Api.json(created).path("id").asString();

    assertThat(brunoApi.post("/api/v1/requests/" + requestId + "/cancel", Map.of()).statusCode()).isEqualTo(204);

    assertThat(ItPortal.signIn("alice").get("/espace/notifications").body())
        .contains("bruno a annulé sa demande d&#39;accès");
    assertThat(brunoApi.post("/api/v1/requests/" + requestId + "/cancel", Map.of()).statusCode()).isEqualTo(409);
  }

  @Test
  void anotherPersonsRequestCannotBeDecided() {
    Api bruno = Api.as("bruno");
    HttpResponse<String> unknown = bruno.post("/api/v1/requests/" + java.util.UUID.randomUUID() + "/refuse",
        Map.of("reason", "je ne décide pas"));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(ItPortal.signIn("bruno").get("/espace/demandes/not-a-request").statusCode()).isEqualTo(404);
  }

  private static String pendingRequest(Api api) {
    for (JsonNode request : Api.json(api.get("/api/v1/requests")).path("mine")) {
      if (request.path("dataset").asString().equals(id) && "pending".equals(request.path("status").asString())) {
        return request.path("id").asString();
      }
    }
    throw new AssertionError("no pending request for " + id);
  }
}
