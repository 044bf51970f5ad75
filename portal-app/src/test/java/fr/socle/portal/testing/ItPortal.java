package fr.socle.portal.testing;

import fr.socle.lakehouse.testing.Stack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The portal the integration tests talk to. By default the stack's own (deploy/test builds it from the code under
 * test). On a development machine whose stack runs another build, the tests can use this build instead:
 * {@code SOCLE_IT_PORTAL=jar} starts {@code target/socle-portal.jar} on ports 18480/18482 (or
 * {@code SOCLE_IT_PORTAL_PORT} and the port two above it) against the same
 * PostgreSQL, Keycloak and Trino (stopped when the tests end); {@code SOCLE_IT_PORTAL_URL} names one already
 * running. Keycloak lets the portal sign people in only back to its own address, so another address is added to
 * the portal client's redirect URIs for the duration of the tests.
 */
public final class ItPortal {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static volatile URI url;

  private ItPortal() {}

  public static synchronized URI url() {
    if (url == null) {
      Stack stack = Stack.get();
      String given = System.getenv("SOCLE_IT_PORTAL_URL");
      if (given != null && !given.isBlank()) {
        url = URI.create(given.replaceAll("/+$", ""));
      } else if ("jar".equals(System.getenv("SOCLE_IT_PORTAL"))) {
        String port = System.getenv().getOrDefault("SOCLE_IT_PORTAL_PORT", "18480");
        url = startJar(stack, Integer.parseInt(port), Integer.parseInt(port) + 2);
      } else {
        url = stack.portalUrl();
      }
      if (!url.equals(stack.portalUrl())) {
        allowSignInAt(stack, url);
      }
    }
    return url;
  }

  /** A signed-in browser-like session on the tested portal. */
  public static PortalSession signIn(String user) {
    return PortalSession.signIn(url(), user);
  }

  private static URI startJar(Stack stack, int port, int decisionPort) {
    Path jar = Path.of("target/socle-portal.jar").toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("no " + jar + ": package the portal first");
    }
    try {
      Path dataDir = Files.createTempDirectory("socle-it-portal");
      Path log = dataDir.resolve("portal.log");
      ProcessBuilder builder = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
          "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-jar", jar.toString());
      Map<String, String> env = builder.environment();
      env.put("SOCLE_PORTAL_PORT", Integer.toString(port));
      env.put("SOCLE_DECISION_PORT", Integer.toString(decisionPort));
      env.put("SOCLE_DB_URL", stack.jdbcUrl("socle"));
      env.put("SOCLE_DB_PASSWORD", stack.value("SOCLE_DB_PASSWORD"));
      env.put("SOCLE_KEYCLOAK_URL", stack.keycloakUrl().toString());
      env.put("SOCLE_TRINO_URL", stack.trinoJdbcUrl());
      env.put("SOCLE_TRINO_TRUSTSTORE", stack.trinoTruststore());
      env.put("SOCLE_ICEBERG_INTERNAL_URL", stack.jdbcUrl("iceberg_internal"));
      env.put("SOCLE_ICEBERG_OPEN_URL", stack.jdbcUrl("iceberg_open"));
      env.put("ICEBERG_INTERNAL_PASSWORD", stack.value("ICEBERG_INTERNAL_PASSWORD"));
      env.put("ICEBERG_OPEN_PASSWORD", stack.value("ICEBERG_OPEN_PASSWORD"));
      env.put("SOCLE_WAREHOUSE_INTERNAL", stack.value("SOCLE_WAREHOUSE_INTERNAL"));
      env.put("SOCLE_WAREHOUSE_OPEN", stack.value("SOCLE_WAREHOUSE_OPEN"));
      env.put("PORTAL_CLIENT_SECRET", stack.value("PORTAL_CLIENT_SECRET"));
      env.put("PUBLIC_CLIENT_SECRET", stack.value("PUBLIC_CLIENT_SECRET"));
      env.put("SOCLE_DATA_DIR", dataDir.toString());
      // usage statistics reach the database within a second, so that tests can read them back
      env.put("SOCLE_USAGE_FLUSH_INTERVAL", "1s");
      builder.redirectErrorStream(true).redirectOutput(log.toFile());
      Process process = builder.start();
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
      URI started = URI.create("http://127.0.0.1:" + port);
      HttpClient http = HttpClient.newHttpClient();
      Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
      while (Instant.now().isBefore(deadline)) {
        if (!process.isAlive()) {
          throw new IllegalStateException("the portal under test exited: see " + log);
        }
        try {
          HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(started + "/actuator/health"))
              .build(), HttpResponse.BodyHandlers.ofString());
          if (health.statusCode() == 200) {
            return started;
          }
        } catch (IOException notYet) {
          // still starting
        }
        Thread.sleep(1000);
      }
      throw new IllegalStateException("the portal under test did not start: see " + log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Adds the address to the socle-portal client's redirect URIs (Keycloak admin API), and removes it at exit. */
  private static void allowSignInAt(Stack stack, URI portal) {
    String pattern = portal + "/*";
    changeRedirects(stack, uris -> {
      if (!uris.contains(pattern)) {
        uris.add(pattern);
      }
    });
    Runtime.getRuntime().addShutdownHook(new Thread(() -> changeRedirects(stack, uris -> uris.remove(pattern))));
  }

  private static void changeRedirects(Stack stack, java.util.function.Consumer<List<String>> change) {
    HttpClient http = HttpClient.newHttpClient();
    try {
      String form = "grant_type=password&client_id=admin-cli&username=kcadmin&password="
          + URLEncoder.encode(stack.value("KEYCLOAK_ADMIN_PASSWORD"), StandardCharsets.UTF_8);
      HttpResponse<String> token = http.send(HttpRequest.newBuilder(
              URI.create(stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
      String admin = JSON.readTree(token.body()).path("access_token").asString();
      URI clients = URI.create(stack.keycloakUrl() + "/admin/realms/socle/clients?clientId=socle-portal");
      JsonNode found = JSON.readTree(http.send(HttpRequest.newBuilder(clients).header("Authorization", "Bearer " + admin)
          .build(), HttpResponse.BodyHandlers.ofString()).body());
      ObjectNode client = (ObjectNode) found.get(0);
      List<String> uris = new ArrayList<>();
      client.path("redirectUris").forEach(u -> uris.add(u.asString()));
      change.accept(uris);
      ArrayNode array = client.putArray("redirectUris");
      uris.forEach(array::add);
      URI self = URI.create(stack.keycloakUrl() + "/admin/realms/socle/clients/" + client.path("id").asString());
      HttpResponse<String> put = http.send(HttpRequest.newBuilder(self).header("Authorization", "Bearer " + admin)
          .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
              client))).build(), HttpResponse.BodyHandlers.ofString());
      if (put.statusCode() / 100 != 2) {
        throw new IllegalStateException("Keycloak refused the redirect URI change: HTTP " + put.statusCode());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
