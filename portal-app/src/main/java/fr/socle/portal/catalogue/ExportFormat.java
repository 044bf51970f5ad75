package fr.socle.portal.catalogue;

import java.util.Locale;
import java.util.Optional;

/** The download formats of a dataset. */
enum ExportFormat {
  CSV("text/csv;charset=UTF-8", "csv"),
  PARQUET("application/vnd.apache.parquet", "parquet"),
  GEOJSON("application/geo+json", "geojson");

  private final String contentType;
  private final String extension;

  ExportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  public static Optional<ExportFormat> parse(String text) {
    for (ExportFormat format : values()) {
      if (format.extension.equals(text.toLowerCase(Locale.ROOT))) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
