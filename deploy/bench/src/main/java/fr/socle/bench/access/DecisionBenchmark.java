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
 *   <li>Enforcement overhead: the same aggregate over the citizen reports, run alternately by {@code admin} (no row
 *       filter, no mask) and by {@code chloe} (the partner whose grant keeps 8 columns and 2 districts): statements per
 *       second of each, best of the rounds. Trino consults the decision point for both; the difference is what the
 *       policy costs (filters, masks, the checks that find them).
 * </ul>
 *
 * <p>{@code deploy/bench/run decision [--calls N] [--queries N]}
 */
public final class DecisionBenchmark {
  private static final BenchStack STACK = BenchStack.fromEnvironment();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String TABLE = """
      {"catalogName":"internal","schemaName":"voirie","tableName":"signalements_citoyens"}""";

  private DecisionBenchmark() {}

  public static void main(String[] args) throws Exception {
    int calls = option(args, "--calls", 5000);
    int queries = option(args, "--queries", 40);
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
    for (Request request : requests) {
      for (int i = 0; i < 500; i++) {
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
    String sql = "SELECT categorie, statut, count(*), min(date_signalement), max(date_cloture)"
        + " FROM internal.voirie.signalements_citoyens GROUP BY categorie, statut";
    String chloe = STACK.token("chloe", System.getenv().getOrDefault("BENCH_PARTNER_PASSWORD", "chloe"));
    try (Connection admin = STACK.trinoAdmin(); Connection partner = connect("chloe", chloe)) {
      for (int i = 0; i < 5; i++) {
        run(admin, sql);
        run(partner, sql);
      }
      double bestAdmin = 0;
      double bestPartner = 0;
      for (int round = 1; round <= 3; round++) {
        double a = rate(admin, sql, queries);
        double p = rate(partner, sql, queries);
        System.out.printf(Locale.ROOT, "same query, round %d: admin (no filter, no mask) %.1f statements/s | chloe"
            + " (grant: 8 columns, 2 districts) %.1f statements/s%n", round, a, p);
        bestAdmin = Math.max(bestAdmin, a);
        bestPartner = Math.max(bestPartner, p);
      }
      System.out.printf(Locale.ROOT, "best: admin %.1f, chloe %.1f statements/s: enforcement overhead %.1f %%%n",
          bestAdmin, bestPartner, (bestAdmin / bestPartner - 1) * 100);
    }
  }

  private static double rate(Connection connection, String sql, int queries) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < queries; i++) {
      run(connection, sql);
    }
    return queries / ((System.nanoTime() - start) / 1e9);
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
