package fr.socle.bench.access;

import fr.socle.bench.BenchStack;
import fr.socle.bench.Latencies;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The access-control decision point as Trino uses it, reported not asserted.
 *
 * <ul>
 *   <li>Decision latency: the four kinds of request Trino's OPA plugin sends for a partner's query (a single
 *       permission, a batch of tables to filter, the row filters, the batch of column masks), posted to the decision
 *       port like Trino posts them: p50/p95/p99 per kind, one client then 8.
 *   <li>Enforcement overhead, as the issue defines it: the same aggregate run by {@code admin} on a Trino without
 *       any access control, and by {@code chloe} (a partner under a grant with a row filter and a column allow-list)
 *       on a Trino enforcing Socle's policy, on the demo's citizen reports and on the Explore benchmark's 1M-row table
 *       when it is there: the median time of each user's statements. Both servers are started fresh over the stack's
 *       catalogs by {@code deploy/bench/baseline-trino} and warmed alike. {@code admin} runs on the enforcing server
 *       too, so that the share of the decision point's questions (which admin's statements also ask) and the share
 *       of the row filter and masks show apart.
 * </ul>
 *
 * <p>Each comparison is made twice: statement by statement (the medians of each user's times, one statement each in
 * turn) and as throughput (several clients at once, the configurations taking turns; see {@link Throughput}).
 *
 * <p>The comparison across the two servers carries each fresh JVM's own luck (what its JIT compiled, and how): admin's
 * identical statement has cost one server from 1 % less to 9 % more serving CPU than the other, varying from
 * start to start. {@code --pairs P} starts the two servers afresh P times and measures one statement on each pair
 * (on the small table; {@code --table big}: on the 1M-row one; {@code --table heavy}: a heavier one on it), so that
 * the figures are given per pair and averaged over pairs, the pair being the unit of the interval.
 *
 * <p>{@code deploy/bench/run decision [--calls N] [--queries N] [--warm-up S] [--clients C] [--rounds R] [--slice S]
 * [--pairs P] [--table small|big|heavy]}; {@code --queries 0} measures the latencies only, {@code --rounds 0} skips the
 * throughput.
 */
public final class DecisionBenchmark {
  private static final BenchStack STACK = BenchStack.fromEnvironment();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  /** Linux's clock ticks (USER_HZ) in {@code /proc}: 100 on every architecture Trino runs on. */
  private static final double TICKS_PER_SECOND = 100;
  private static final String BIG_GRANT = "00000000-0000-0000-0000-00000000be4c";
  private static final String TABLE = """
      {"catalogName":"internal","schemaName":"voirie","tableName":"signalements_citoyens"}""";

  private DecisionBenchmark() {}

  public static void main(String[] args) throws Exception {
    int calls = option(args, "--calls", 5000);
    int queries = option(args, "--queries", 100);
    int warmUpSeconds = option(args, "--warm-up", 180);
    Throughput throughput = new Throughput(option(args, "--clients", 4), option(args, "--rounds", 8),
        option(args, "--slice", 10));
    int pairs = option(args, "--pairs", 1);
    String table = stringOption(args, "--table", "small");
    if (!WORKLOADS.containsKey(table)) {
      throw new IllegalArgumentException("--table small|big|heavy, not " + table);
    }
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
    if (queries > 0) {
      overhead(queries, warmUpSeconds, throughput, pairs, table);
    }
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

  /**
   * A statement compared: {@code select} over {@code from}, grouped by {@code groupBy}, run plainly by admin and by
   * chloe under her grant, and with the grant written into it as {@code filter}; {@code bigGrant}: on the 1M-row
   * table, under a grant made for the run.
   */
  private record Workload(String label, String select, String from, String filter, String groupBy, boolean bigGrant) {
    String sql() {
      return select + from + groupBy;
    }

    /** {@link #sql()} with chloe's grant written into it. */
    String restricted() {
      return select + from + filter + groupBy;
    }
  }

  /** The 1M-row table, and its grant written as a {@code WHERE}. */
  private static final String BIG_TABLE = " FROM internal.bench_explore.big";
  private static final String BIG_FILTER = " WHERE commune IN ('Tours', 'Joué-lès-Tours')";
  private static final Map<String, Workload> WORKLOADS = Map.of(
      // The demo's citizen reports: a statement's fixed costs dominate.
      "small", new Workload("citizen reports, 20,000 rows, grant: 8 columns, 2 districts",
          "SELECT categorie, statut, count(*), min(date_signalement), max(date_cloture)",
          " FROM internal.voirie.signalements_citoyens", " WHERE quartier IN ('Centre-Ville', 'Saint-Martin')",
          " GROUP BY categorie, statut", false),
      // The Explore benchmark's 1M-row table: a light aggregate, still ~200 ms of serving CPU a statement.
      "big", new Workload("1M rows, grant: 4 of 6 columns, 2 of 4 communes",
          "SELECT commune, count(*), sum(montant), max(nb)", BIG_TABLE, BIG_FILTER, " GROUP BY commune", true),
      // The same table, a heavier aggregate (two distinct counts): the work over the rows grows, the fixed costs
      // do not. Exact functions only: the answers are compared as text.
      "heavy", new Workload("1M rows, two distinct counts, same grant",
          "SELECT commune, count(DISTINCT nom), count(DISTINCT nb % 100000), sum(montant)", BIG_TABLE, BIG_FILTER,
          " GROUP BY commune", true));

  private static void overhead(int queries, int warmUpSeconds, Throughput throughput, int pairs, String table)
      throws Exception {
    String script = System.getenv().getOrDefault("BENCH_TRINO_SCRIPT", "");
    if (script.isEmpty()) {
      System.out.println("(BENCH_TRINO_SCRIPT unset: admin under the stack's access control stands for \"enforcement"
          + " off\"; `deploy/bench/run decision` starts a Trino without access control and one with it)");
    } else if (pairs > 1 || !"small".equals(table)) {
      Workload workload = WORKLOADS.get(table);
      List<Throughput.Figures> figures = new ArrayList<>();
      Measure onEachPair = () -> {
        for (int pair = 1; pair <= pairs; pair++) {
          System.out.printf(Locale.ROOT, "pair %d of %d: both servers started afresh%n", pair, pairs);
          try (Users users = users(script)) {
            Throughput.Figures measured = compareAndMeasure(queries, warmUpSeconds, throughput, users, workload);
            if (measured != null) {
              figures.add(measured);
            }
          }
        }
      };
      if (!workload.bigGrant()) {
        onEachPair.run();
      } else if (!withBigGrant(onEachPair)) {
        System.out.println(NO_BIG_TABLE);
        return;
      }
      Throughput.Figures.summarize(workload.label(), figures);
      return;
    }
    try (Users users = users(script)) {
      compareAndMeasure(queries, warmUpSeconds, throughput, users, WORKLOADS.get("small"));
      if (withBigGrant(() -> compareAndMeasure(queries, warmUpSeconds, throughput, users, WORKLOADS.get("big")))) {
        return;
      }
    }
    System.out.println(NO_BIG_TABLE);
  }

  private static final String NO_BIG_TABLE =
      "(no internal.bench_explore.big: run `deploy/bench/run records` once to measure on 1M rows)";

  /** Statement by statement, then as throughput: the pair's figures (null without throughput rounds). */
  private static Throughput.@Nullable Figures compareAndMeasure(int queries, int warmUpSeconds, Throughput throughput,
      Users users, Workload workload) throws Exception {
    compare(workload.bigGrant() ? Math.max(10, queries / 2) : queries, warmUpSeconds, users, workload.label(),
        workload.sql());
    return throughput.measure(users, workload.label(), workload.sql(), workload.restricted());
  }

  /**
   * The users compared, on fresh servers: admin on a Trino without access control and admin and chloe on one
   * enforcing Socle's policy, both (re)started now; without a script, admin and chloe on the stack's Trino.
   */
  private static Users users(String script) throws Exception {
    String off = script.isEmpty() ? null : startTrino(script, "off");
    String enforced = script.isEmpty() ? STACK.value("SOCLE_TRINO_PORT") : startTrino(script, "on");
    Path offServer = STACK.home().resolve("bench/trino-off/trino.pid");
    Path enforcingServer = script.isEmpty() ? STACK.home().resolve("run/trino.pid")
        : STACK.home().resolve("bench/trino-on/trino.pid");
    return new Users(off == null ? null : new Session("admin", off, offServer),
        new Session("admin", enforced, enforcingServer), new Session("chloe", enforced, enforcingServer));
  }

  /** Starts a fresh Trino (access control off or on) over the stack's catalogs: its HTTPS port. */
  private static String startTrino(String script, String mode) throws Exception {
    Process process = new ProcessBuilder(script, "start", mode).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String port = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
    if (process.waitFor() != 0 || !port.matches("\\d+")) {
      throw new IllegalStateException("could not start the Trino server with access control " + mode);
    }
    return port;
  }

  /**
   * Throughput, as the issue words it: {@code clients} clients run the statement back to back, on one server as one
   * user, for a slice of {@code slice} seconds. The configurations (admin without access control, admin under it,
   * chloe under it) take turns slice by slice, the order rotating every round, so that they share the machine's drift
   * and never run at the same time; a first round warms and is not counted. Three figures a slice: the statements
   * completed a second; the machine's CPU time a statement (every process's, from {@code /proc/stat}, less this
   * load generator's own), which is what bounds throughput on a saturated machine and what the scheduler's noise
   * moves least: it counts Trino's work, the audit trail's (both servers send their query events) and, for the
   * enforcing server, the decision point's; and the CPU time a statement of the processes that serve it, their JIT
   * compilers apart ({@link ServingCpu}), which leaves out the background work of everything else and the cold
   * servers' compilation. Each overhead is the median over the rounds of the per-round comparison with admin without
   * access control, with the 5th and 95th percentiles of that median over 2,000 resamplings of the rounds: how much
   * of the figure the machine's noise leaves standing.
   *
   * <p>Two more configurations take their turns: admin without access control and admin under it running
   * {@code restricted}, the statement with chloe's grant written into it (its row filter as a {@code WHERE}; it reads
   * granted columns only), checked first to give exactly chloe's rows. Chloe against them is what access control
   * costs for the same answer, on the other server and on the same one; admin's plain statement against the first,
   * what answering over fewer rows through a filter costs whoever asks (Trino plans and evaluates the predicate
   * either way).
   *
   * <p>Admin's plain statement without access control takes a second turn each round ({@code OFF_AGAIN}), so that
   * both servers serve three slices a round and neither is left less warmed than the other; the baseline is the mean
   * of its two slices.
   */
  private record Throughput(int clients, int rounds, int slice) {
    private static final int OFF = 0;
    private static final int ADMIN = 1;
    private static final int CHLOE = 2;
    private static final int OFF_RESTRICTED = 3;
    private static final int ADMIN_RESTRICTED = 4;
    /**
     * Admin's plain statement without access control again: the server without access control takes as many
     * slices as the enforcing one (three a round), so that neither is left less warmed (its JIT compilers busier a
     * statement, its throughput lower for it); the two slices' mean is the baseline.
     */
    private static final int OFF_AGAIN = 5;
    private static final int CONFIGURATIONS = 6;

    /** The overheads, as medians over the rounds (none without rounds or clients). */
    @Nullable Figures measure(Users users, String label, String sql, String restricted) throws Exception {
      if (rounds <= 0 || clients <= 0) {
        return null;
      }
      if (!users.admin().rows(restricted).equals(users.partner().rows(sql))) {
        throw new IllegalStateException(label + ": the statement with chloe's grant written into it does not give"
            + " chloe's rows; has the grant changed? " + restricted);
      }
      Session[] templates = {users.off(), users.admin(), users.partner(), users.off(), users.admin(), users.off()};
      List<List<Session>> sessions = new ArrayList<>();
      for (Session template : templates) {
        List<Session> own = new ArrayList<>();
        for (int c = 0; template != null && c < clients; c++) {
          own.add(new Session(template.user, template.port, template.server));
        }
        sessions.add(own);
      }
      Slice[][] slices = new Slice[CONFIGURATIONS][rounds];
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      try {
        for (int round = -1; round < rounds; round++) {
          for (int turn = 0; turn < CONFIGURATIONS; turn++) {
            int configuration = (Math.floorMod(round, CONFIGURATIONS) + turn) % CONFIGURATIONS;
            List<Session> own = sessions.get(configuration);
            Slice measured = own.isEmpty() ? new Slice(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN)
                : slice(pool, own, configuration == OFF_RESTRICTED || configuration == ADMIN_RESTRICTED ? restricted
                    : sql);
            if (round >= 0) {
              slices[configuration][round] = measured;
            }
          }
        }
      } finally {
        pool.shutdownNow();
        for (List<Session> own : sessions) {
          for (Session session : own) {
            session.close();
          }
        }
      }
      if (users.off() != null) {
        for (int r = 0; r < rounds; r++) {
          slices[OFF][r] = slices[OFF][r].mean(slices[OFF_AGAIN][r]);
        }
      }
      int baseline = users.off() == null ? ADMIN : OFF;
      int sameAnswer = users.off() == null ? ADMIN_RESTRICTED : OFF_RESTRICTED;
      System.out.printf(Locale.ROOT, "%s, %d clients, %d rounds of %d s (admin without access control, the mean of"
              + " its two slices / admin under it / chloe / the first two with chloe's grant written in the statement /"
              + " admin without access control, second slice):%n"
              + "  statements a second, medians %s; throughput lost by chloe %s%n"
              + "  machine CPU a statement, medians %s ms; chloe's extra %s (against admin under access control: %s)%n"
              + "  serving CPU a statement (the Trino server, the portal, PostgreSQL; their JIT compilers apart), medians"
              + " %s ms; chloe's extra %s (against admin under access control: %s); of which the Trino server %s ms,"
              + " the portal %s ms, PostgreSQL %s ms; the JIT compilers' CPU a statement, medians %s ms%n"
              + "  the same answer, chloe against admin with the grant in the statement: without access control,"
              + " throughput lost %s, serving CPU %s; under it, on the same server, throughput lost %s, serving CPU %s%n"
              + "  the restriction's own work, admin's statement with the grant in it against without: serving CPU %s"
              + " (without access control), %s (under it)%n"
              + "  rounds: %s%n", label, clients, rounds, slice,
          medians(slices, Slice::perSecond), lost(slices, CHLOE, baseline),
          medians(slices, Slice::cpuMillis), extra(slices, Slice::cpuMillis, CHLOE, baseline),
          extra(slices, Slice::cpuMillis, CHLOE, ADMIN),
          medians(slices, Slice::servingMillis), extra(slices, Slice::servingMillis, CHLOE, baseline),
          extra(slices, Slice::servingMillis, CHLOE, ADMIN), medians(slices, Slice::trinoMillis),
          medians(slices, Slice::portalMillis), medians(slices, Slice::postgresMillis),
          medians(slices, Slice::compilerMillis),
          lost(slices, CHLOE, sameAnswer), extra(slices, Slice::servingMillis, CHLOE, sameAnswer),
          lost(slices, CHLOE, ADMIN_RESTRICTED), extra(slices, Slice::servingMillis, CHLOE, ADMIN_RESTRICTED),
          extra(slices, Slice::servingMillis, sameAnswer, baseline),
          extra(slices, Slice::servingMillis, ADMIN_RESTRICTED, ADMIN), rounds(slices));
      if (users.off() == null) {
        return null;
      }
      return new Figures(median(lostPercents(slices, CHLOE, OFF)),
          median(extraPercents(slices, Slice::servingMillis, CHLOE, OFF)),
          median(extraPercents(slices, Slice::servingMillis, ADMIN, OFF)),
          median(lostPercents(slices, CHLOE, OFF_RESTRICTED)),
          median(extraPercents(slices, Slice::servingMillis, CHLOE, OFF_RESTRICTED)),
          median(lostPercents(slices, CHLOE, ADMIN_RESTRICTED)),
          median(extraPercents(slices, Slice::servingMillis, CHLOE, ADMIN_RESTRICTED)));
    }

    /** The throughput configuration {@code a} loses against {@code b}, round by round: median and interval. */
    private static String lost(Slice[][] slices, int a, int b) {
      return withInterval(lostPercents(slices, a, b));
    }

    private static double[] lostPercents(Slice[][] slices, int a, int b) {
      double[] percents = new double[slices[a].length];
      for (int r = 0; r < percents.length; r++) {
        percents[r] = (1 - slices[a][r].perSecond() / slices[b][r].perSecond()) * 100;
      }
      return percents;
    }

    /** What configuration {@code a}'s figure exceeds {@code b}'s by, round by round: median and interval. */
    private static String extra(Slice[][] slices, ToDoubleFunction<Slice> figure, int a, int b) {
      return withInterval(extraPercents(slices, figure, a, b));
    }

    private static double[] extraPercents(Slice[][] slices, ToDoubleFunction<Slice> figure, int a, int b) {
      double[] percents = new double[slices[a].length];
      for (int r = 0; r < percents.length; r++) {
        percents[r] = (figure.applyAsDouble(slices[a][r]) / figure.applyAsDouble(slices[b][r]) - 1) * 100;
      }
      return percents;
    }

    /**
     * One pair of servers' overheads, each the median over its rounds, in percent: the (chloe under access
     * control against admin without it: throughput lost, serving CPU), admin's identical statement on the enforcing
     * server against the other (serving CPU: the access-control machinery and the two JVMs' difference), and the
     * same-answer comparisons (chloe against admin with her grant written in the statement, on the other server and
     * on the same one: throughput lost, serving CPU).
     */
    record Figures(double lost, double serving, double adminOnServing, double sameAnswerLost,
        double sameAnswerServing, double sameServerLost, double sameServerServing) {

      /** Each figure per pair, and its mean over the pairs with a 90 % interval (Student's t, the pair as unit). */
      static void summarize(String label, List<Figures> pairs) {
        if (pairs.isEmpty()) {
          return;
        }
        System.out.printf(Locale.ROOT, "%s, over %d pair%s of fresh servers (per pair; mean [90 %% interval]):%n",
            label, pairs.size(), pairs.size() > 1 ? "s" : "");
        line("throughput lost by chloe (the issue's measure)", pairs, Figures::lost);
        line("serving CPU, chloe against admin without access control", pairs, Figures::serving);
        line("serving CPU, admin's statement on the enforcing server against the other", pairs,
            Figures::adminOnServing);
        line("same answer, other server: throughput lost", pairs, Figures::sameAnswerLost);
        line("same answer, other server: serving CPU", pairs, Figures::sameAnswerServing);
        line("same answer, same server: throughput lost", pairs, Figures::sameServerLost);
        line("same answer, same server: serving CPU", pairs, Figures::sameServerServing);
      }

      private static void line(String what, List<Figures> pairs, ToDoubleFunction<Figures> figure) {
        double[] values = pairs.stream().mapToDouble(figure).toArray();
        double mean = Arrays.stream(values).average().orElseThrow();
        double variance = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, values.length - 1);
        String perPair =
            String.join(" / ", Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.1f %%", v)).toList());
        if (values.length < 2) { // no interval from one pair
          System.out.printf(Locale.ROOT, "  %s: %s%n", what, perPair);
          return;
        }
        double half = studentT90(values.length - 1) * Math.sqrt(variance / values.length);
        System.out.printf(Locale.ROOT, "  %s: %s; %.1f %% [%.1f, %.1f]%n", what, perPair, mean, mean - half,
            mean + half);
      }

      /** The 95th percentile of Student's t with {@code df} degrees of freedom (a two-sided 90 % interval). */
      private static double studentT90(int df) {
        double[] table = {6.314, 2.920, 2.353, 2.132, 2.015, 1.943, 1.895, 1.860, 1.833, 1.812};
        return df <= table.length ? table[df - 1] : 1.645;
      }
    }

    /** One slice: the clients' statements completed a second, and the CPU milliseconds a statement (see above). */
    private Slice slice(ExecutorService pool, List<Session> sessions, String sql) throws Exception {
      long start = System.nanoTime();
      long end = start + slice * 1_000_000_000L;
      long machine = machineCpuTicks();
      long self = ownCpuTicks();
      ServingCpu processes = new ServingCpu(sessions.getFirst().server, STACK.home().resolve("run/portal.pid"),
          STACK.home().resolve("postgres/data/postmaster.pid"));
      ServingCpu.Sample before = processes.sample();
      List<Future<Integer>> futures = new ArrayList<>();
      for (Session session : sessions) {
        futures.add(pool.submit(() -> {
          int done = 0;
          while (System.nanoTime() < end) {
            session.timed(sql);
            done++;
          }
          return done;
        }));
      }
      int done = 0;
      for (Future<Integer> future : futures) {
        done += future.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long ticks = machineCpuTicks() - machine - (ownCpuTicks() - self);
      ServingCpu.Sample used = processes.sample().since(before);
      double msPerTick = 1000.0 / TICKS_PER_SECOND / done;
      return new Slice(done / seconds, ticks * msPerTick, used.compiler() * msPerTick, used.trino() * msPerTick,
          used.portal() * msPerTick, used.postgres() * msPerTick);
    }

    private static String medians(Slice[][] slices, ToDoubleFunction<Slice> figure) {
      List<String> medians = new ArrayList<>();
      for (Slice[] configuration : slices) {
        medians.add(String.format(Locale.ROOT, "%.2f",
            median(Arrays.stream(configuration).mapToDouble(figure).toArray())));
      }
      return String.join(" / ", medians);
    }

    private static String withInterval(double[] percents) {
      double[] interval = bootstrapMedian(percents);
      return String.format(Locale.ROOT, "%.1f %% [%.1f, %.1f]", median(percents), interval[0], interval[1]);
    }

    private static String rounds(Slice[][] slices) {
      List<String> rounds = new ArrayList<>();
      for (int r = 0; r < slices[1].length; r++) {
        List<String> perSecond = new ArrayList<>();
        List<String> cpu = new ArrayList<>();
        List<String> serving = new ArrayList<>();
        for (Slice[] configuration : slices) {
          perSecond.add(String.format(Locale.ROOT, "%.1f", configuration[r].perSecond()));
          cpu.add(String.format(Locale.ROOT, "%.1f", configuration[r].cpuMillis()));
          serving.add(String.format(Locale.ROOT, "%.1f", configuration[r].servingMillis()));
        }
        rounds.add(String.join("/", perSecond) + "/s " + String.join("/", cpu) + " ms serving "
            + String.join("/", serving) + " ms");
      }
      return String.join(", ", rounds);
    }
  }

  /**
   * A slice's statements a second; the machine's CPU and the serving processes' compilers' a statement; and the
   * serving CPU's parts: the Trino server's, the portal's, PostgreSQL's.
   */
  private record Slice(double perSecond, double cpuMillis, double compilerMillis, double trinoMillis,
      double portalMillis, double postgresMillis) {
    /** The mean of two slices of the same configuration. */
    Slice mean(Slice other) {
      return new Slice((perSecond + other.perSecond) / 2, (cpuMillis + other.cpuMillis) / 2,
          (compilerMillis + other.compilerMillis) / 2, (trinoMillis + other.trinoMillis) / 2,
          (portalMillis + other.portalMillis) / 2, (postgresMillis + other.postgresMillis) / 2);
    }

    double servingMillis() {
      return trinoMillis + portalMillis + postgresMillis;
    }
  }

  /** Every processor's busy time since boot ({@code /proc/stat}: all but idle and iowait), in ticks. */
  static long machineCpuTicks() throws IOException {
    String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
    long busy = 0;
    for (int i = 1; i < fields.length && i <= 8; i++) {
      if (i != 4 && i != 5) {
        busy += Long.parseLong(fields[i]);
      }
    }
    return busy;
  }

  /** This process's own CPU time (user and system), in ticks. */
  static long ownCpuTicks() {
    return ServingCpu.processTicks(ProcessHandle.current().pid(), false);
  }

  /** The 5th and 95th percentiles of the median over 2,000 resamplings (with replacement, a fixed seed). */
  static double[] bootstrapMedian(double[] values) {
    Random random = new Random(20261203L);
    double[] medians = new double[2000];
    double[] sample = new double[values.length];
    for (int b = 0; b < medians.length; b++) {
      for (int i = 0; i < sample.length; i++) {
        sample[i] = values[random.nextInt(values.length)];
      }
      medians[b] = median(sample);
    }
    Arrays.sort(medians);
    return new double[] {medians[medians.length / 20], medians[medians.length - 1 - medians.length / 20]};
  }

  /** The users compared: admin on the baseline Trino without access control (if any), admin and chloe under it. */
  private record Users(@Nullable Session off, Session admin, Session partner) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      if (off != null) {
        off.close();
      }
      admin.close();
      partner.close();
    }
  }

  /**
   * One user's connection to one Trino, opened again with a fresh token every minute (Keycloak's tokens live five
   * minutes, and a run on 1M rows lasts longer).
   */
  private static final class Session implements AutoCloseable {
    private final String user;
    private final String port;
    /** The pid file of the Trino server on that port. */
    private final Path server;
    private @Nullable Connection connection;
    private long openedAt;

    Session(String user, String port, Path server) {
      this.user = user;
      this.port = port;
      this.server = server;
    }

    long timed(String sql) throws Exception {
      Connection open = connection();
      long start = System.nanoTime();
      try (Statement statement = open.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
        while (rs.next()) {
          // every row fetched, as a client would
        }
      }
      return System.nanoTime() - start;
    }

    /** The statement's rows, each as its columns' text, sorted. */
    List<String> rows(String sql) throws Exception {
      List<String> rows = new ArrayList<>();
      try (Statement statement = connection().createStatement(); ResultSet rs = statement.executeQuery(sql)) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int c = 1; c <= columns; c++) {
            row.add(rs.getString(c));
          }
          rows.add(String.join("\t", row));
        }
      }
      Collections.sort(rows);
      return rows;
    }

    private Connection connection() throws Exception {
      Connection open = connection;
      if (open == null || System.nanoTime() - openedAt > 60_000_000_000L) {
        close();
        String token = user.equals("admin") ? STACK.adminToken()
            : STACK.token(user, System.getenv().getOrDefault("BENCH_PARTNER_PASSWORD", user));
        open = STACK.trino(user, token, port);
        connection = open;
        openedAt = System.nanoTime();
      }
      return open;
    }

    @Override
    public void close() throws Exception {
      if (connection != null) {
        connection.close();
        connection = null;
      }
    }
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
            + " now() + interval '1 day', 'banc d''essai', 'banc d''essai', 'bench', now())");
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
   * The users' statements alternate, one each in turn, so that all see the same machine (JIT, caches, the
   * background work of a 2-core host); each statement is timed from submission to the last row, and the medians are
   * compared (a mean or a best-of would follow the outliers). The two Trino servers start cold: the statements are
   * first repeated, in windows, for at least {@code --warm-up} seconds and until the median of a window is within
   * 3 % of the previous one's for both (at most three times as long); during the warm-up the server without access
   * control runs each window's statements twice, so that it has served as many as the enforcing one (admin's and
   * chloe's) when the measures begin.
   */
  private static void compare(int queries, int warmUpSeconds, Users users, String label, String sql) throws Exception {
    int window = Math.max(10, queries / 5);
    List<String> medians = new ArrayList<>();
    double[] previous = {Double.MAX_VALUE, Double.MAX_VALUE};
    long start = System.nanoTime();
    for (boolean stable = false; ; ) {
      long seconds = (System.nanoTime() - start) / 1_000_000_000L;
      if (seconds >= 3L * warmUpSeconds || seconds >= warmUpSeconds && stable) {
        break;
      }
      long[][] nanos = measure(users, sql, window);
      for (int i = 0; users.off() != null && i < window; i++) {
        users.off().timed(sql); // as many statements as the enforcing server, which serves admin and chloe
      }
      double[] median = {median(nanos[0].length == 0 ? nanos[1] : nanos[0]), median(nanos[2])};
      medians.add(String.format(Locale.ROOT, "%.0f/%.0f", median[0], median[1]));
      stable = true;
      for (int i = 0; i < 2; i++) {
        stable &= Math.abs(median[i] - previous[i]) <= 0.03 * previous[i];
        previous[i] = median[i];
      }
    }
    System.out.printf(Locale.ROOT, "%s: warm-up, medians of %d statements (%s/chloe): %s ms%n", label, window,
        users.off() == null ? "admin" : "admin off", String.join(", ", medians));
    long[][] nanos = measure(users, sql, queries);
    double adminMedian = median(nanos[1]);
    double partnerMedian = median(nanos[2]);
    if (users.off() == null) {
      System.out.printf(Locale.ROOT, "%s, %d statements each, median: admin (no filter, no mask) %.1f ms, chloe %.1f ms:"
          + " enforcement overhead %.1f %%%n", label, queries, adminMedian, partnerMedian,
          (partnerMedian / adminMedian - 1) * 100);
      return;
    }
    double offMedian = median(nanos[0]);
    System.out.printf(Locale.ROOT, "%s, %d statements each, median: admin without access control %.1f ms, admin under"
            + " it %.1f ms, chloe (row filter, columns) %.1f ms: enforcement overhead %.1f %% (chloe against admin"
            + " under access control: %.1f %%)%n", label, queries, offMedian, adminMedian, partnerMedian,
        (partnerMedian / offMedian - 1) * 100, (partnerMedian / adminMedian - 1) * 100);
  }

  /**
   * {@code count} statements of each user in turn: the times of off (none without a baseline), admin, chloe. The
   * order rotates every round, so that the background work a statement leaves behind (the enforced Trino's query
   * events, for one) does not always fall on the same user's next statement.
   */
  private static long[][] measure(Users users, String sql, int count) throws Exception {
    Session[] sessions = {users.off(), users.admin(), users.partner()};
    long[][] nanos = {new long[sessions[0] == null ? 0 : count], new long[count], new long[count]};
    for (int i = 0; i < count; i++) {
      for (int turn = 0; turn < 3; turn++) {
        int user = (i + turn) % 3;
        Session session = sessions[user];
        if (session != null) {
          nanos[user][i] = session.timed(sql);
        }
      }
    }
    return nanos;
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static int option(String[] args, String name, int fallback) {
    return Integer.parseInt(stringOption(args, name, Integer.toString(fallback)));
  }

  private static String stringOption(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
