package fr.socle.lakehouse.demo;

import java.nio.file.Path;

/** Told how {@link DemoTown#write} progresses; every method has a no-op default. */
public interface ProgressListener {
  ProgressListener NONE = new ProgressListener() {};

  default void started(DemoDataset dataset) {}

  /** Called every {@link DemoTown#PROGRESS_INTERVAL} rows of a dataset, and once at its end. */
  default void rowsWritten(DemoDataset dataset, long rows) {}

  default void finished(DemoDataset dataset, Path file, long bytes) {}
}
