package fr.socle.bench.explore;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * HTTP load from {@code wrk} (Debian package {@code wrk}): a C event loop on one thread, so that on a small host
 * the load generator takes as little as possible of the CPU the portal is measured on. Closed loop, each connection
 * a client; the percentiles are wrk's own (corrected for nothing: a closed loop's latencies are what its clients
 * wait).
 */
final class Wrk {
  private Wrk() {}

  static boolean available() {
    try {
      return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * @param pathExpression (nullable) a Lua expression of the request counter {@code n} appended to the URL's path for each
   *     request (every request a different query), or null for the same URL each time
   */
  static void run(String label, int clients, Duration duration, String url, String pathExpression)
      throws IOException, InterruptedException {
    URI uri = URI.create(url);
    String script = """
        n = 0
        local function encode(s)
          return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
        end
        request = function()
          n = n + 1
          return wrk.format("GET", PATH)
        end
        done = function(summary, latency, requests)
          local errors = summary.errors.status + summary.errors.connect + summary.errors.read
            + summary.errors.write + summary.errors.timeout
          io.write(string.format("RESULT %d %d %.3f %.3f %.3f %.3f\\n", summary.requests, errors,
            summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
            latency:percentile(95) / 1000, latency:percentile(99) / 1000))
        end
        """.replace("PATH", pathExpression == null
        ? "\"" + uri.getRawPath() + "?" + uri.getRawQuery() + "\""
        : "\"" + uri.getRawPath() + "\" .. " + pathExpression);
    Path file = Files.createTempFile("socle-bench", ".lua");
    try {
      Files.writeString(file, script);
      Process wrk = new ProcessBuilder("wrk", "-t1", "-c" + clients, "-d" + duration.toSeconds() + "s",
          "--timeout", "30s", "-s", file.toString(), uri.getScheme() + "://" + uri.getAuthority())
          .redirectErrorStream(true).start();
      String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      wrk.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS);
      String result = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
          .orElseThrow(() -> new IllegalStateException("wrk said:\n" + output));
      List<String> f = List.of(result.split(" "));
      System.out.printf("%-30s %7s calls %4s errors %8.1f calls/s  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms"
          + " (wrk, %d s)%n", label, f.get(1), f.get(2), Double.parseDouble(f.get(3)), Double.parseDouble(f.get(4)),
          Double.parseDouble(f.get(5)), Double.parseDouble(f.get(6)), duration.toSeconds());
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
