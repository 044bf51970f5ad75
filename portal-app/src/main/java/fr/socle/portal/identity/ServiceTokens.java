package fr.socle.portal.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens of the portal's service accounts (OAuth2 client credentials), cached until shortly before they
 * expire. The internal portal ({@code socle-portal}) and the public one ({@code socle-public}) are distinct Trino
 * principals with distinct rights.
 */
@Component
public class ServiceTokens {
  /** A token is renewed when less than this is left, so that a query started with it does not outlive it. */
  private static final Duration RENEW_BEFORE = Duration.ofMinutes(2);

  public enum Account {
    PORTAL,
    PUBLIC
  }

  private record Cached(String token, Instant expiresAt) {}

  private final KeycloakSettings settings;
  private final HttpClient http;
  private final JsonMapper json;
  private final Clock clock;
  private final ConcurrentMap<Account, Cached> cache = new ConcurrentHashMap<>();

  public ServiceTokens(KeycloakSettings settings, JsonMapper json, Clock clock) {
    this.settings = settings;
    this.json = json;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  public String token(Account account) {
    Cached cached = cache.get(account);
    if (cached != null && clock.instant().plus(RENEW_BEFORE).isBefore(cached.expiresAt())) {
      return cached.token();
    }
    Cached fresh = fetch(account);
    cache.put(account, fresh);
    return fresh.token();
  }

  /**
   * Forgets the cached token of the account, after a server refused it (the realm's keys changed, the session was
   * revoked): the next call fetches a new one.
   */
  public void invalidate(Account account) {
    cache.remove(account);
  }

  private Cached fetch(Account account) {
    String clientId = account == Account.PORTAL ? settings.portalClientId() : settings.publicClientId();
    String secret = account == Account.PORTAL ? settings.portalClientSecret() : settings.publicClientSecret();
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(settings.tokenUri())
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    Instant requestedAt = clock.instant();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Keycloak refused the client credentials of " + clientId + " (HTTP " + response.statusCode() + ")");
      }
      JsonNode body = json.readTree(response.body());
      return new Cached(
          body.get("access_token").asString(),
          requestedAt.plusSeconds(body.path("expires_in").asLong(60)));
    } catch (IOException e) {
      throw new UncheckedIOException("Keycloak is unreachable at " + settings.tokenUri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking Keycloak for a token", e);
    }
  }
}
