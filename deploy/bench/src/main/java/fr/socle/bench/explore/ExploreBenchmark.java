package fr.socle.bench.explore;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load of the Explore API, reported not asserted.
 *
 * <ul>
 *   <li>{@code records}: {@code /records?limit=100} on a warm dataset (the same query, answered from the response
 *       cache) at 50 concurrent clients, then uncached (every query different) at 10 clients: p50/p95/p99 and
 *       calls/s.
 *   <li>{@code export}: a CSV export of half of a 1M-row open table through the portal, against the Trino CLI's
 *       {@code --output-format CSV} of the same filter: rows/s and the ratio.
 * </ul>
 *
 * The 1M-row table {@code open.bench_explore.big} is created once through Trino as admin (and kept, for
 * repeated runs; {@code --drop} removes it).
 */
public final class ExploreBenchmark {
  private static final String ENV_PORTAL = env("BENCH_PORTAL", "http://127.0.0.1:8080");
  private static final String TRINO = env("BENCH_TRINO", "jdbc:trino://127.0.0.1:8443");
  private static final String KEYCLOAK = env("BENCH_KEYCLOAK", "http://127.0.0.1:8180");
  private static final String TRUSTSTORE = env("BENCH_TRUSTSTORE", "");
  private static final String ADMIN_PASSWORD = env("BENCH_ADMIN_PASSWORD", "admin");
  private static final String CLI = env("BENCH_TRINO_CLI", "");
  private static final String DATASET = "bench-explore-big";
  private static final int ROWS = 1_000_000;

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .executor(Executors.newFixedThreadPool(64)).build();

  private ExploreBenchmark() {}

  public static void main(String[] args) throws Exception {
    String what = args.length > 0 ? args[0] : "records";
    List<String> options = List.of(args);
    if (options.contains("--drop")) {
      admin("DROP TABLE IF EXISTS open.bench_explore.big");
      System.out.println("dropped open.bench_explore.big");
      return;
    }
    ensureTable();
    awaitDataset();
    switch (what) {
      case "records" -> records(option(options, "--requests", 4000));
      case "export" -> export(option(options, "--runs", 3));
      default -> throw new IllegalArgumentException("records | export");
    }
    System.exit(0);
  }

  private static void records(int requests) throws Exception {
    String api = ENV_PORTAL + "/api/explore/v2.1/catalog/datasets/" + DATASET + "/records";
    // warm: one query, answered from the portal's response cache after its first call
    get(api + "?limit=100");
    latencies("warm, 50 clients", 50, requests, i -> api + "?limit=100");
    // uncached: every call a different filter, so every call is a Trino query
    long salt = System.nanoTime() % 1_000_000;
    latencies("uncached, 10 clients", 10, Math.max(200, requests / 10),
        i -> api + "?limit=100&where=" + encode("nb >= " + (salt + i * 7L) % ROWS));
  }

  interface Url {
    String of(int i);
  }

  private static void latencies(String label, int clients, int requests, Url url) throws Exception {
    List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    AtomicLong errors = new AtomicLong();
    AtomicLong next = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> {
        for (long i; (i = next.getAndIncrement()) < requests; ) {
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> response = get(url.of((int) i));
            if (response.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          nanos.add(System.nanoTime() - t0);
        }
        return null;
      }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    System.out.printf("records %-22s %6d calls %4d errors  %8.1f calls/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n",
        label, sorted.size(), errors.get(), sorted.size() / seconds, ms(sorted, 0.50), ms(sorted, 0.95),
        ms(sorted, 0.99));
  }

  private static double ms(List<Long> sorted, double quantile) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(quantile * sorted.size()))) / 1e6;
  }

  private static void export(int runs) throws Exception {
    String filter = "nb <= " + ROWS / 2;
    String url = ENV_PORTAL + "/api/explore/v2.1/catalog/datasets/" + DATASET + "/exports/csv?where=" + encode(filter);
    String sql = "SELECT nom, commune, montant, nb, actif, jour FROM open.bench_explore.big WHERE " + filter;
    double bestPortal = 0;
    double bestCli = 0;
    for (int run = 1; run <= runs; run++) {
      long t0 = System.nanoTime();
      long[] counted = stream(url);
      double portal = (ROWS / 2) / ((System.nanoTime() - t0) / 1e9);
      long t1 = System.nanoTime();
      long[] cli = cli(sql);
      double trino = (ROWS / 2) / ((System.nanoTime() - t1) / 1e9);
      System.out.printf("export run %d: portal %,d lines %,d bytes %,.0f rows/s | trino CLI %,d lines %,d bytes %,.0f rows/s%n",
          run, counted[0], counted[1], portal, cli[0], cli[1], trino);
      bestPortal = Math.max(bestPortal, portal);
      bestCli = Math.max(bestCli, trino);
    }
    System.out.printf("export best: portal %,.0f rows/s, trino CLI %,.0f rows/s, ratio %.2f%n", bestPortal, bestCli,
        bestPortal / bestCli);
  }

  /** Lines and bytes of a streamed answer, read and dropped. */
  private static long[] stream(String url) throws IOException, InterruptedException {
    HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("export answered " + response.statusCode());
    }
    return count(response.body());
  }

  private static long[] cli(String sql) throws Exception {
    if (CLI.isEmpty()) {
      throw new IllegalStateException("BENCH_TRINO_CLI (the trino-cli executable jar) is not set");
    }
    List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java", "-jar", CLI,
        "--server", TRINO.replace("jdbc:trino://", "https://"), "--user", "admin", "--access-token", token(),
        "--output-format", "CSV", "--execute", sql));
    if (!TRUSTSTORE.isEmpty()) {
      command.addAll(List.of("--truststore-path", TRUSTSTORE));
    }
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    long[] counted = count(process.getInputStream());
    if (process.waitFor() != 0) {
      throw new IllegalStateException("trino CLI failed");
    }
    return counted;
  }

  private static long[] count(InputStream in) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long lines = 0;
    long bytes = 0;
    try (in) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        bytes += n;
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    }
    return new long[] {lines, bytes};
  }

  private static HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void ensureTable() throws Exception {
    try (Connection connection = trino(); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM open.information_schema.tables "
            + "WHERE table_schema = 'bench_explore' AND table_name = 'big'")) {
      rs.next();
      if (rs.getLong(1) > 0) {
        return;
      }
    }
    System.out.println("creating open.bench_explore.big (1M rows) through Trino as admin…");
    admin("CREATE SCHEMA IF NOT EXISTS open.bench_explore");
    admin("""
        CREATE TABLE open.bench_explore.big AS
        SELECT format('r-%07d', n) AS record_id,
          element_at(ARRAY['Piscine', 'Gymnase', 'Médiathèque', 'Stade', 'École', 'Crèche', 'Mairie annexe'],
            (n % 7) + 1) || ' ' || CAST(n % 997 AS varchar) AS nom,
          element_at(ARRAY['Tours', 'Joué-lès-Tours', 'Saint-Cyr-sur-Loire', 'Chambray-lès-Tours'], (n % 4) + 1) AS commune,
          CAST(n AS double) * 1.25 AS montant,
          CAST(n AS bigint) AS nb,
          n % 2 = 0 AS actif,
          date_add('day', n % 3650, DATE '2015-01-01') AS jour
        FROM (SELECT a * 1000 + b + 1 AS n FROM UNNEST(sequence(0, 999)) AS x(a) CROSS JOIN UNNEST(sequence(0, 999)) AS y(b))""");
  }

  private static void awaitDataset() throws Exception {
    String url = ENV_PORTAL + "/api/explore/v2.1/catalog/datasets/" + DATASET;
    for (int i = 0; i < 90; i++) {
      if (get(url).statusCode() == 200) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(url + " never answered 200");
  }

  private static void admin(String sql) throws Exception {
    try (Connection connection = trino(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static Connection trino() throws Exception {
    Properties properties = new Properties();
    properties.setProperty("user", "admin");
    properties.setProperty("accessToken", token());
    properties.setProperty("SSL", "true");
    if (!TRUSTSTORE.isEmpty()) {
      properties.setProperty("SSLTrustStorePath", TRUSTSTORE);
    }
    return DriverManager.getConnection(TRINO, properties);
  }

  private static String token() throws IOException, InterruptedException {
    String form = "grant_type=password&client_id=socle-cli&username=admin&password=" + encode(ADMIN_PASSWORD);
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
            URI.create(KEYCLOAK + "/realms/socle/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    Matcher matcher = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
    if (response.statusCode() != 200 || !matcher.find()) {
      throw new IllegalStateException("Keycloak refused the admin token: HTTP " + response.statusCode());
    }
    return matcher.group(1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static int option(List<String> options, String name, int fallback) {
    int at = options.indexOf(name);
    return at >= 0 && at + 1 < options.size() ? Integer.parseInt(options.get(at + 1)) : fallback;
  }
}
