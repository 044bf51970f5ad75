package fr.socle.lakehouse.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.LongConsumer;

/** One dataset of the town: its manifest entry, and how to write its file. */
interface DemoTable {
  DemoDataset dataset();

  /**
   * Writes the file to {@code out} (left open) and returns the rows written, which equal {@link DemoDataset#rows()}.
   * Large tables stream and call {@code progress} every {@link DemoTown#PROGRESS_INTERVAL} rows.
   */
  long write(OutputStream out, LongConsumer progress) throws IOException;
}
