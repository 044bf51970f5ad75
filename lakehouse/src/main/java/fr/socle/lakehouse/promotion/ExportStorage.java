package fr.socle.lakehouse.promotion;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.iceberg.io.FileIO;

/**
 * Where export files are written and read: the tier's FileIO (S3), or, for a {@code file://} warehouse, the local
 * file system directly. Hadoop's local file system would add a checksum file beside each export and a CRC pass
 * over gigabytes the exports already carry a SHA-256 of.
 */
public final class ExportStorage {
  private ExportStorage() {}

  static OutputStream create(FileIO io, String location) throws IOException {
    if (location.startsWith("file:")) {
      Path path = Path.of(URI.create(location));
      Files.createDirectories(path.getParent());
      return Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE);
    }
    return io.newOutputFile(location).createOrOverwrite();
  }

  /** Opens an export for reading (downloads). */
  public static InputStream open(FileIO io, String location) throws IOException {
    if (location.startsWith("file:")) {
      return Files.newInputStream(Path.of(URI.create(location)));
    }
    return io.newInputFile(location).newStream();
  }

  static OutputStream createUnchecked(FileIO io, String location) {
    try {
      return create(io, location);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
