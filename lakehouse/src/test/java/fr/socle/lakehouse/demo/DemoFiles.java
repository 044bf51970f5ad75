package fr.socle.lakehouse.demo;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The demo town of seed 42 at scale 1, written once per test JVM and shared by the tests that read its files. */
final class DemoFiles {
  static final long SEED = 42;

  static {
    // POI logs through Log4j's API, which complains on stderr when no provider is on the class path
    System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
  }

  private static final DemoTown TOWN = DemoTown.of(SEED, 1);
  private static Path directory;

  private DemoFiles() {}

  static DemoTown town() {
    return TOWN;
  }

  static synchronized Path directory() {
    if (directory == null) {
      try {
        Path dir = Files.createTempDirectory("demo-town-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        TOWN.write(dir);
        directory = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return directory;
  }

  static DemoDataset dataset(String id) {
    return TOWN.datasets().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  static Path file(DemoDataset dataset) {
    return directory().resolve(dataset.fileName());
  }

  /** Every record of a CSV dataset, header first, read with the dialect its manifest declares. */
  static List<CsvRecord> csv(DemoDataset dataset) {
    CsvDialect dialect = dataset.csvDialect();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(dialect.delimiter()).detectBomHeader(true)
        .ofCsvRecord(file(dataset), dialect.charset())) {
      return reader.stream().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<DemoDataset> ofFormat(FileFormat format) {
    return TOWN.datasets().stream().filter(d -> d.format() == format).toList();
  }

  static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temporary directory
    }
  }
}
