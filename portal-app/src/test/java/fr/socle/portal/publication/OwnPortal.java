package fr.socle.portal.publication;

import fr.socle.lakehouse.testing.Stack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * This branch's portal, run from its jar on ports of its own (18680, decision point 18682) against the shared
 * stack, for the ITs that need the portal to run this code. Started once, stopped at the end.
 */
final class OwnPortal implements AutoCloseable {
  static final int PORT = 18680;

  private final Process process;
  private final Path log;

  private OwnPortal(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static OwnPortal start(Stack stack) throws Exception {
    Path root = Stack.repositoryRoot();
    Path jar = root.resolve("portal-app/target/socle-portal.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException("build the portal first: " + jar);
    }
    Path log = Files.createTempFile("socle-own-portal", ".log");
    String script = ". '" + root.resolve("deploy/local/lib.sh") + "'; load_secrets; portal_env; cd '"
        + root.resolve("portal-app") + "'; exec \"$JAVA\" -Xmx768m --enable-native-access=ALL-UNNAMED"
        + " --sun-misc-unsafe-memory-access=allow -jar '" + jar + "'";
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", script);
    builder.environment().put("SOCLE_HOME", stack.home().toString());
    builder.environment().put("SOCLE_PORTAL_PORT", String.valueOf(PORT));
    builder.environment().put("SOCLE_DECISION_PORT", "18682");
    builder.environment().put("SOCLE_NODE", "it-own-portal");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    OwnPortal portal = new OwnPortal(builder.start(), log);
    portal.awaitHealthy();
    return portal;
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + PORT + path);
  }

  private void awaitHealthy() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the portal stopped:\n" + Files.readString(log));
      }
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(url("/actuator/health")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the portal did not start:\n" + Files.readString(log));
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
