package fr.socle.lakehouse.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Loads a generated French-style CSV (1M rows × 12 columns by default: codes with leading zeros, decimal commas,
 * dd/mm/yyyy dates, oui/non) into an Iceberg table, and has DuckDB convert the same file to Parquet in the same
 * run; prints rows per second for both and the ratio. Each side runs three times, alternately; the best run counts.
 */
public final class IngestBenchmark {
  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = 1_000_000;
    int runs = 3;
    CompressionCodecName codec = CompressionCodecName.ZSTD;
    boolean keep = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> rows = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--codec" -> codec = CompressionCodecName.valueOf(args[++i].toUpperCase(Locale.ROOT));
        case "--keep" -> keep = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path dir = Files.createTempDirectory("socle-bench");
    try {
      Path csv = dir.resolve("data.csv");
      generate(csv, rows);
      System.out.printf(Locale.ROOT, "CSV: %,d rows × 12 columns, %.1f MB, cores: %d%n", rows,
          Files.size(csv) / 1e6, Runtime.getRuntime().availableProcessors());

      // Alternated, so that a busy moment on a shared machine hurts both sides alike.
      double ours = 0;
      double duck = 0;
      for (int run = 1; run <= runs; run++) {
        ours = Math.max(ours, ours(dir, csv, rows, run, codec));
        duck = Math.max(duck, duckdb(dir, csv, rows, run, codec));
      }
      System.out.printf(Locale.ROOT, "%nbest: Socle %,.0f rows/s, DuckDB %,.0f rows/s, ratio %.2f%n", ours, duck,
          ours / duck);
    } finally {
      if (!keep) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      } else {
        System.out.println("kept " + dir);
      }
    }
  }

  private static double ours(Path dir, Path csv, int rows, int run, CompressionCodecName codec) throws Exception {
    Path warehouse = dir.resolve("warehouse-" + run);
    // Iceberg's JDBC catalogue (as the tiers use) on SQLite; data files on local disk through HadoopFileIO.
    JdbcCatalog catalog = new JdbcCatalog();
    catalog.setConf(new Configuration());
    catalog.initialize("bench", Map.of(
        CatalogProperties.URI, "jdbc:sqlite:" + dir.resolve("catalog-" + run + ".db"),
        CatalogProperties.WAREHOUSE_LOCATION, warehouse.toUri().toString(),
        "jdbc.schema-version", "V1"));
    Ingestion ingestion = new Ingestion(catalog, warehouse.toUri().toString(),
        WriterSettings.DEFAULTS.withCodec(codec, 1));
    long start = System.nanoTime();
    IngestionResult result = ingestion.ingest(
        IngestionRequest.of(csv, TableIdentifier.of("bench", "t" + run), LoadMode.CREATE), ProgressListener.NONE);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (result.rowsWritten() != rows) {
      throw new IllegalStateException("wrote " + result.rowsWritten() + " rows");
    }
    double rate = rows / seconds;
    System.out.printf(Locale.ROOT, "Socle  run %d: %.2f s, %,.0f rows/s, Parquet %.1f MB, columns %s%n", run,
        seconds, rate, size(warehouse) / 1e6, result.columns().stream().map(c -> c.type().label()).toList());
    return rate;
  }

  private static double duckdb(Path dir, Path csv, int rows, int run, CompressionCodecName codec)
      throws SQLException, IOException {
    Path out = dir.resolve("duck-" + run + ".parquet");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      long start = System.nanoTime();
      statement.execute("COPY (SELECT * FROM read_csv('" + csv + "', delim=';', header=true, "
          + "decimal_separator=',', dateformat='%d/%m/%Y')) TO '" + out + "' (FORMAT parquet, COMPRESSION "
          + codec.name().toLowerCase(Locale.ROOT) + ")");
      double seconds = (System.nanoTime() - start) / 1e9;
      double rate = rows / seconds;
      System.out.printf(Locale.ROOT, "DuckDB run %d: %.2f s, %,.0f rows/s, Parquet %.1f MB%n", run, seconds, rate,
          Files.size(out) / 1e6);
      return rate;
    }
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** Twelve columns as a collectivité's budget export would have them. */
  static void generate(Path csv, int rows) throws IOException {
    String[] communes = {"Bourg-en-Bresse", "Paris", "Lyon", "Marseille", "Lille", "Rennes", "Nantes", "Dijon",
        "Strasbourg", "Bordeaux", "Toulouse", "Montpellier"};
    String[] categories = {"Fonctionnement", "Investissement", "Subvention", "Personnel", "Énergie"};
    SplittableRandom random = new SplittableRandom(42);
    try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      out.write("id;code_commune;commune;date_operation;montant;quantite;taux;payee;categorie;latitude;longitude;"
          + "libelle\n");
      StringBuilder line = new StringBuilder(160);
      for (int i = 0; i < rows; i++) {
        line.setLength(0);
        int commune = random.nextInt(communes.length);
        line.append(i + 1).append(';')
            .append(String.format(Locale.ROOT, "%05d", 1000 + random.nextInt(94000))).append(';')
            .append(communes[commune]).append(';');
        int day = 1 + random.nextInt(28);
        int month = 1 + random.nextInt(12);
        line.append(day < 10 ? "0" : "").append(day).append('/').append(month < 10 ? "0" : "").append(month)
            .append('/').append(2015 + random.nextInt(10)).append(';');
        line.append(random.nextInt(100_000)).append(',').append(10 + random.nextInt(90)).append(';')
            .append(random.nextInt(1000)).append(';')
            .append("0,").append(random.nextInt(100)).append(';')
            .append(random.nextBoolean() ? "oui" : "non").append(';')
            .append(categories[random.nextInt(categories.length)]).append(';')
            .append(43 + random.nextInt(8)).append(',').append(100_000 + random.nextInt(900_000)).append(';')
            .append(random.nextInt(8)).append(',').append(100_000 + random.nextInt(900_000)).append(';')
            .append("Opération n°").append(random.nextInt(50_000)).append(' ').append(communes[commune])
            .append('\n');
        out.append(line);
      }
    }
  }
}
