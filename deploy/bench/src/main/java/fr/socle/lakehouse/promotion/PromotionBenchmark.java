package fr.socle.lakehouse.promotion;

import fr.socle.bench.BenchStack;
import fr.socle.lakehouse.iceberg.Tier;
import fr.socle.lakehouse.jdbc.Jdbc;
import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.Status;
import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.CoordinateForm;
import fr.socle.policies.occultation.CoordinatePrecision;
import fr.socle.policies.occultation.OccultationPlan;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.iceberg.catalog.TableIdentifier;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Promotion of a large table (10M rows of the citizen reports' shape by default) against the running stack, with
 * the plan "drop e-mail and phone, empty the description, positions to a 200 m grid, keep the rest", gate included,
 * versus Trino in the same run: a plain {@code CREATE TABLE AS SELECT} of the same rows, and the same occultation as
 * a CTAS with the transformations in SQL. Runs alternate; each engine's best run counts. The source table is made
 * once through Trino as admin ({@code internal.it_promo_bench.signalements_<rows>}, kept for the next runs unless
 * {@code --drop}); every output is deleted after its run.
 *
 * <p>{@code deploy/bench/run promote [--rows N] [--runs R] [--table-only] [--drop]}
 */
public final class PromotionBenchmark {
  private static final String NS = "it_promo_bench";

  private final BenchStack stack;
  private final String source;
  private final int rows;

  private PromotionBenchmark(BenchStack stack, int rows) {
    this.stack = stack;
    this.rows = rows;
    this.source = "signalements_" + (rows % 1_000_000 == 0 ? rows / 1_000_000 + "m" : String.valueOf(rows));
  }

  public static void main(String[] args) throws Exception {
    int rows = 10_000_000;
    int runs = 2;
    boolean tableOnly = false;
    boolean drop = false;
    boolean javaOnly = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> rows = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--table-only" -> tableOnly = true;
        case "--drop" -> drop = true;
        case "--java-only" -> javaOnly = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (rows % 20_000 != 0) {
      throw new IllegalArgumentException("--rows is a multiple of 20,000 (the demo's citizen reports)");
    }
    PromotionBenchmark bench = new PromotionBenchmark(BenchStack.fromEnvironment(), rows);
    bench.ensureSource();
    List<Double> ctas = new ArrayList<>();
    List<Double> sql = new ArrayList<>();
    List<Double> promotion = new ArrayList<>();
    List<Double> tableAlone = new ArrayList<>();
    if (javaOnly) {
      for (int run = 1; run <= runs; run++) {
        System.out.printf(Locale.ROOT, "promotion %d: %.1f s (load average %.1f)%n", run, bench.promote(!tableOnly),
            BenchStack.loadAverage());
      }
      bench.stack.admin("DROP SCHEMA IF EXISTS open." + NS);
      return;
    }
    for (int run = 1; run <= runs; run++) {
      System.out.printf(Locale.ROOT, "%nrun %d (load average %.1f)%n", run, BenchStack.loadAverage());
      ctas.add(bench.trino("ctas_copy", "SELECT * FROM internal." + NS + "." + bench.source));
      System.out.printf(Locale.ROOT, "  Trino CTAS, same rows:             %6.1f s%n", ctas.getLast());
      sql.add(bench.trino("occultation_sql", bench.occultationSql()));
      System.out.printf(Locale.ROOT, "  Trino CTAS, occultation in SQL:    %6.1f s%n", sql.getLast());
      if (tableOnly) {
        tableAlone.add(bench.promote(false));
        System.out.printf(Locale.ROOT, "  Java occultation + gate, no export: %5.1f s%n", tableAlone.getLast());
      }
      promotion.add(bench.promote(true));
      System.out.printf(Locale.ROOT, "  Socle promotion (gate, exports):   %6.1f s%n", promotion.getLast());
    }
    double bestCtas = ctas.stream().mapToDouble(d -> d).min().orElseThrow();
    double bestSql = sql.stream().mapToDouble(d -> d).min().orElseThrow();
    double bestPromotion = promotion.stream().mapToDouble(d -> d).min().orElseThrow();
    System.out.printf(Locale.ROOT, "%nbest of %d runs, %,d rows:%n", runs, rows);
    System.out.printf(Locale.ROOT, "  Trino CTAS %.1f s; Trino occultation CTAS %.1f s; Socle promotion %.1f s%n",
        bestCtas, bestSql, bestPromotion);
    if (!tableAlone.isEmpty()) {
      double bestAlone = tableAlone.stream().mapToDouble(d -> d).min().orElseThrow();
      System.out.printf(Locale.ROOT, "  Java occultation + gate without exports %.1f s: %.2f × Trino's occultation"
          + " CTAS%n", bestAlone, bestAlone / bestSql);
    }
    System.out.printf(Locale.ROOT, "  promotion / CTAS = %.2f (target ≤ 1.5)%n", bestPromotion / bestCtas);
    bench.stack.admin("DROP SCHEMA IF EXISTS open." + NS);
    if (drop) {
      bench.stack.admin("DROP TABLE IF EXISTS internal." + NS + "." + bench.source);
    }
  }

  // ---------------------------------------------------------------------------------------------- the three sides

  private double trino(String table, String select) throws SQLException {
    stack.admin("DROP TABLE IF EXISTS internal." + NS + "." + table);
    long start = System.nanoTime();
    stack.admin("CREATE TABLE internal." + NS + "." + table + " AS " + select);
    double seconds = (System.nanoTime() - start) / 1e9;
    stack.admin("DROP TABLE internal." + NS + "." + table);
    return seconds;
  }

  /** The same occultation as the plan, in Trino SQL (the formulas of the policies' CoordinateGeneralisation). */
  private String occultationSql() {
    String cell = "(200 / 111320e0)";
    return "SELECT id_signalement, date_signalement, canal, categorie, CAST(NULL AS varchar) AS description, adresse,"
        + " code_postal, quartier, lat AS latitude, round((floor(longitude / (200 / (111320e0 * greatest(0.01,"
        + " cos(radians(lat)))))) + 0.5) * (200 / (111320e0 * greatest(0.01, cos(radians(lat))))), 4) AS longitude,"
        + " statut, date_cloture, service_traitant FROM (SELECT *, round((floor(latitude / " + cell + ") + 0.5) * "
        + cell + ", 4) AS lat FROM internal." + NS + "." + source + ")";
  }

  private double promote(boolean exports) throws Exception {
    PGSimpleDataSource db = stack.socleDatabase();
    Jdbc jdbc = new Jdbc(db);
    PublicationSchema.migrate(db);
    try (Tier internal = stack.internalTier(); Tier open = stack.openTier()) {
      Promotions.Settings settings = exports ? Promotions.Settings.DEFAULTS
          : Promotions.Settings.DEFAULTS.withoutExports();
      Promotions promotions = new Promotions(internal, open, jdbc, Clock.systemUTC(), settings);
      OccultationPlan plan = plan();
      Decision decision = new Decision(Status.COMMUNICABLE_AFTER_OCCULTATION, List.of(LegalBasis.L311_7,
          LegalBasis.L312_1_2), plan, null, null, "banc d'essai", LocalDate.now().plusYears(1), "bench",
          LocalDate.now());
      String id = "it-promo-bench-" + source.replace('_', '-');
      Publication publication = new Publication(id, id, TableIdentifier.of(NS, source), TableIdentifier.of(NS, source),
          Publication.Kind.DATASET, "Banc d'essai", null);
      long start = System.nanoTime();
      PromotionOutcome outcome = promotions.promote(new PromotionRequest(publication, plan,
          new VersionedDecision(1, decision, Instant.now(), "bench"), null, "bench", "manual"),
          PromotionProgress.NONE);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (!(outcome instanceof PromotionOutcome.Published published)) {
        throw new IllegalStateException("the promotion did not publish: " + outcome);
      }
      long bytes = published.exports().stream().mapToLong(ExportFile::bytes).sum();
      System.out.printf(Locale.ROOT, "    %,d rows published, exports %,.0f MB (%s)%n", published.rowsWritten(),
          bytes / 1e6, String.join(", ", published.exports().stream().map(e -> e.format().code()).toList()));
      promotions.retract(id, PublishedDataset.Reason.LEAK, "banc d'essai", "bench", 1);
      jdbc.update("DELETE FROM publication.export WHERE publication_id = ?", id);
      jdbc.update("DELETE FROM publication.version WHERE publication_id = ?", id);
      jdbc.update("DELETE FROM publication.change WHERE publication_id = ?", id);
      jdbc.update("DELETE FROM publication.attestation WHERE publication_id = ?", id);
      jdbc.update("DELETE FROM publication.publication WHERE id = ?", id);
      return seconds;
    }
  }

  static OccultationPlan plan() {
    List<ColumnRule> rules = new ArrayList<>();
    for (String column : List.of("id_signalement", "date_signalement", "canal", "categorie", "description",
        "adresse", "code_postal", "quartier", "latitude", "longitude", "email_declarant", "telephone_declarant",
        "statut", "date_cloture", "service_traitant")) {
      rules.add(switch (column) {
        case "email_declarant", "telephone_declarant" -> new ColumnRule.Drop(column);
        case "description" -> new ColumnRule.EmptyText(column);
        case "latitude" -> new ColumnRule.GeneraliseCoordinates(column, CoordinateForm.LATITUDE,
            CoordinatePrecision.grid(200));
        case "longitude" -> new ColumnRule.GeneraliseCoordinates(column, CoordinateForm.LONGITUDE,
            CoordinatePrecision.grid(200), "latitude");
        case "adresse" -> new ColumnRule.Keep(column, Set.of(FindingKind.POSTAL_ADDRESS));
        default -> new ColumnRule.Keep(column);
      });
    }
    return new OccultationPlan(rules);
  }

  // ---------------------------------------------------------------------------------------------- the stack

  private void ensureSource() throws SQLException {
    stack.admin("CREATE SCHEMA IF NOT EXISTS internal." + NS);
    try (Connection connection = stack.trinoAdmin(); Statement statement = connection.createStatement();
        ResultSet tables = statement.executeQuery("SHOW TABLES FROM internal." + NS + " LIKE '" + source + "'")) {
      if (tables.next()) {
        return;
      }
    }
    System.out.printf(Locale.ROOT, "making internal.%s.%s (%,d rows) through Trino as admin...%n", NS, source, rows);
    stack.admin("CREATE TABLE internal." + NS + "." + source + " AS SELECT concat(s.id_signalement, '-',"
        + " lpad(cast(k AS varchar), 4, '0')) AS id_signalement, s.date_signalement + k * INTERVAL '1' SECOND AS"
        + " date_signalement, s.canal, s.categorie, s.description, s.adresse, s.code_postal, s.quartier,"
        + " s.latitude + (k % 37) * 0.00001 AS latitude, s.longitude - (k % 41) * 0.00001 AS longitude,"
        + " s.email_declarant, s.telephone_declarant, s.statut, s.date_cloture, s.service_traitant"
        + " FROM internal.voirie.signalements_citoyens s CROSS JOIN UNNEST(sequence(1, " + rows / 20_000
        + ")) AS t(k)");
  }
}
