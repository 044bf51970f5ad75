package fr.socle.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.portal.testing.Api;
import fr.socle.portal.testing.ItPortal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Addresses Tomcat refuses before the application sees them still get the application's kind of answer. */
class ServerErrorsIT {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theExploreApiAnswersAnUnreadablePathInItsOwnErrorShape() throws Exception {
    HttpResponse<String> response = get("/api/explore/v2.1/catalog/datasets/a%2Fb/records");

    assertThat(statusAndType(response)).isEqualTo("400 application/json");
    assertThat(response.body()).contains("\"error_code\": \"InvalidRESTParameterError\"").doesNotContain("Tomcat");
  }

  @Test
  void socleApiAnswersProblemJson() throws Exception {
    HttpResponse<String> response = get("/api/v1/datasets/a%5Cb");

    assertThat(statusAndType(response)).isEqualTo("400 application/problem+json");
    assertThat(response.body()).contains("\"status\": 400", "requete-illisible");
  }

  @Test
  void pathsMethodsAndTypesTheApiDoesNotTakeAreProblemsToo() {
    Api alice = Api.as("alice");

    HttpResponse<String> missing = alice.get("/api/v1/nothing");
    assertThat(statusAndType(missing)).isEqualTo("404 application/problem+json");
    JsonNode problem = Api.json(missing);
    assertThat(problem.path("title").asString()).isEqualTo("Introuvable");
    assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/nothing");
    assertThat(missing.body()).contains("introuvable").doesNotContain("timestamp", "Not Found");
    HttpResponse<String> method = alice.put("/api/v1/sql", Map.of("sql", "SELECT 1"));
    assertThat(statusAndType(method)).isEqualTo("405 application/problem+json");
    assertThat(method.body()).contains("methode-non-acceptee", "Méthode non acceptée");
  }

  /** A crawler or a script asking for a path that does not exist gets a problem, not Spring's own JSON. */
  @Test
  void pathsOutsideTheApiAnswerProblemsToClientsThatWantNoPage() throws Exception {
    HttpResponse<String> missing = get("/pas-de-page-ici");
    assertThat(statusAndType(missing)).isEqualTo("404 application/problem+json");
    assertThat(missing.body()).contains("introuvable").doesNotContain("timestamp");

    HttpResponse<String> robots = get("/robots.txt");
    assertThat(statusAndType(robots)).isEqualTo("200 text/plain");
    assertThat(robots.body()).contains("Disallow: /espace/", "Sitemap: " + ItPortal.url() + "/sitemap.xml");
  }

  @Test
  void pagesAnswerInFrenchAndEnglish() throws Exception {
    HttpResponse<String> response = get("/jeux/a%00b");

    assertThat(statusAndType(response)).isEqualTo("400 text/html");
    assertThat(response.body()).contains("<html lang=\"fr\">", "Requête illisible", "Retour à l'accueil",
        "The server could not read this address").doesNotContain("HTTP Status");
  }

  @Test
  void errorsTheApplicationAnswersKeepTheirOwnBody() throws Exception {
    HttpResponse<String> response = get("/api/explore/v2.1/catalog/datasets/aucun-jeu/records");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"error_code\"").doesNotContain("requete-illisible", "could not be read");
  }

  /** The status and the media type, without its parameters: "400 application/json". */
  private static String statusAndType(HttpResponse<String> response) {
    return response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("").split(";")[0];
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(ItPortal.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
