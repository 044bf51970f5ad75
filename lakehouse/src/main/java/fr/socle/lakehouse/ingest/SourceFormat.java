package fr.socle.lakehouse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The file formats ingestion reads. */
public enum SourceFormat {
  CSV,
  XLSX,
  GEOJSON,
  PARQUET;

  /** The format told by the file's extension, else by its first bytes; CSV when nothing else fits. */
  public static SourceFormat detect(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
      return CSV;
    }
    if (name.endsWith(".xlsx")) {
      return XLSX;
    }
    if (name.endsWith(".geojson")) {
      return GEOJSON;
    }
    if (name.endsWith(".parquet")) {
      return PARQUET;
    }
    byte[] head = new byte[64];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return XLSX;
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1') {
      return PARQUET;
    }
    for (int i = 0; i < n; i++) {
      byte b = head[i];
      if (b == '{') {
        return GEOJSON;
      }
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB
          && (b & 0xFF) != 0xBF) {
        break;
      }
    }
    return CSV;
  }
}
