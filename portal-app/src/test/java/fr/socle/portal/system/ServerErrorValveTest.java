package fr.socle.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ServerErrorValveTest {
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void exploreApiErrorsKeepOpendatasoftsShape() {
    ServerErrorValve.Body body = ServerErrorValve.body("/api/explore/v2.1/catalog/datasets/a/b", 400);

    JsonNode parsed = json.readTree(body.text());
    assertThat(body.contentType()).isEqualTo("application/json");
    assertThat(parsed.get("error_code").asString()).isEqualTo("InvalidRESTParameterError");
    assertThat(parsed.get("message").asString()).startsWith("Bad Request");
  }

  @Test
  void socleApiErrorsAreProblems() {
    ServerErrorValve.Body body = ServerErrorValve.body("/api/v1/me", 505);

    JsonNode parsed = json.readTree(body.text());
    assertThat(body.contentType()).isEqualTo("application/problem+json");
    assertThat(parsed.get("status").asInt()).isEqualTo(505);
    assertThat(parsed.get("type").asString()).isEqualTo(Problems.TYPE_BASE + "requete-illisible");
    assertThat(parsed.get("detail").asString()).contains("505 HTTP Version not supported");
  }

  @Test
  void anythingElseIsAShortPageWhateverThePath() {
    assertThat(ServerErrorValve.body(null, 400).text()).contains("Requête illisible", "erreur 400");
    // a form too large for the server is not an address it could not read
    assertThat(ServerErrorValve.body("/jeux/x/signaler", 413).text()).contains("Demande trop volumineuse",
        "dépasse la taille").doesNotContain("pas pu lire");
    assertThat(ServerErrorValve.body("/jeux/<script>", 414).contentType()).isEqualTo("text/html");
    assertThat(ServerErrorValve.body("/jeux/<script>", 414).text()).doesNotContain("<script>");
  }
}
