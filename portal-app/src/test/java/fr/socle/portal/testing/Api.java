package fr.socle.portal.testing;

import fr.socle.lakehouse.testing.Stack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A person calling the portal's JSON API with their own Keycloak token, as a script or a BI tool would. */
public final class Api {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI portal;
  private final @Nullable String token;
  // HTTP/1.1: an h2c upgrade attempt would hold concurrent requests (a cancel) behind the first one.
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private Api(URI portal, @Nullable String token) {
    this.portal = portal;
    this.token = token;
  }

  public static Api as(String user) {
    return new Api(ItPortal.url(), Stack.get().tokenFor(user));
  }

  /** The public, without an account. */
  public static Api anonymous() {
    return new Api(ItPortal.url(), null);
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<byte[]> download(String path) {
    return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> post(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> put(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
  }

  public static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  public static JsonNode json(byte[] body) {
    return JSON.readTree(body);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(portal + path))
        .header("Accept", "application/json, */*").timeout(Duration.ofMinutes(2));
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request, handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
