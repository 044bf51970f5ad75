package fr.socle.lakehouse.ingest;

/**
 * Told regularly how far a load has gone (about every 64k rows and at the end), from the thread that reads. A load
 * restarted after widening a column starts again from zero.
 */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (bytesRead, totalBytes, rowsWritten) -> {};

  void progress(long bytesRead, long totalBytes, long rowsWritten);
}
