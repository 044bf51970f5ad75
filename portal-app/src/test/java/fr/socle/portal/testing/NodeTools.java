package fr.socle.portal.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.socle.lakehouse.testing.Stack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Node.js packages the tests use (pinned by a {@code package-lock.json} in the test sources), installed by npm
 * into {@code target/}. Tests are skipped, saying so, when Node.js or npm is not installed.
 */
public final class NodeTools {
  private NodeTools() {}

  /**
   * Copies {@code portal-app/src/test/<source>} ({@code package.json}, {@code package-lock.json} and the other
   * files named) to {@code portal-app/target/<source>-work} and runs {@code npm ci} there.
   */
  public static Path install(String source, String why, String... otherFiles) throws IOException, InterruptedException {
    assumeTrue(available("node"), "Node.js is not installed: " + why + " is skipped");
    assumeTrue(available("npm"), "npm is not installed: " + why + " is skipped");
    Path from = Stack.repositoryRoot().resolve("portal-app/src/test/" + source);
    Path work = Stack.repositoryRoot().resolve("portal-app/target/" + source + "-work");
    Files.createDirectories(work);
    for (String file : concat(List.of("package.json", "package-lock.json"), otherFiles)) {
      Files.copy(from.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (run(work, List.of("npm", "ci", "--no-audit", "--no-fund"), 300) != 0) {
      throw new IllegalStateException("npm ci failed in " + work + " (see its output above)");
    }
    return work;
  }

  /** Runs a command, prints its output, gives its exit code. */
  public static int run(Path dir, List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
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

  private static List<String> concat(List<String> first, String... more) {
    List<String> all = new java.util.ArrayList<>(first);
    all.addAll(List.of(more));
    return all;
  }
}
