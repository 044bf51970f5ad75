package fr.socle.lakehouse.demo;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a delimited text file is written, as French producers' tools write them: charset (UTF-8, with or without
 * BOM, or Windows-1252 from a spreadsheet export), field delimiter, decimal separator, date pattern
 * ({@link java.time.format.DateTimeFormatter} syntax) and line ending. Fields are quoted with {@code "} only when
 * they need it (delimiter, quote or line break inside).
 */
public record CsvDialect(
    Charset charset, boolean byteOrderMark, char delimiter, char decimalSeparator, String datePattern,
    String lineEnding) {

  /** Excel's « CSV UTF-8 » export in French: BOM, semicolon, decimal comma, CRLF; ISO dates. */
  public static final CsvDialect EXCEL_UTF8_FR =
      new CsvDialect(StandardCharsets.UTF_8, true, ';', ',', "yyyy-MM-dd", "\r\n");
  /** Excel's plain « CSV (séparateur : point-virgule) » export on Windows: Windows-1252, decimal comma, CRLF. */
  public static final CsvDialect EXCEL_WINDOWS_1252_FR =
      new CsvDialect(Charset.forName("windows-1252"), false, ';', ',', "yyyy-MM-dd", "\r\n");
  /** The SCDL's recommended dialect: UTF-8 without BOM, comma, decimal point, ISO dates, LF. */
  public static final CsvDialect SCDL =
      new CsvDialect(StandardCharsets.UTF_8, false, ',', '.', "yyyy-MM-dd", "\n");
  /** A business application's export: UTF-8, semicolon, decimal point, ISO dates, LF. */
  public static final CsvDialect UTF8_SEMICOLON =
      new CsvDialect(StandardCharsets.UTF_8, false, ';', '.', "yyyy-MM-dd", "\n");
  /** A French business application's export: UTF-8, semicolon, decimal comma, dates as dd/MM/yyyy, LF. */
  public static final CsvDialect UTF8_FRENCH_DATES =
      new CsvDialect(StandardCharsets.UTF_8, false, ';', ',', "dd/MM/yyyy", "\n");

  public CsvDialect {
    requireNonNull(charset, "charset");
    requireNonNull(datePattern, "datePattern");
    requireNonNull(lineEnding, "lineEnding");
    if (delimiter == decimalSeparator) {
      throw new IllegalArgumentException("the delimiter cannot also be the decimal separator");
    }
    if (byteOrderMark && !charset.name().startsWith("UTF")) {
      throw new IllegalArgumentException("a byte order mark needs a Unicode charset, not " + charset);
    }
  }
}
