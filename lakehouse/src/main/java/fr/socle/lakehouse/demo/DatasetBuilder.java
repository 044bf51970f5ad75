package fr.socle.lakehouse.demo;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds a {@link DemoDataset} by named steps, so that each table's manifest entry reads like a catalogue form. */
final class DatasetBuilder {
  private final String id;
  private String domain = "";
  private String table = "";
  private String title = "";
  private String description = "";
  private String producerService = "";
  private String steward = "";
  private String theme = "";
  private List<String> keywords = List.of();
  private String licence = "etalab-2.0";
  private String updateFrequency = "";
  private @Nullable LocalDate temporalStart;
  private @Nullable LocalDate temporalEnd;
  private @Nullable String scdlSchema;
  private String fileName = "";
  private FileFormat format = FileFormat.CSV;
  private @Nullable CsvDialect csvDialect;
  private int headerRows = 1;
  private @Nullable String crs;
  private DemoDataset.@Nullable PointColumns point;
  private IntendedCase intendedCase = IntendedCase.COMMUNICABLE;
  private String legalNote = "";
  private @Nullable LocalDate communicableFrom;
  private List<Column> columns = List.of();
  private long rows;

  private DatasetBuilder(String id) {
    this.id = id;
  }

  static DatasetBuilder dataset(String id) {
    return new DatasetBuilder(id);
  }

  DatasetBuilder table(String domain, String table) {
    this.domain = domain;
    this.table = table;
    return this;
  }

  DatasetBuilder title(String title) {
    this.title = title;
    return this;
  }

  DatasetBuilder description(String description) {
    this.description = description;
    return this;
  }

  DatasetBuilder producer(String service, String steward) {
    this.producerService = service;
    this.steward = steward;
    return this;
  }

  DatasetBuilder theme(String theme, String... keywords) {
    this.theme = theme;
    this.keywords = List.of(keywords);
    return this;
  }

  DatasetBuilder licence(String licence) {
    this.licence = licence;
    return this;
  }

  DatasetBuilder updated(String frequency) {
    this.updateFrequency = frequency;
    return this;
  }

  DatasetBuilder covering(@Nullable LocalDate start, @Nullable LocalDate end) {
    this.temporalStart = start;
    this.temporalEnd = end;
    return this;
  }

  DatasetBuilder scdl(String schema) {
    this.scdlSchema = schema;
    return this;
  }

  DatasetBuilder csv(String fileName, CsvDialect dialect) {
    this.fileName = fileName;
    this.format = FileFormat.CSV;
    this.csvDialect = dialect;
    this.headerRows = 1;
    return this;
  }

  DatasetBuilder xlsx(String fileName, int headerRows) {
    this.fileName = fileName;
    this.format = FileFormat.XLSX;
    this.headerRows = headerRows;
    return this;
  }

  DatasetBuilder geoJson(String fileName, String crs) {
    this.fileName = fileName;
    this.format = FileFormat.GEOJSON;
    this.crs = crs;
    this.headerRows = 0;
    return this;
  }

  /** The WGS84 longitude and latitude columns loading builds each row's point from. */
  DatasetBuilder point(String longitude, String latitude) {
    this.point = new DemoDataset.PointColumns(longitude, latitude);
    return this;
  }

  DatasetBuilder intended(IntendedCase intendedCase, String legalNote) {
    this.intendedCase = intendedCase;
    this.legalNote = legalNote;
    return this;
  }

  DatasetBuilder communicableFrom(LocalDate date) {
    this.communicableFrom = date;
    return this;
  }

  DatasetBuilder columns(List<Column> columns) {
    this.columns = columns;
    return this;
  }

  DatasetBuilder rows(long rows) {
    this.rows = rows;
    return this;
  }

  DemoDataset build() {
    return new DemoDataset(id, domain, table, title, description, producerService, steward, theme, keywords,
        licence, updateFrequency, Town.SPATIAL_COVERAGE, temporalStart, temporalEnd, scdlSchema, fileName, format,
        csvDialect, headerRows, crs, point, intendedCase, legalNote, communicableFrom, Column.describe(columns), rows);
  }
}
