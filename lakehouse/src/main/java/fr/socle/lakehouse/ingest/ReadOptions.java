package fr.socle.lakehouse.ingest;

import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/**
 * How to read a file when detection is not enough. Every option may be left out.
 *
 * @param charset CSV: the encoding; detected when absent (BOM, else strict UTF-8, else Windows-1252)
 * @param delimiter CSV: the field separator; detected among {@code ;}, {@code ,}, tab and {@code |} when absent
 * @param sheet XLSX: the sheet's name; the first sheet when absent
 * @param headerRows XLSX: how many rows make the header (a group-title row above the column row makes 2); 0 to
 *     detect
 * @param reprojectFrom the coordinate system of the source's coordinates, e.g. {@code EPSG:2154} (Lambert-93),
 *     reprojected to WGS84; a GeoJSON {@code crs} member is honoured when this is absent
 * @param xColumn CSV/XLSX: the header of the column holding X (or longitude) to build a point geometry from
 * @param yColumn CSV/XLSX: the header of the column holding Y (or latitude)
 */
public record ReadOptions(
    @Nullable Charset charset,
    @Nullable Character delimiter,
    @Nullable String sheet,
    int headerRows,
    @Nullable String reprojectFrom,
    @Nullable String xColumn,
    @Nullable String yColumn) {

  public static final ReadOptions DEFAULTS = new ReadOptions(null, null, null, 0, null, null, null);

  public ReadOptions {
    if (headerRows < 0 || headerRows > 10) {
      throw new IllegalArgumentException("headerRows must be between 0 (detect) and 10, got " + headerRows);
    }
    if ((xColumn == null) != (yColumn == null)) {
      throw new IllegalArgumentException("xColumn and yColumn go together");
    }
  }

  public ReadOptions withCharset(@Nullable Charset value) {
    return new ReadOptions(value, delimiter, sheet, headerRows, reprojectFrom, xColumn, yColumn);
  }

  public ReadOptions withDelimiter(@Nullable Character value) {
    return new ReadOptions(charset, value, sheet, headerRows, reprojectFrom, xColumn, yColumn);
  }

  public ReadOptions withSheet(@Nullable String value) {
    return new ReadOptions(charset, delimiter, value, headerRows, reprojectFrom, xColumn, yColumn);
  }

  public ReadOptions withHeaderRows(int value) {
    return new ReadOptions(charset, delimiter, sheet, value, reprojectFrom, xColumn, yColumn);
  }

  public ReadOptions withReprojectFrom(@Nullable String value) {
    return new ReadOptions(charset, delimiter, sheet, headerRows, value, xColumn, yColumn);
  }

  public ReadOptions withPoint(@Nullable String x, @Nullable String y) {
    return new ReadOptions(charset, delimiter, sheet, headerRows, reprojectFrom, x, y);
  }
}
