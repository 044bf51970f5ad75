package fr.socle.bench.access;

import fr.socle.bench.BenchStack;
import fr.socle.bench.Latencies;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The access-control decision point as Trino uses it, reported not asserted.
 *
 * <ul>
 *   <li>Decision latency: the four kinds of request Trino's OPA plugin sends for a partner's query (a single
 *       permission, a batch of tables to filter, the row filters, the batch of column masks), posted to the decision
 *       port like Trino posts them: p50/p95/p99 per kind, one client then 8.
 *   <li>Enforcement overhead: the same aggregate run alternately by {@code admin} (no row filter, no mask) and by
 *       {@code chloe} (a partner under a grant with a row filter and a column allow-list), on the demo's citizen
 *       reports and on the Explore benchmark's 1M-row table when it is there: the median time of each user's
 *       statements. Trino consults the decision point for both; the difference is what the row filter, the masks
 *       and their extra questions cost.
 * </ul>
 *
 * <p>{@code deploy/bench/run decision [--calls N] [--queries N]}
 */
public final class DecisionBenchmark {
  private static final BenchStack STACK = BenchStack.fromEnvironment();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String BIG_GRANT = "00000000-0000-0000-0000-00000000be4c";
  private static final String TABLE = """
      {"catalogName":"internal","schemaName":"voirie","tableName":"signalements_citoyens"}""";

  private DecisionBenchmark() {}

  public static void main(String[] args) throws Exception {
    int calls = option(args, "--calls", 5000);
    int queries = option(args, "--queries", 100);
    System.out.printf(Locale.ROOT, "load average %.1f before the run%n", BenchStack.loadAverage());
    String base = "http://127.0.0.1:" + STACK.value("SOCLE_DECISION_PORT") + "/trino";
    List<Request> requests = List.of(
        new Request("allow (SelectFromColumns)", base + "/allow", input("SelectFromColumns",
            "\"resource\":{\"table\":{\"catalogName\":\"internal\",\"schemaName\":\"voirie\",\"tableName\":"
                + "\"signalements_citoyens\",\"columns\":[\"categorie\",\"quartier\"]}}")),
        new Request("batch (FilterTables, 12 tables)", base + "/batch", input("FilterTables",
            "\"filterResources\":[" + String.join(",", Collections.nCopies(11,
                "{\"table\":{\"catalogName\":\"internal\",\"schemaName\":\"finances\",\"tableName\":\"budget_primitif_2026\"}}"))
                + ",{\"table\":" + TABLE + "}]")),
        new Request("row-filters", base + "/row-filters", input("GetRowFilters", "\"resource\":{\"table\":" + TABLE + "}")),
        new Request("batch-column-masks (15 columns)", base + "/batch-column-masks", input("GetColumnMask",
            "\"filterResources\":[" + String.join(",", columns().stream().map(c -> "{\"column\":{\"catalogName\":"
                + "\"internal\",\"schemaName\":\"voirie\",\"tableName\":\"signalements_citoyens\",\"columnName\":\""
                + c + "\",\"columnType\":\"varchar\"}}").toList()) + "]")));
    for (int i = 0; i < 2000; i++) { // the decision point's and this client's code compiled before timing
      for (Request request : requests) {
        request.call();
      }
    }
    for (int clients : new int[] {1, 8}) {
      for (Request request : requests) {
        latencies(request, clients, calls);
      }
    }
    overhead(queries);
    System.exit(0);
  }

  private static List<String> columns() {
    return List.of("id_signalement", "date_signalement", "canal", "categorie", "description", "adresse",
        "code_postal", "quartier", "latitude", "longitude", "email_declarant", "telephone_declarant", "statut",
        "date_cloture", "service_traitant");
  }

  private static String input(String operation, String rest) {
    return "{\"input\":{\"context\":{\"identity\":{\"user\":\"chloe\",\"groups\":[]},\"softwareStack\":"
        + "{\"trinoVersion\":\"476\"}},\"action\":{\"operation\":\"" + operation + "\"," + rest + "}}}";
  }

  private record Request(String label, String url, String body) {
    boolean call() throws Exception {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(label + " answered " + response.statusCode() + ": " + response.body());
      }
      return true;
    }
  }

  private static void latencies(Request request, int clients, int calls) throws Exception {
    Latencies.Result result = Latencies.measure(clients, calls, i -> request.call());
    System.out.printf(Locale.ROOT, "decision %-34s %d client%s %s%n", request.label(), clients, clients > 1 ? "s" : " ",
        result.describe());
  }

  private static void overhead(int queries) throws Exception {
    String chloe = STACK.token("chloe", System.getenv().getOrDefault("BENCH_PARTNER_PASSWORD", "chloe"));
    // The demo's citizen reports (20,000 rows: a statement's fixed costs dominate) and, when the Explore benchmark's
    // 1M-row table is there, the same on it (the scan dominates) under a grant made for the run.
    compare(queries, chloe, "citizen reports, 20,000 rows, grant: 8 columns, 2 districts",
        "SELECT categorie, statut, count(*), min(date_signalement), max(date_cloture)"
            + " FROM internal.voirie.signalements_citoyens GROUP BY categorie, statut");
    if (withBigGrant(() -> compare(Math.max(10, queries / 2), chloe,
        "1M rows, grant: 4 of 6 columns, 2 of 4 communes", "SELECT commune, count(*), sum(montant), max(nb)"
            + " FROM internal.bench_explore.big GROUP BY commune"))) {
      return;
    }
    System.out.println("(no internal.bench_explore.big: run `deploy/bench/run records` once to measure on 1M rows)");
  }

  interface Measure {
    void run() throws Exception;
  }

  /** Grants chloe's organisation part of the 1M-row benchmark table for the measure, then revokes it. */
  private static boolean withBigGrant(Measure measure) throws Exception {
    try (Connection db = STACK.socleDatabase().getConnection()) {
      try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(
          "SELECT count(*) FROM catalog.dataset WHERE id = 'bench-explore-big' AND state = 'active'")) {
        rs.next();
        if (rs.getLong(1) == 0) {
          return false;
        }
      }
      try (Statement statement = db.createStatement()) {
        statement.executeUpdate("DELETE FROM portal.access_grant WHERE id = '" + BIG_GRANT + "'");
        statement.executeUpdate("INSERT INTO portal.access_grant (id, dataset_id, grantee_kind, grantee_name, columns,"
            + " mask_others, row_filters, expires_at, purpose, agreement, granted_by, granted_at) VALUES ('" + BIG_GRANT
            + "', 'bench-explore-big', 'organisation', 'labo-mobilite', ARRAY['nom', 'commune', 'montant', 'nb'],"
            + " false, '[{\"column\": \"commune\", \"operator\": \"IN\", \"values\": [\"Tours\", \"Joué-lès-Tours\"]}]',"
            + " now() + interval '1 hour', 'banc d''essai', 'banc d''essai', 'bench', now())");
      }
      Thread.sleep(2_000); // the decision point reloads its state every second
      try {
        measure.run();
      } finally {
        try (Statement statement = db.createStatement()) {
          statement.executeUpdate("DELETE FROM portal.access_grant WHERE id = '" + BIG_GRANT + "'");
        }
      }
      return true;
    }
  }

  /**
   * The two users' statements alternate, one each in turn, so that both see the same machine (JIT, caches, the
   * background work of a 2-core host); each statement is timed from submission to the last row, and the medians are
   * compared (a mean or a best-of would follow the outliers).
   */
  private static void compare(int queries, String chloeToken, String label, String sql) throws Exception {
    try (Connection admin = STACK.trinoAdmin(); Connection partner = connect("chloe", chloeToken)) {
      for (int i = 0; i < 10; i++) {
        run(admin, sql);
        run(partner, sql);
      }
      long[] adminNanos = new long[queries];
      long[] partnerNanos = new long[queries];
      for (int i = 0; i < queries; i++) {
        adminNanos[i] = timed(admin, sql);
        partnerNanos[i] = timed(partner, sql);
      }
      double adminMedian = median(adminNanos);
      double partnerMedian = median(partnerNanos);
      System.out.printf(Locale.ROOT, "%s, %d statements each, median: admin (no filter, no mask) %.1f ms, chloe %.1f ms:"
          + " enforcement overhead %.1f %%%n", label, queries, adminMedian, partnerMedian,
          (partnerMedian / adminMedian - 1) * 100);
    }
  }

  private static long timed(Connection connection, String sql) throws Exception {
    long start = System.nanoTime();
    run(connection, sql);
    return System.nanoTime() - start;
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }

  private static long run(Connection connection, String sql) throws Exception {
    long rows = 0;
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        rows++;
      }
    }
    return rows;
  }

  private static Connection connect(String user, String token) throws Exception {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("accessToken", token);
    properties.setProperty("SSL", "true");
    properties.setProperty("SSLTrustStorePath", STACK.value("SOCLE_TRINO_TRUSTSTORE"));
    return DriverManager.getConnection("jdbc:trino://127.0.0.1:" + STACK.value("SOCLE_TRINO_PORT"), properties);
  }

  private static int option(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
