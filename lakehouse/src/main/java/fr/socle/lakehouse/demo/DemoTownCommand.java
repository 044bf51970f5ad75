package fr.socle.lakehouse.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code java fr.socle.lakehouse.demo.DemoTownCommand [--seed N] [--scale N] [--out DIR]}: writes the demo town's
 * files and manifest, printing each dataset's rows, size and time.
 */
public final class DemoTownCommand {
  private DemoTownCommand() {}

  public static void main(String[] args) throws IOException {
    // POI logs through Log4j's API, which complains on stderr when no provider is on the class path
    System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
    long seed = 42;
    int scale = 1;
    Path out = Path.of("var/demo");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--scale" -> scale = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> {
          System.err.println("usage: DemoTownCommand [--seed N] [--scale N] [--out DIR]");
          System.exit(2);
        }
      }
    }
    PrintStream console = System.out;
    long start = System.nanoTime();
    DemoTown.of(seed, scale).write(out, new ProgressListener() {
      private long datasetStart;

      @Override
      public void started(DemoDataset dataset) {
        datasetStart = System.nanoTime();
      }

      @Override
      public void rowsWritten(DemoDataset dataset, long rows) {
        if (rows % (10 * DemoTown.PROGRESS_INTERVAL) == 0) {
          console.printf(Locale.ROOT, "  %s: %,d rows%n", dataset.id(), rows);
        }
      }

      @Override
      public void finished(DemoDataset dataset, Path file, long bytes) {
        console.printf(Locale.ROOT, "%-32s %-40s %12d rows %14d bytes %8.1f s%n", dataset.id(), file.getFileName(),
            dataset.rows(), bytes, (System.nanoTime() - datasetStart) / 1e9);
      }
    });
    console.printf(Locale.ROOT, "seed %d, scale %d: written to %s in %.1f s%n", seed, scale, out.toAbsolutePath(),
        (System.nanoTime() - start) / 1e9);
  }
}
