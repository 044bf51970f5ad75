package fr.socle.lakehouse.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The demo collectivité, Valmont-sur-Loire: a fictional town of about 48,000 inhabitants whose datasets exercise
 * every case of French open-data law (communicable, after occultation, person-concerned only, not communicable,
 * deferred, D312-1-3). Everything derives from the seed: the same seed and scale give byte-identical files. No
 * clock is read; the data are an extraction as of 30 November 2026.
 *
 * <p>{@code scale} multiplies the big table (citizen reports, 20,000 rows per unit, streamed to disk); the other
 * datasets keep the size a town of this population has (one council of 43, about 1,000 agents, about 600 births
 * a year).
 */
public final class DemoTown {
  /** How often, in rows, {@link ProgressListener#rowsWritten} is called for a big table. */
  public static final long PROGRESS_INTERVAL = 100_000;
  /** The manifest written next to the files. */
  public static final String MANIFEST_FILE = "manifest.json";

  private final long seed;
  private final int scale;
  private final List<DemoTable> tables;
  private final List<DemoDataset> datasets;

  private DemoTown(long seed, int scale) {
    if (scale < 1) {
      throw new IllegalArgumentException("scale must be at least 1, got " + scale);
    }
    this.seed = seed;
    this.scale = scale;
    Town town = new Town(seed);
    Facilities facilities = new Facilities(town, seed);
    Council council = new Council(seed);
    Staff staff = new Staff(seed);
    DeliberationsTable deliberations = new DeliberationsTable(town, council, facilities, seed);
    this.tables = List.of(
        new BudgetTable(town, seed),
        new SubventionsTable(town, deliberations, seed),
        deliberations,
        new ElectedOfficialsRegister(council),
        new ServiceDirectoryTable(staff, facilities, seed),
        new FacilitiesTable(town, facilities),
        new PublicContractsTable(town, facilities, seed),
        new StaffSalariesTable(staff),
        new BirthsTable(town, seed),
        new CitizenReportsTable(town, facilities, seed, scale),
        new CctvCamerasTable(town, facilities, seed),
        new PluRevisionStudy(town, seed),
        new NeighbourhoodsMap(town),
        new HeatingPlantEmissions(seed));
    this.datasets = tables.stream().map(DemoTable::dataset).toList();
  }

  /** The town of this seed; {@code scale} 1 is the normal demo, N &gt; 1 multiplies the big tables by N. */
  public static DemoTown of(long seed, int scale) {
    return new DemoTown(seed, scale);
  }

  public long seed() {
    return seed;
  }

  public int scale() {
    return scale;
  }

  /** The manifest, in a fixed order. */
  public List<DemoDataset> datasets() {
    return datasets;
  }

  /** Writes every dataset's file and {@value #MANIFEST_FILE} into {@code directory} (created if needed). */
  public void write(Path directory, ProgressListener listener) throws IOException {
    Files.createDirectories(directory);
    for (DemoTable table : tables) {
      DemoDataset dataset = table.dataset();
      listener.started(dataset);
      Path file = directory.resolve(dataset.fileName());
      long rows;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        rows = table.write(out, written -> {
          if (written < dataset.rows()) { // the last count is reported once, below
            listener.rowsWritten(dataset, written);
          }
        });
      }
      checkRows(dataset, rows);
      listener.rowsWritten(dataset, rows);
      listener.finished(dataset, file, Files.size(file));
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(directory.resolve(MANIFEST_FILE)))) {
      Manifest.write(this, out);
    }
  }

  public void write(Path directory) throws IOException {
    write(directory, ProgressListener.NONE);
  }

  /** Writes one dataset's file to a stream (left open): for tests that must not touch the disk. */
  long write(String datasetId, OutputStream out, LongConsumer progress) throws IOException {
    for (DemoTable table : tables) {
      if (table.dataset().id().equals(datasetId)) {
        long rows = table.write(out, progress);
        checkRows(table.dataset(), rows);
        return rows;
      }
    }
    throw new IllegalArgumentException("no dataset " + datasetId);
  }

  private static void checkRows(DemoDataset dataset, long rows) {
    if (rows != dataset.rows()) {
      throw new IllegalStateException(
          dataset.id() + ": wrote " + rows + " rows, the manifest says " + dataset.rows());
    }
  }
}
