package fr.socle.portal.decision;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.portal.decision.DecisionServer.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The decision point's own server: what Trino's plugin gets for a good request, a bad one, and a failure. */
class DecisionServerTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private DecisionServer server;

  @BeforeEach
  void start() {
    Map<String, Function<JsonNode, Reply>> endpoints = Map.of(
        "/trino/allow", body -> Reply.ok(Map.of("result",
            "alice".equals(body.path("input").path("context").path("identity").path("user").asString("")))),
        "/trino/broken", body -> {
          throw new IllegalStateException("policy store unreachable");
        },
        "/trino/unloadable", body -> {
          throw new NoClassDefFoundError("fr/socle/policies/access/EnginePolicy");
        },
        "/trino/unwritable", body -> Reply.ok(new Unwritable()),
        "/trino/events", body -> new Reply(503, null));
    server = new DecisionServer(new DecisionServer.Settings("127.0.0.1", 0), JsonMapper.builder().build(), endpoints);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void answersThePluginsQuestionsAsJson() throws Exception {
    HttpResponse<String> alice = post("/trino/allow", "{\"input\":{\"context\":{\"identity\":{\"user\":\"alice\"}}}}");
    HttpResponse<String> bob = post("/trino/allow", "{\"input\":{\"context\":{\"identity\":{\"user\":\"bob\"}}}}");

    assertThat(alice.statusCode()).isEqualTo(200);
    assertThat(alice.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(alice.body()).isEqualTo("{\"result\":true}");
    assertThat(bob.body()).isEqualTo("{\"result\":false}");
  }

  @Test
  void aMalformedBodyIsABadRequestNotADecision() throws Exception {
    HttpResponse<String> response = post("/trino/allow", "{\"input\": ");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("result");
  }

  @Test
  void aFailingDecisionIsAnErrorSoThatTrinoDenies() throws Exception {
    HttpResponse<String> response = post("/trino/broken", "{}");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).doesNotContain("policy store");
  }

  @Test
  void anErrorOrAnUnwritableAnswerIsAnErrorToo() throws Exception {
    // Left to the JDK's server, both dropped the connection: Trino said "Failed to query OPA backend", and no log why.
    HttpResponse<String> unloadable = post("/trino/unloadable", "{}");
    HttpResponse<String> unwritable = post("/trino/unwritable", "{}");

    assertThat(unloadable.statusCode()).isEqualTo(500);
    assertThat(unloadable.body()).isEqualTo("{\"error\":\"internal error\"}");
    assertThat(unwritable.statusCode()).isEqualTo(500);
  }

  @Test
  void unknownPathsAndOtherMethodsAreRefused() throws Exception {
    HttpResponse<String> unknown = post("/espace", "{}");
    HttpResponse<String> get = http.send(HttpRequest.newBuilder(uri("/trino/allow")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void anEndpointCanAnswerWithAStatusAlone() throws Exception {
    HttpResponse<String> response = post("/trino/events", "{\"metadata\":{}}");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).isEmpty();
  }

  /** An answer that fails while it is written. */
  static final class Unwritable {
    public String getResult() {
      throw new IllegalStateException("read outside its transaction");
    }
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }
}
