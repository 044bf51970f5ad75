package fr.socle.portal.explore;

import fr.socle.lakehouse.odsql.OutputColumn;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * XLSX through POI's streaming workbook: 100 rows in memory, the rest in a compressed temporary file. A sheet holds
 * 1,048,576 rows: past that the export ends with a note row saying so, never silently.
 */
final class XlsxExport implements ExportWriter {
  static final int SHEET_ROWS = 1_048_576;

  private final OutputStream out;
  private final ZoneId zone;
  private final boolean neutralise;
  private final String truncationNote;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
  private final Sheet sheet;
  private final CellStyle asText;
  private int next;

  XlsxExport(OutputStream out, ZoneId zone, boolean neutralise, String truncationNote) {
    this.out = out;
    this.zone = zone;
    this.neutralise = neutralise;
    this.truncationNote = truncationNote;
    workbook.setCompressTempFiles(true);
    this.sheet = workbook.createSheet("export");
    this.asText = workbook.createCellStyle();
    asText.setQuotePrefixed(true);
  }

  /** The header, the data, and one row kept for the note. */
  @Override
  public long maxRows() {
    return SHEET_ROWS - 2;
  }

  @Override
  public void start(List<OutputColumn> columns, List<String> headers) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < headers.size(); i++) {
      row.createCell(i).setCellValue(headers.get(i));
    }
  }

  @Override
  public void row(@Nullable Object[] values) {
    Row row = sheet.createRow(next++);
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value == null) {
        continue;
      }
      switch (value) {
        case Boolean bool -> row.createCell(i).setCellValue(bool);
        case Number number -> row.createCell(i).setCellValue(number.doubleValue());
        default -> {
          String text = OdsValues.text(value, zone);
          if (text != null) {
            // a cell's text is at most 32,767 characters
            Cell cell = row.createCell(i);
            cell.setCellValue(text.length() > 32_767 ? text.substring(0, 32_767) : text);
            if (neutralise && !CsvCells.neutralised(text).equals(text)) {
              // Excel's own « text, not a formula » mark: the value stays as it was, unlike CSV's leading quote
              cell.setCellStyle(asText);
            }
          }
        }
      }
    }
  }

  @Override
  public void finish(boolean truncated) throws IOException {
    if (truncated) {
      sheet.createRow(next++).createCell(0).setCellValue(truncationNote);
    }
    try {
      workbook.write(out);
      out.flush();
    } finally {
      workbook.close();
    }
  }
}
