package fr.socle.lakehouse.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A one-sheet workbook as an office user makes it: bold header (optionally under a row of merged group titles),
 * frozen panes, real date cells formatted dd/mm/yyyy, amounts as numbers. Written byte-identical for the same content:
 * the document properties carry the extraction date, not the time of writing, and the zip entries a fixed time.
 * The demo's workbooks are small (hundreds of rows), so the whole workbook is held in memory.
 */
final class XlsxOutput {
  /** A title spanning {@code columns} columns of the group row. */
  record Group(String title, int columns) {}

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final XSSFSheet sheet;
  private final CellStyle header;
  private final CellStyle group;
  private final CellStyle date;
  private final CellStyle money;
  private int rowIndex;
  private XSSFRow row;
  private int cellIndex;

  XlsxOutput(String sheetName, String author) {
    sheet = workbook.createSheet(sheetName);
    XSSFFont bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setBorderBottom(BorderStyle.THIN);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    group = workbook.createCellStyle();
    group.cloneStyleFrom(header);
    group.setAlignment(HorizontalAlignment.CENTER);
    date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    money = workbook.createCellStyle();
    money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
    var properties = workbook.getProperties().getCoreProperties();
    Date created = Date.from(Town.EXTRACTION_DATE.atTime(8, 0).toInstant(ZoneOffset.UTC));
    properties.setCreated(Optional.of(created));
    properties.setModified(Optional.of(created));
    properties.setCreator(author);
    properties.setLastModifiedByUser(author);
  }

  /** The row of merged group titles above the column names. */
  void groups(List<Group> groups) {
    XSSFRow titles = sheet.createRow(rowIndex);
    int column = 0;
    for (Group g : groups) {
      for (int i = 0; i < g.columns(); i++) {
        XSSFCell cell = titles.createCell(column + i);
        cell.setCellStyle(group);
        if (i == 0) {
          cell.setCellValue(g.title());
        }
      }
      if (g.columns() > 1) {
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, column, column + g.columns() - 1));
      }
      column += g.columns();
    }
    rowIndex++;
  }

  void header(List<String> columns, int[] widths) {
    XSSFRow names = sheet.createRow(rowIndex++);
    for (int i = 0; i < columns.size(); i++) {
      XSSFCell cell = names.createCell(i);
      cell.setCellValue(columns.get(i));
      cell.setCellStyle(header);
      sheet.setColumnWidth(i, widths[i] * 256);
    }
    sheet.createFreezePane(0, rowIndex);
  }

  XlsxOutput row() {
    row = sheet.createRow(rowIndex++);
    cellIndex = 0;
    return this;
  }

  XlsxOutput text(String value) {
    row.createCell(cellIndex++).setCellValue(value);
    return this;
  }

  XlsxOutput empty() {
    cellIndex++;
    return this;
  }

  XlsxOutput number(double value) {
    row.createCell(cellIndex++).setCellValue(value);
    return this;
  }

  XlsxOutput money(long cents) {
    XSSFCell cell = row.createCell(cellIndex++);
    cell.setCellValue(cents / 100.0);
    cell.setCellStyle(money);
    return this;
  }

  XlsxOutput date(LocalDate value) {
    XSSFCell cell = row.createCell(cellIndex++);
    cell.setCellValue(value);
    cell.setCellStyle(date);
    return this;
  }

  void write(OutputStream out) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
    workbook.write(buffer);
    workbook.close();
    normalise(buffer.toByteArray(), out);
  }

  /** Rewrites the package with fixed entry times (POI stamps the time of writing). */
  private static void normalise(byte[] xlsx, OutputStream out) throws IOException {
    LocalDateTime fixed = Town.EXTRACTION_DATE.atTime(8, 0);
    ZipOutputStream zip = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(fixed);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    zip.finish();
    zip.flush();
  }
}
