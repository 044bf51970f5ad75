package fr.socle.portal.explore;

import fr.socle.portal.testing.ItPortal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal the Explore tests call: the one {@link ItPortal} chose (the stack's, or this build's).
 */
public final class ExplorePortal {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ExplorePortal() {}

  public static String url() {
    return ItPortal.url().toString();
  }

  public static String api() {
    return url() + "/api/explore/v2.1";
  }

  public static HttpResponse<String> get(String pathAndQuery, String... headers) {
    return send(request(pathAndQuery, headers), HttpResponse.BodyHandlers.ofString());
  }

  public static HttpResponse<byte[]> bytes(String pathAndQuery, String... headers) {
    return send(request(pathAndQuery, headers), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A browser's CORS preflight for a GET carrying an API key. */
  public static HttpResponse<String> preflight(String pathAndQuery, String origin) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(api() + pathAndQuery)).timeout(Duration.ofSeconds(60))
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "authorization")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Waits until the portal lists a dataset just published (its listing is refreshed on a miss). */
  public static void awaitDataset(String id) throws InterruptedException {
    for (int i = 0; i < 20; i++) {
      if (get("/catalog/datasets/" + id).statusCode() == 200) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the portal at " + url() + " never listed " + id);
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  private static HttpRequest request(String pathAndQuery, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(
        pathAndQuery.startsWith("http") ? pathAndQuery : api() + pathAndQuery)).timeout(Duration.ofSeconds(60));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder.GET().build();
  }

  private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return HTTP.send(request, handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
