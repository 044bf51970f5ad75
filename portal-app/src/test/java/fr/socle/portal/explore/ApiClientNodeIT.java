package fr.socle.portal.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.socle.lakehouse.testing.Stack;
import fr.socle.portal.testing.OpenTestDatasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Opendatasoft's published JavaScript client ({@code @opendatasoft/api-client}, pinned in
 * {@code src/test/node/package-lock.json}) runs unchanged against the portal: catalogue, records with where,
 * group_by and order_by, facets, exports, errors. Skipped, saying so, when Node.js is not installed.
 */
class ApiClientNodeIT {

  @Test
  void opendatasoftsJavaScriptClientWorksAgainstSocle() throws Exception {
    assumeTrue(available("node"), "Node.js is not installed: the @opendatasoft/api-client test is skipped");
    assumeTrue(available("npm"), "npm is not installed: the @opendatasoft/api-client test is skipped");
    Path source = Stack.repositoryRoot().resolve("portal-app/src/test/node");
    Path work = Stack.repositoryRoot().resolve("portal-app/target/node-test");
    Files.createDirectories(work);
    for (String file : List.of("package.json", "package-lock.json", "test.mjs")) {
      Files.copy(source.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(run(work, List.of("npm", "ci", "--no-audit", "--no-fund"), 300)).isZero();

    String suffix = Long.toHexString(System.nanoTime() & 0xffffff);
    try (OpenTestDatasets datasets = new OpenTestDatasets(Stack.get())) {
      String id = "it-jsclient-" + suffix;
      Equipements.publish(datasets, "it_explore", "jsclient_" + suffix, id);
      ExplorePortal.awaitDataset(id);
      String second = datasets.recordId("it_explore", "jsclient_" + suffix, "nb = 2");
      assertThat(run(work, List.of("node", "test.mjs", ExplorePortal.url(), id, second), 300))
          .as("node test.mjs (see its output above)").isZero();
    }
  }

  private static int run(Path dir, List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
    }
    System.out.println("$ " + String.join(" ", command) + "\n" + output);
    return process.exitValue();
  }

  private static boolean available(String tool) {
    try {
      Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
