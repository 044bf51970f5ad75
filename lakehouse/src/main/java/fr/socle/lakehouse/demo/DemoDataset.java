package fr.socle.lakehouse.demo;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One dataset of the demo collectivité, as its manifest describes it: catalogue metadata (DCAT-like), where it goes
 * in the lakehouse ({@code domain} is the Iceberg namespace), who produces it (the Keycloak group of the service)
 * and who stewards it, the file and its dialect, and the communicability case it is built to exercise with the
 * legal reason, in French, as a data officer would write it.
 *
 * @param id stable slug, e.g. {@code budget-primitif-2026}
 * @param domain Iceberg namespace, e.g. {@code finances}
 * @param table Iceberg table name, e.g. {@code budget_primitif_2026}
 * @param producerService Keycloak group of the producing service, e.g. {@code finances}
 * @param steward user name of the dataset's steward in the demo realm
 * @param theme French label of the EU data theme (DCAT-AP), e.g. « Économie et finances »
 * @param licence {@code etalab-2.0} or {@code odbl-1.0}
 * @param updateFrequency {@code annual}, {@code monthly}, {@code daily} or {@code irregular}
 * @param scdlSchema the SCDL or Etalab TableSchema the file follows exactly (file name stem, e.g.
 *     {@code scdl-subventions}), or null
 * @param csvDialect how the file is written, for {@link FileFormat#CSV} only
 * @param headerRows header rows at the top of the file: 1 for CSV, 1 or 2 for XLSX (a row of merged group titles
 *     above the column names), 0 for GeoJSON
 * @param crs coordinate reference system of a GeoJSON file (e.g. {@code EPSG:2154}; {@code EPSG:4326} when the file
 *     carries no {@code crs} member, as RFC 7946 wants), null for other formats
 * @param point the CSV or XLSX columns holding WGS84 longitude and latitude, from which loading builds each row's
 *     point (as a steward names them on the upload page), or null
 * @param communicableFrom the date before which the dataset must not be published ({@link IntendedCase#DEFERRED})
 * @param columnDescriptions column header (GeoJSON: property name) → French description, in file order
 * @param rows rows (GeoJSON: features) written at the town's scale
 */
public record DemoDataset(
    String id,
    String domain,
    String table,
    String title,
    String description,
    String producerService,
    String steward,
    String theme,
    List<String> keywords,
    String licence,
    String updateFrequency,
    String spatialCoverage,
    @Nullable LocalDate temporalStart,
    @Nullable LocalDate temporalEnd,
    @Nullable String scdlSchema,
    String fileName,
    FileFormat format,
    @Nullable CsvDialect csvDialect,
    int headerRows,
    @Nullable String crs,
    @Nullable PointColumns point,
    IntendedCase intendedCase,
    String legalNote,
    @Nullable LocalDate communicableFrom,
    Map<String, String> columnDescriptions,
    long rows) {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Set<String> LICENCES = Set.of("etalab-2.0", "odbl-1.0");
  private static final Set<String> FREQUENCIES = Set.of("annual", "monthly", "daily", "irregular");

  public DemoDataset {
    requireNonNull(id, "id");
    requireNonNull(domain, "domain");
    requireNonNull(table, "table");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(producerService, "producerService");
    requireNonNull(steward, "steward");
    requireNonNull(theme, "theme");
    keywords = List.copyOf(keywords);
    requireNonNull(licence, "licence");
    requireNonNull(updateFrequency, "updateFrequency");
    requireNonNull(spatialCoverage, "spatialCoverage");
    requireNonNull(fileName, "fileName");
    requireNonNull(format, "format");
    requireNonNull(intendedCase, "intendedCase");
    requireNonNull(legalNote, "legalNote");
    columnDescriptions = Collections.unmodifiableMap(new LinkedHashMap<>(columnDescriptions));
    check(SLUG.matcher(id).matches(), "id must be a slug: " + id);
    check(IDENTIFIER.matcher(domain).matches(), "domain must be an identifier: " + domain);
    check(IDENTIFIER.matcher(table).matches(), "table must be an identifier: " + table);
    check(LICENCES.contains(licence), "licence must be one of " + LICENCES + ": " + licence);
    check(FREQUENCIES.contains(updateFrequency), "updateFrequency must be one of " + FREQUENCIES);
    check((format == FileFormat.CSV) == (csvDialect != null), id + ": a CSV dialect goes with the CSV format only");
    check((format == FileFormat.GEOJSON) == (crs != null), id + ": a CRS goes with the GeoJSON format only");
    check(point == null || format != FileFormat.GEOJSON && columnDescriptions.containsKey(point.longitude())
        && columnDescriptions.containsKey(point.latitude()), id + ": point columns must be columns of a CSV or XLSX");
    check(switch (format) {
      case CSV -> headerRows == 1;
      case XLSX -> headerRows == 1 || headerRows == 2;
      case GEOJSON -> headerRows == 0;
    }, id + ": unexpected header rows " + headerRows + " for " + format);
    check((intendedCase == IntendedCase.DEFERRED) == (communicableFrom != null),
        id + ": a communicable-from date goes with the deferred case only");
    check(temporalStart == null || temporalEnd == null || !temporalEnd.isBefore(temporalStart),
        id + ": temporal coverage ends before it starts");
    check(!columnDescriptions.isEmpty(), id + ": columns must be described");
    check(rows >= 0, id + ": negative row count");
  }

  /** The headers of the longitude and latitude columns a point is built from. */
  public record PointColumns(String longitude, String latitude) {
    public PointColumns {
      requireNonNull(longitude, "longitude");
      requireNonNull(latitude, "latitude");
    }
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /** The column headers (GeoJSON: property names), in file order. */
  public List<String> columns() {
    return List.copyOf(columnDescriptions.keySet());
  }
}
