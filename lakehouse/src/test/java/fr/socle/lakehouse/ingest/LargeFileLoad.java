package fr.socle.lakehouse.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import org.apache.iceberg.catalog.TableIdentifier;

/**
 * Loads one CSV file into a local catalogue and prints "rows files peakHeapBytes": run in a JVM of its own with a
 * small heap by {@link LargeFileTest}.
 */
final class LargeFileLoad {
  private LargeFileLoad() {}

  public static void main(String[] args) throws Exception {
    Path csv = Path.of(args[0]);
    LocalCatalog local = new LocalCatalog(Path.of(args[1]));
    WriterSettings settings = WriterSettings.DEFAULTS.withRowGroupBytes(1L << 20).withTargetFileBytes(1L << 20);
    IngestionResult result = local.ingestion(settings).ingest(
        IngestionRequest.of(csv, TableIdentifier.of("essais", "gros"), LoadMode.CREATE), ProgressListener.NONE);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    for (Path f : local.dataFiles()) {
      System.err.println(f + " " + java.nio.file.Files.size(f));
    }
    System.out.println(result.rowsWritten() + " " + local.dataFiles().size() + " " + peak);
  }
}
