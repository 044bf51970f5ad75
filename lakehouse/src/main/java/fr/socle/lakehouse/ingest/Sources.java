package fr.socle.lakehouse.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Opens a file as a {@link Source} of its format, and adds the point columns X/Y options ask for. */
final class Sources {
  static final String GEOMETRY = "geometry";
  static final Set<String> DERIVED_COLUMNS =
      Set.of(GEOMETRY, "geo_xmin", "geo_ymin", "geo_xmax", "geo_ymax", "geo_lon", "geo_lat");

  private Sources() {}

  static Source open(Path file, SourceFormat format, ReadOptions read) throws IOException, IngestionException {
    return switch (format) {
      case CSV -> CsvSource.open(file, read);
      case XLSX -> XlsxSource.open(file, read);
      case GEOJSON -> GeoJsonSource.open(file, read);
      case PARQUET -> ParquetSource.open(file);
    };
  }

  /**
   * Whether a coding error may be a Windows-1252 file read as UTF-8: a CSV whose encoding was not given, and whose
   * first megabyte, all ASCII, gave no proof of UTF-8 (see {@link CsvDialect#asciiSample}).
   */
  static boolean mayFallBack(Path file, SourceFormat format, ReadOptions read) throws IOException {
    return format == SourceFormat.CSV && read.charset() == null && CsvDialect.asciiSample(file);
  }

  static boolean addsPoint(Source source, ReadOptions read) {
    return read.xColumn() != null && !(source instanceof GeoJsonSource);
  }

  /** The headers, a blank one named by its position ("colonne_3"), then the point columns, if any. */
  static List<String> labels(Source source, ReadOptions read) {
    List<String> labels = new ArrayList<>();
    for (String header : source.headers()) {
      labels.add(header.isBlank() ? "colonne_" + (labels.size() + 1) : header);
    }
    if (addsPoint(source, read)) {
      labels.addAll(List.of(GEOMETRY, "geo_lon", "geo_lat"));
    }
    return labels;
  }

  static List<@Nullable ColumnType> nativeTypes(Source source, ReadOptions read) {
    List<@Nullable ColumnType> types = new ArrayList<>(source.nativeTypes());
    if (addsPoint(source, read)) {
      types.addAll(List.of(ColumnType.GEOMETRY, ColumnType.DOUBLE, ColumnType.DOUBLE));
    }
    return types;
  }
}
