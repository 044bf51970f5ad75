package fr.socle.lakehouse.ingest;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/**
 * A sheet of an XLSX workbook, streamed with excel-streaming-reader (the workbook is never loaded whole). The
 * header may take several rows: a row of group titles over merged cells above the row of column titles gives names
 * like "Dépenses - Montant". Spreadsheet dates become ISO text, numbers plain text, before typing.
 */
final class XlsxSource implements Source {
  private final Path file;
  private final @Nullable String sheetName;
  private final int headerRows;
  private final List<String> headers;
  private final long totalBytes;

  private XlsxSource(Path file, @Nullable String sheetName, int headerRows, List<String> headers, long totalBytes) {
    this.file = file;
    this.sheetName = sheetName;
    this.headerRows = headerRows;
    this.headers = headers;
    this.totalBytes = totalBytes;
  }

  static XlsxSource open(Path file, ReadOptions read) throws IOException, IngestionException {
    List<List<@Nullable String>> top = new ArrayList<>();
    try (Workbook workbook = workbook(file)) {
      Iterator<Row> rows = sheet(workbook, read.sheet()).iterator();
      int wanted = read.headerRows() == 0 ? 2 : read.headerRows();
      while (top.size() < wanted && rows.hasNext()) {
        List<@Nullable String> values = values(rows.next());
        if (values.stream().anyMatch(v -> v != null && !v.isBlank())) {
          top.add(values);
        }
      }
    } catch (RuntimeException e) {
      throw malformed(e);
    }
    if (top.isEmpty()) {
      throw new IngestionException(IngestionException.Code.EMPTY_FILE, Message.of("xlsx.emptySheet"));
    }
    int headerRows = read.headerRows() != 0 ? Math.min(read.headerRows(), top.size()) : detectHeaderRows(top);
    return new XlsxSource(file, read.sheet(), headerRows, joinHeader(top.subList(0, headerRows)), Files.size(file));
  }

  /**
   * Two header rows when the first has gaps (the cells a merged group title spans) and the second is all titles;
   * one otherwise.
   */
  static int detectHeaderRows(List<List<@Nullable String>> top) {
    if (top.size() < 2) {
      return 1;
    }
    List<@Nullable String> first = top.get(0);
    List<@Nullable String> second = top.get(1);
    int width = Math.max(first.size(), second.size());
    int firstFilled = 0;
    int secondFilled = 0;
    int gapsAfterTitle = 0;
    for (int c = 0; c < width; c++) {
      boolean a = c < first.size() && first.get(c) != null && !first.get(c).isBlank();
      String b = c < second.size() ? second.get(c) : null;
      boolean bFilled = b != null && !b.isBlank();
      firstFilled += a ? 1 : 0;
      secondFilled += bFilled ? 1 : 0;
      if (!a && c > 0 && bFilled) {
        gapsAfterTitle++;
      }
      if (bFilled && looksLikeData(b)) {
        return 1;
      }
    }
    return gapsAfterTitle > 0 && secondFilled >= firstFilled ? 2 : 1;
  }

  private static boolean looksLikeData(String value) {
    char[] chars = value.toCharArray();
    return new NumberParser().parseDouble(chars, 0, chars.length, false)
        || DateParser.parseDate(chars, 0, chars.length) != DateParser.NOT_A_DATE;
  }

  /** Group titles are carried over the cells their merge spans, then joined with the titles below them. */
  static List<String> joinHeader(List<List<@Nullable String>> rows) {
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    List<String> headers = new ArrayList<>();
    String[] carried = new String[rows.size()];
    for (int c = 0; c < width; c++) {
      List<String> parts = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        List<@Nullable String> row = rows.get(r);
        String value = c < row.size() && row.get(c) != null ? row.get(c).strip() : "";
        boolean last = r == rows.size() - 1;
        if (!value.isEmpty()) {
          carried[r] = value;
          for (int below = r + 1; below < rows.size(); below++) {
            carried[below] = null;
          }
        } else if (!last && carried[r] != null) {
          value = carried[r];
        }
        if (!value.isEmpty() && !parts.contains(value)) {
          parts.add(value);
        }
      }
      headers.add(String.join(" - ", parts));
    }
    while (headers.size() > 1 && headers.getLast().isEmpty()) {
      headers.removeLast();
    }
    return List.copyOf(headers);
  }

  @Override
  public List<String> headers() {
    return headers;
  }

  @Override
  public List<@Nullable ColumnType> nativeTypes() {
    return Collections.nCopies(headers.size(), null);
  }

  @Override
  public long totalBytes() {
    return totalBytes;
  }

  @Override
  public RowReader open() throws IOException, IngestionException {
    Workbook workbook = workbook(file);
    try {
      Sheet sheet = sheet(workbook, sheetName);
      Iterator<Row> rows = sheet.iterator();
      int skipped = 0;
      while (skipped < headerRows && rows.hasNext()) {
        List<@Nullable String> values = values(rows.next());
        if (values.stream().anyMatch(v -> v != null && !v.isBlank())) {
          skipped++;
        }
      }
      return new Pass(workbook, rows, totalBytes, lastRow(sheet));
    } catch (IngestionException e) {
      workbook.close();
      throw e;
    } catch (RuntimeException e) {
      workbook.close();
      throw malformed(e);
    }
  }

  /** The last row the sheet declares (its dimension, written before the rows), or 0 when unknown. */
  private static int lastRow(Sheet sheet) {
    try {
      return Math.max(0, sheet.getLastRowNum());
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static Workbook workbook(Path file) throws IngestionException {
    try {
      return StreamingReader.builder().rowCacheSize(256).bufferSize(16_384).open(file.toFile());
    } catch (RuntimeException e) {
      throw malformed(e);
    }
  }

  private static Sheet sheet(Workbook workbook, @Nullable String name) throws IngestionException {
    if (name == null) {
      return workbook.getSheetAt(0);
    }
    Sheet sheet;
    try {
      sheet = workbook.getSheet(name);
    } catch (RuntimeException e) {
      // The streaming reader throws rather than answering null for an unknown name.
      sheet = null;
    }
    if (sheet == null) {
      List<String> names = new ArrayList<>();
      workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
      throw new IngestionException(IngestionException.Code.INVALID_OPTIONS,
          Message.of("xlsx.noSuchSheet", name, names));
    }
    return sheet;
  }

  private static IngestionException malformed(RuntimeException e) {
    return new IngestionException(IngestionException.Code.MALFORMED_FILE,
        Message.of("xlsx.unreadable"), e);
  }

  static List<@Nullable String> values(Row row) {
    List<@Nullable String> values = new ArrayList<>();
    for (Cell cell : row) {
      int c = cell.getColumnIndex();
      while (values.size() <= c) {
        values.add(null);
      }
      values.set(c, text(cell));
    }
    return values;
  }

  /** The cell as text: ISO for dates, plain digits for numbers, true/false for booleans, null for blanks. */
  static @Nullable String text(Cell cell) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> cell.getBooleanCellValue() ? "true" : "false";
      case NUMERIC -> {
        if (DateUtil.isCellDateFormatted(cell)) {
          LocalDateTime value = cell.getLocalDateTimeCellValue();
          yield value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString() : value.toString();
        }
        double value = cell.getNumericCellValue();
        if (value != Math.rint(value) || Math.abs(value) >= 1e15) {
          yield BigDecimal.valueOf(value).toPlainString();
        }
        // a code kept as a number shown with its leading zeros (format 00000: 1004 shown 01004) is the code
        String digits = Long.toString((long) value);
        String format = zeroPadding(cell);
        yield value >= 0 && format.length() > digits.length()
            ? format.substring(digits.length()) + digits : digits;
      }
      // a formula's error (#DIV/0!, #N/A) as its text: refused with its line in a number column, never a silent null
      case ERROR -> errorText(cell);
      default -> null;
    };
  }

  /** The cell's number format when it only pads with zeros ({@code 00000}), else empty. */
  private static String zeroPadding(Cell cell) {
    try {
      String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
      return format != null && format.matches("0{2,}") ? format : "";
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static String errorText(Cell cell) {
    try {
      return org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString();
    } catch (RuntimeException e) {
      // the streaming reader keeps the error's text (#DIV/0!) rather than its code
      try {
        String text = cell.getStringCellValue();
        int hash = text == null ? -1 : text.indexOf('#');
        return hash < 0 ? "#ERREUR" : text.substring(hash).strip();
      } catch (RuntimeException again) {
        return "#ERREUR";
      }
    }
  }

  private static final class Pass implements RowReader {
    private final Workbook workbook;
    private final Iterator<Row> rows;
    private final long totalBytes;
    private final int lastRow;
    private int row;
    private boolean done;

    Pass(Workbook workbook, Iterator<Row> rows, long totalBytes, int lastRow) {
      this.workbook = workbook;
      this.rows = rows;
      this.totalBytes = totalBytes;
      this.lastRow = lastRow;
    }

    @Override
    public boolean next(CellSink sink) throws IngestionException {
      try {
        while (rows.hasNext()) {
          Row current = rows.next();
          row = current.getRowNum();
          boolean any = false;
          for (Cell cell : current) {
            String value = text(cell);
            if (value != null && !value.isBlank()) {
              if (!any) {
                sink.startRow(current.getRowNum() + 1L);
                any = true;
              }
              sink.text(cell.getColumnIndex(), value);
            }
          }
          if (any) {
            sink.endRow();
            return true;
          }
        }
        done = true;
        return false;
      } catch (RuntimeException e) {
        throw malformed(e);
      }
    }

    @Override
    public long bytesRead() {
      // The library reads the compressed sheet itself: the bytes are estimated from the rows the sheet declares.
      if (done) {
        return totalBytes;
      }
      return lastRow == 0 ? 0 : totalBytes * Math.min(row, lastRow) / lastRow;
    }

    @Override
    public void close() throws IOException {
      workbook.close();
    }
  }
}
