package fr.socle.lakehouse.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes rows in a {@link CsvDialect}, streaming: one row is held at a time. Characters the charset cannot encode
 * fail the write instead of turning into « ? », so a Windows-1252 file is really Windows-1252. Money is passed as
 * cents and coordinates as micro-degrees, so that numbers are formatted exactly and fast.
 */
final class CsvOutput implements AutoCloseable {
  private final Writer writer;
  private final CsvDialect dialect;
  private final DateTimeFormatter dates;
  private final StringBuilder row = new StringBuilder(512);
  private boolean firstField = true;

  CsvOutput(OutputStream out, CsvDialect dialect) throws IOException {
    this.dialect = dialect;
    this.dates = DateTimeFormatter.ofPattern(dialect.datePattern(), Locale.ROOT);
    this.writer = new BufferedWriter(new OutputStreamWriter(out, dialect.charset().newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    if (dialect.byteOrderMark()) {
      writer.write('\uFEFF');
    }
  }

  CsvOutput header(List<String> columns) throws IOException {
    for (String column : columns) {
      text(column);
    }
    return endRow();
  }

  /** A text field, quoted when it holds the delimiter, a quote or a line break. */
  CsvOutput text(String value) {
    separate();
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == dialect.delimiter() || c == '"' || c == '\n' || c == '\r';
    }
    if (quote) {
      row.append('"');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '"') {
          row.append('"');
        }
        row.append(c);
      }
      row.append('"');
    } else {
      row.append(value);
    }
    return this;
  }

  CsvOutput empty() {
    separate();
    return this;
  }

  CsvOutput integer(long value) {
    separate();
    row.append(value);
    return this;
  }

  /** Cents as euros with two decimals: 123456 → « 1234,56 » (or « 1234.56 »). */
  CsvOutput cents(long cents) {
    separate();
    Numbers.appendScaled(row, cents, 2, dialect.decimalSeparator());
    return this;
  }

  /** A value already scaled by 10^scale: micro-degrees with scale 6. */
  CsvOutput scaled(long value, int scale) {
    separate();
    Numbers.appendScaled(row, value, scale, dialect.decimalSeparator());
    return this;
  }

  CsvOutput date(LocalDate date) {
    separate();
    dates.formatTo(date, row);
    return this;
  }

  /** Appends raw characters to the current field (no quoting): for ISO timestamps built by the caller. */
  StringBuilder raw() {
    separate();
    return row;
  }

  CsvOutput endRow() throws IOException {
    row.append(dialect.lineEnding());
    writer.append(row);
    row.setLength(0);
    firstField = true;
    return this;
  }

  private void separate() {
    if (!firstField) {
      row.append(dialect.delimiter());
    }
    firstField = false;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
