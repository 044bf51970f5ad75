package fr.socle.portal.load;

import fr.socle.lakehouse.ingest.ProgressListener;
import java.io.PrintStream;

/**
 * Progress of a load on the terminal: bytes read (and the share of the file), rows written, rows per second; one
 * line rewritten in place on a terminal, a line every few seconds otherwise (logs, CI).
 */
final class ConsoleProgress implements ProgressListener {
  private final PrintStream out;
  private final String label;
  private final boolean terminal = System.console() != null;
  private final long started = System.nanoTime();
  private long lastPrint;

  ConsoleProgress(PrintStream out, String label) {
    this.out = out;
    this.label = label;
  }

  @Override
  public void progress(long bytesRead, long totalBytes, long rowsWritten) {
    long now = System.nanoTime();
    boolean done = totalBytes > 0 && bytesRead >= totalBytes;
    if (!done && now - lastPrint < (terminal ? 200_000_000L : 3_000_000_000L)) {
      return;
    }
    lastPrint = now;
    double seconds = Math.max(0.001, (now - started) / 1e9);
    String percent = totalBytes > 0 ? String.format(" (%d %%)", Math.min(100, bytesRead * 100 / totalBytes)) : "";
    String line = String.format("%s : %s lus%s, %,d lignes écrites, %,.0f lignes/s", label, size(bytesRead), percent,
        rowsWritten, rowsWritten / seconds);
    out.print(terminal ? "\r" + line + "   " : line + System.lineSeparator());
    out.flush();
  }

  void end() {
    if (terminal) {
      out.println();
    }
  }

  static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format("%,d Kio", bytes / 1024);
    }
    return String.format("%,.1f Mio", bytes / 1024.0 / 1024.0);
  }
}
