package fr.socle.lakehouse.demo;

/** The format of a demo dataset's file. */
public enum FileFormat {
  /** Delimited text; its {@link CsvDialect} says how. */
  CSV,
  /** An Excel workbook, data on the first sheet, {@link DemoDataset#headerRows()} header rows at the top. */
  XLSX,
  /** A GeoJSON FeatureCollection; {@link DemoDataset#crs()} names its coordinate reference system. */
  GEOJSON
}
