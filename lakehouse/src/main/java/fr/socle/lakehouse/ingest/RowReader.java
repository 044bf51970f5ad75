package fr.socle.lakehouse.ingest;

import java.io.Closeable;
import java.io.IOException;

/** One pass over a file's rows, from the first row after the header. */
interface RowReader extends Closeable {
  /** Pushes the next row into the sink; false at the end of the file. */
  boolean next(CellSink sink) throws IOException, IngestionException;

  /** Bytes of the file consumed so far (an estimate for formats read through a library). */
  long bytesRead();
}
