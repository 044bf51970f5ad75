package fr.socle.lakehouse.promotion;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** A precomputed export of a version: its format, where it is, its size, its SHA-256 and how many rows it holds. */
public record ExportFile(Format format, String location, long bytes, String sha256, long rows) {
  public ExportFile {
    requireNonNull(format, "format");
    requireNonNull(location, "location");
    requireNonNull(sha256, "sha256");
  }

  /** The formats exported, with their file extension and media type. */
  public enum Format {
    CSV("csv", "text/csv; charset=utf-8"),
    JSON("json", "application/json"),
    GEOJSON("geojson", "application/geo+json"),
    PARQUET("parquet", "application/vnd.apache.parquet");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
      this.extension = extension;
      this.mediaType = mediaType;
    }

    public String extension() {
      return extension;
    }

    public String mediaType() {
      return mediaType;
    }

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Format fromCode(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }
}
