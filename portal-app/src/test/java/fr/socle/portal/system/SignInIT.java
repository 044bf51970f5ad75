package fr.socle.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.testing.Stack;
import fr.socle.portal.testing.ItPortal;
import fr.socle.portal.testing.PortalSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign-in through Keycloak, the API's bearer tokens, CSRF, and the separation of the decision port. */
class SignInIT {
  private final Stack stack = Stack.get();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void agentSignsInThroughKeycloakAndSeesTheInternalCatalogue() {
    PortalSession alice = ItPortal.signIn("alice");

    HttpResponse<String> page = alice.get("/espace");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Catalogue interne").contains(">alice<");
  }

  @Test
  void formsWithoutCsrfTokenAreRefused() {
    PortalSession alice = ItPortal.signIn("alice");

    HttpResponse<String> forged = alice.postWithoutCsrf("/logout", Map.of());

    assertThat(forged.statusCode()).isEqualTo(403);
  }

  @Test
  void apiRefusesMissingForgedAndForeignTokensWithoutDetail() throws Exception {
    for (String authorization : new String[] {null, "Bearer not-a-token", "Bearer " + tamper(stack.tokenFor("alice"))}) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ItPortal.url() + "/api/v1/me"));
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
      assertThat(response.body()).doesNotContain("Exception").doesNotContain("signature");
      assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"socle\"");
    }
  }

  @Test
  void apiAcceptsATokenOfTheRealm() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(ItPortal.url() + "/api/v1/me"))
        .header("Authorization", "Bearer " + stack.tokenFor("chloe")).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"user\":\"chloe\"").contains("PARTNER").contains("/partenaires/labo-mobilite");
  }

  @Test
  void decisionEndpointsAreNotServedOnThePublicPortAndPagesNotOnTheDecisionPort() throws Exception {
    HttpResponse<String> onPublic = http.send(HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/trino/allow"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"input\":{}}")).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> onDecision = http.send(HttpRequest.newBuilder(URI.create(stack.decisionPointUrl() + "/espace"))
        .build(), HttpResponse.BodyHandlers.ofString());

    assertThat(onPublic.statusCode()).isEqualTo(404);
    assertThat(onDecision.statusCode()).isEqualTo(404);
  }

  private static String tamper(String token) {
    String[] parts = token.split("\\.");
    String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
        .replace("\"alice\"", "\"admin\"");
    return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
        + "." + parts[2];
  }
}
