package fr.socle.policies.detection;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scan speed on one core over a mixed table of ten columns (identifiers, names, contacts, addresses, free text,
 * amounts). Prints values/s and rows/s; not an assertion, since shared CI machines vary. Run as a main for longer
 * measurements: {@code java ... ScanThroughput 10000000}.
 */
final class ScanThroughput {
  static final List<String> COLUMNS = List.of("id", "nom", "prenom", "email", "telephone", "adresse",
      "date_naissance", "commentaire", "montant", "commune");

  record Result(long rows, long values, double seconds) {
    double rowsPerSecond() {
      return rows / seconds;
    }

    double valuesPerSecond() {
      return values / seconds;
    }
  }

  static List<List<String>> rows(int count, long seed) {
    FrenchData data = new FrenchData(seed);
    List<List<String>> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String comment = data.pick(FrenchData.CLEAN_COMMENTS);
      if (data.chance(0.05)) {
        comment += ". Rappeler au " + data.mobile();
      }
      rows.add(List.of(
          "DOS-2024-" + i,
          data.surname().toUpperCase(Locale.ROOT),
          data.firstName(),
          data.chance(0.5) ? data.personalEmail() : data.serviceEmail(),
          data.chance(0.5) ? data.mobile() : data.landline(),
          data.houseAddress(),
          data.birthDate(),
          comment,
          data.amount(),
          data.pick(FrenchData.COMMUNES)[1]));
    }
    return rows;
  }

  /** Scans {@code totalRows} rows (cycling over a pool of generated rows) through one scanner per column. */
  static Result measure(long totalRows, List<List<String>> pool) {
    DatasetScanner scanner = new DatasetScanner(ColumnContext.forDataset(COLUMNS, null), RowSampler.all());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
    long start = cpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    for (long r = 0; r < totalRows; r++) {
      scanner.accept(pool.get((int) (r % pool.size())));
    }
    // CPU time of this thread: the figure per core, whatever else the machine runs.
    double seconds = ((cpuTime ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start) / 1e9;
    DatasetFindings findings = scanner.result();
    if (findings.rowsScanned() != totalRows) {
      throw new AssertionError(findings.coverage());
    }
    return new Result(totalRows, totalRows * COLUMNS.size(), seconds);
  }

  static String report(Result result) {
    return String.format(Locale.ROOT,
        "Scan throughput per core (CPU time): %,.0f values/s, %,.0f rows/s of %d columns (%,d rows in %.2f s); "
            + "a 100,000-row sample of a 10M-row table: %.1f s of scanning",
        result.valuesPerSecond(), result.rowsPerSecond(), COLUMNS.size(), result.rows(), result.seconds(),
        RowSampler.DEFAULT_SAMPLE_SIZE / result.rowsPerSecond());
  }

  /** A table of {@code totalRows} rows classified with the default sampling policy; wall-clock seconds. */
  static double sampledTable(long totalRows, List<List<String>> pool) {
    DatasetScanner scanner = DatasetScanner.forTable(COLUMNS, null, totalRows, 1);
    long start = System.nanoTime();
    for (long r = 0; r < totalRows; r++) {
      scanner.accept(pool.get((int) (r % pool.size())));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    DatasetFindings findings = scanner.result();
    System.out.printf(Locale.ROOT, "Table of %,d rows, default sampling: %s scanned in %.2f s (wall clock, rows"
        + " already in memory)%n", totalRows, findings.coverage(), seconds);
    return seconds;
  }

  public static void main(String[] args) {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    List<List<String>> pool = rows(20_000, 7);
    measure(200_000, pool); // warm-up
    System.out.println(report(measure(rows, pool)));
    sampledTable(10_000_000, pool);
  }
}
