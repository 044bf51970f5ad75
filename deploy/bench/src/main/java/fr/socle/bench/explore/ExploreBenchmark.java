package fr.socle.bench.explore;

import fr.socle.bench.BenchStack;
import fr.socle.bench.Latencies;
import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.lakehouse.catalog.NewDataset;
import fr.socle.lakehouse.iceberg.Tier;
import fr.socle.lakehouse.jdbc.Jdbc;
import fr.socle.lakehouse.promotion.PromotionOutcome;
import fr.socle.lakehouse.promotion.PromotionProgress;
import fr.socle.lakehouse.promotion.PromotionRequest;
import fr.socle.lakehouse.promotion.Promotions;
import fr.socle.lakehouse.promotion.Publication;
import fr.socle.lakehouse.promotion.PublicationSchema;
import fr.socle.lakehouse.promotion.PublishedDataset;
import fr.socle.lakehouse.promotion.VersionedDecision;
import fr.socle.policies.access.Visibility;
import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.Status;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.OccultationPlan;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.iceberg.catalog.TableIdentifier;

/**
 * Load of the Explore API, reported not asserted.
 *
 * <ul>
 *   <li>{@code download}: the full CSV of a 1M-row published dataset through the portal (the file precomputed at
 *       promotion) against the Trino CLI's {@code --output-format CSV} of the same table: rows/s and the ratio.
 *   <li>{@code records}: {@code /records?limit=100} on a warm dataset (the same query, answered from the response
 *       cache) at 50 concurrent clients, then uncached (every query different, so answered by no cache: by the
 *       version's local replica) at 10 clients: p50/p95/p99 and calls/s.
 *   <li>{@code export}: a CSV export of half of a 1M-row open table through the portal, against the Trino CLI's
 *       {@code --output-format CSV} of the same filter: rows/s and the ratio.
 * </ul>
 *
 * The 1M-row dataset {@code bench-explore-big} is published the way Socle publishes: its internal table created
 * through Trino as admin, its catalogue entry, a "communicable" decision keeping every column, and a promotion by
 * the real engine (record ids, attestation, precomputed exports). It is kept for repeated runs; {@code --drop}
 * retracts it with a purge and drops its source.
 */
public final class ExploreBenchmark {
  private static final BenchStack STACK = BenchStack.fromEnvironment();
  private static final String ENV_PORTAL = STACK.portalUrl();
  private static final String CLI = System.getenv().getOrDefault("BENCH_TRINO_CLI", "");
  private static final String DATASET = "bench-explore-big";
  private static final String DOMAIN = "bench_explore";
  private static final String TABLE = "big";
  private static final int ROWS = 1_000_000;

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .executor(Executors.newFixedThreadPool(64)).build();

  private ExploreBenchmark() {}

  public static void main(String[] args) throws Exception {
    String what = args.length > 0 ? args[0] : "records";
    List<String> options = List.of(args);
    if (options.contains("--drop")) {
      drop();
      System.out.println("retracted " + DATASET + " and dropped internal." + DOMAIN + "." + TABLE);
      System.exit(0);
    }
    ensurePublished();
    awaitDataset();
    System.out.printf("load average %.1f before the run%n", BenchStack.loadAverage());
    switch (what) {
      case "records" -> records(option(options, "--requests", 4000));
      case "export" -> export(option(options, "--runs", 3));
      case "download" -> download(option(options, "--runs", 3));
      default -> throw new IllegalArgumentException("records | export | download");
    }
    System.exit(0);
  }

  private static void records(int requests) throws Exception {
    String api = ENV_PORTAL + "/api/explore/v2.1/catalog/datasets/" + DATASET + "/records";
    // warm: one query, answered from the portal's response cache after its first call
    get(api + "?limit=100");
    // uncached: every call a different filter, answered by no cache (by the version's local replica once it is
    // built: its first filtered call starts the build, about 2 s for the million rows)
    get(api + "?limit=1&where=" + encode("nb >= 1"));
    Thread.sleep(5_000);
    long salt = System.nanoTime() % 1_000_000;
    if (Wrk.available()) {
      Wrk.run("records warm, 50 clients", 50, Duration.ofSeconds(20), api + "?limit=100", null);
      Wrk.run("records uncached, 10 clients", 10, Duration.ofSeconds(60), api,
          "\"?limit=100&where=\" .. encode(\"nb >= \" .. ((" + salt + " + n * 7) % " + ROWS + "))");
      return;
    }
    System.out.println("(wrk not found: the load comes from a Java client, which takes a share of the CPU that"
        + " the portal then lacks; `apt-get install wrk` for the reference figures)");
    latencies("warm, 50 clients", 50, requests, i -> api + "?limit=100");
    latencies("uncached, 10 clients", 10, Math.max(200, requests / 10),
        i -> api + "?limit=100&where=" + encode("nb >= " + (salt + i * 7L) % ROWS));
  }

  interface Url {
    String of(int i);
  }

  private static void latencies(String label, int clients, int requests, Url url) throws Exception {
    Latencies.Result result = Latencies.measure(clients, requests, i -> get(url.of(i)).statusCode() == 200);
    System.out.printf("records %-22s %s%n", label, result.describe());
  }

  private static void export(int runs) throws Exception {
    String filter = "nb <= " + ROWS / 2;
    String url = ENV_PORTAL + "/api/explore/v2.1/catalog/datasets/" + DATASET + "/exports/csv?where=" + encode(filter);
    String sql = "SELECT nom, commune, montant, nb, actif, jour FROM open." + DOMAIN + "." + TABLE + " WHERE " + filter;
    compare("export (through Trino, half the rows)", url, sql, ROWS / 2, runs);
  }

  private static void compare(String label, String url, String sql, long rows, int runs) throws Exception {
    double bestPortal = 0;
    double bestCli = 0;
    for (int run = 1; run <= runs; run++) {
      long t0 = System.nanoTime();
      long[] counted = stream(url);
      double portal = rows / ((System.nanoTime() - t0) / 1e9);
      long t1 = System.nanoTime();
      long[] cli = cli(sql);
      double trino = rows / ((System.nanoTime() - t1) / 1e9);
      System.out.printf("%s run %d: portal %,d lines %,d bytes %,.0f rows/s | trino CLI %,d lines %,d bytes %,.0f rows/s%n",
          label, run, counted[0], counted[1], portal, cli[0], cli[1], trino);
      bestPortal = Math.max(bestPortal, portal);
      bestCli = Math.max(bestCli, trino);
    }
    System.out.printf("%s best: portal %,.0f rows/s, trino CLI %,.0f rows/s, ratio %.2f%n", label, bestPortal, bestCli,
        bestPortal / bestCli);
  }

  /** The whole table: the precomputed CSV of the current version against the CLI's CSV of a full scan. */
  private static void download(int runs) throws Exception {
    String publication = getString(ENV_PORTAL + "/api/public/publications/" + DATASET);
    Matcher version = Pattern.compile("\"currentVersion\"\\s*:\\s*(\\d+)").matcher(publication);
    if (!version.find()) {
      throw new IllegalStateException("no current version in " + publication);
    }
    String url = ENV_PORTAL + "/api/public/publications/" + DATASET + "/versions/" + version.group(1) + "/exports/csv";
    String sql = "SELECT * FROM open." + DOMAIN + "." + TABLE;
    compare("download (precomputed CSV, all rows)", url, sql, ROWS, runs);
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
        "--server", STACK.trinoUrl(), "--user", "admin", "--access-token", STACK.adminToken(),
        "--truststore-path", STACK.value("SOCLE_TRINO_TRUSTSTORE"), "--output-format", "CSV", "--execute", sql));
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

  /** Publishes the 1M-row dataset once, through the real promotion engine, unless the portal already serves it. */
  private static void ensurePublished() throws Exception {
    if (get(ENV_PORTAL + "/api/explore/v2.1/catalog/datasets/" + DATASET).statusCode() == 200) {
      return;
    }
    System.out.println("publishing " + DATASET + " (1M rows) through the promotion engine…");
    STACK.admin("CREATE SCHEMA IF NOT EXISTS internal." + DOMAIN);
    STACK.admin("DROP TABLE IF EXISTS internal." + DOMAIN + "." + TABLE);
    STACK.admin("DROP TABLE IF EXISTS open." + DOMAIN + "." + TABLE);
    STACK.admin("CREATE TABLE internal." + DOMAIN + "." + TABLE + """
         AS SELECT
          element_at(ARRAY['Piscine', 'Gymnase', 'Médiathèque', 'Stade', 'École', 'Crèche', 'Mairie annexe'],
            (n % 7) + 1) || ' ' || CAST(n % 997 AS varchar) AS nom,
          element_at(ARRAY['Tours', 'Joué-lès-Tours', 'Saint-Cyr-sur-Loire', 'Chambray-lès-Tours'], (n % 4) + 1) AS commune,
          CAST(n AS double) * 1.25 AS montant,
          CAST(n AS bigint) AS nb,
          n % 2 = 0 AS actif,
          date_add('day', n % 3650, DATE '2015-01-01') AS jour
        FROM (SELECT a * 1000 + b + 1 AS n FROM UNNEST(sequence(0, 999)) AS x(a) CROSS JOIN UNNEST(sequence(0, 999)) AS y(b))""");
    Jdbc jdbc = new Jdbc(STACK.socleDatabase());
    PublicationSchema.migrate(jdbc.dataSource());
    try (Tier internal = STACK.internalTier(); Tier open = STACK.openTier()) {
      Catalogue catalogue = new Catalogue(jdbc, internal, Clock.systemUTC());
      jdbc.update("DELETE FROM catalog.dataset WHERE id = ?", DATASET);
      Dataset.Metadata metadata = new Dataset.Metadata("Banc d'essai : un million d'équipements",
          "Table synthétique du banc d'essai de l'API Explore.", "bench", "bench", null, List.of("banc d'essai"),
          "etalab-2.0", null, null, null, null, null);
      jdbc.inTransaction(connection -> {
        catalogue.register(connection, new NewDataset(DATASET, DOMAIN, TABLE, metadata, Visibility.CONFIDENTIAL, false),
            "bench");
        // Documented columns: the decision point checks grants' row filters against them.
        Catalogue.replaceColumns(connection, DATASET, List.of(new DatasetColumn("nom", "string", "Nom", null),
            new DatasetColumn("commune", "string", "Commune", null), new DatasetColumn("montant", "double", "Montant", null),
            new DatasetColumn("nb", "long", "Nombre", null), new DatasetColumn("actif", "boolean", "Actif", null),
            new DatasetColumn("jour", "date", "Jour", null)));
        return null;
      });
      List<ColumnRule> keep = new ArrayList<>();
      internal.catalog().loadTable(TableIdentifier.of(DOMAIN, TABLE)).schema().columns()
          .forEach(c -> keep.add(new ColumnRule.Keep(c.name())));
      OccultationPlan plan = new OccultationPlan(keep);
      Decision decision = new Decision(Status.COMMUNICABLE, List.of(LegalBasis.L312_1_1), plan, null, null,
          "banc d'essai", LocalDate.now().plusYears(1), "bench", LocalDate.now());
      Publication publication = new Publication(DATASET, DATASET, TableIdentifier.of(DOMAIN, TABLE),
          TableIdentifier.of(DOMAIN, TABLE), Publication.Kind.DATASET, metadata.title(), null);
      long start = System.nanoTime();
      PromotionOutcome outcome = new Promotions(internal, open, jdbc, Clock.systemUTC(), Promotions.Settings.DEFAULTS)
          .promote(new PromotionRequest(publication, plan, new VersionedDecision(1, decision, Instant.now(), "bench"),
              null, "bench", "manual"), PromotionProgress.NONE);
      if (!(outcome instanceof PromotionOutcome.Published)) {
        throw new IllegalStateException("the benchmark dataset was not published: " + outcome);
      }
      System.out.printf("published in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
  }

  private static void drop() throws Exception {
    Jdbc jdbc = new Jdbc(STACK.socleDatabase());
    try (Tier internal = STACK.internalTier(); Tier open = STACK.openTier()) {
      Promotions promotions = new Promotions(internal, open, jdbc, Clock.systemUTC(), Promotions.Settings.DEFAULTS);
      if (promotions.publications().find(DATASET).isPresent()) {
        promotions.retract(DATASET, PublishedDataset.Reason.LEAK, "banc d'essai", "bench", 1);
      }
      Catalogue catalogue = new Catalogue(jdbc, internal, Clock.systemUTC());
      if (catalogue.find(DATASET).isPresent()) {
        catalogue.delete(DATASET, "bench");
      }
    }
    jdbc.update("DELETE FROM catalog.dataset WHERE id = ?", DATASET);
    STACK.admin("DROP TABLE IF EXISTS internal." + DOMAIN + "." + TABLE);
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

  private static String getString(String url) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = get(url);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode());
    }
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static int option(List<String> options, String name, int fallback) {
    int at = options.indexOf(name);
    return at >= 0 && at + 1 < options.size() ? Integer.parseInt(options.get(at + 1)) : fallback;
  }
}
