package fr.socle.lakehouse.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Writes rows in a {@link CsvDialect}, streaming: one row is held at a time. Characters the charset cannot encode
 * fail the write instead of turning into « ? », so a Windows-1252 file is really Windows-1252. Money is passed as
 * cents and coordinates as micro-degrees, so that numbers are formatted exactly and fast; UTF-8 rows are encoded
 * by {@link String#getBytes}, the JDK's fastest path, since the big table is written this way.
 */
final class CsvOutput implements AutoCloseable {
  private final OutputStream out;
  private final CsvDialect dialect;
  private final boolean utf8;
  private final CharsetEncoder encoder;
  private final DateTimeFormatter dates;
  private final StringBuilder row = new StringBuilder(512);
  private boolean firstField = true;

  CsvOutput(OutputStream out, CsvDialect dialect) throws IOException {
    this.out = new BufferedOutputStream(out, 1 << 16);
    this.dialect = dialect;
    this.utf8 = dialect.charset().equals(StandardCharsets.UTF_8);
    this.encoder = dialect.charset().newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.dates = DateTimeFormatter.ofPattern(dialect.datePattern(), Locale.ROOT);
    if (dialect.byteOrderMark()) {
      this.out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
  }

  /**
   * Writes a table held in memory: the header, then one row per element, whose cells {@code cells} appends (the row
   * is ended here). Returns the rows written.
   */
  static <T> long table(OutputStream out, CsvDialect dialect, List<Column> columns, Collection<T> rows,
      BiConsumer<CsvOutput, T> cells) throws IOException {
    try (CsvOutput csv = new CsvOutput(out, dialect)) {
      csv.header(Column.names(columns));
      for (T row : rows) {
        cells.accept(csv, row);
        csv.endRow();
      }
    }
    return rows.size();
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

  /** A text field, or an empty one for a missing value. */
  CsvOutput textOrEmpty(@Nullable String value) {
    return value == null ? empty() : text(value);
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
    switch (dialect.datePattern()) {
      case "yyyy-MM-dd" -> {
        row.append(date.getYear()).append('-');
        Numbers.appendTwoDigits(row, date.getMonthValue());
        row.append('-');
        Numbers.appendTwoDigits(row, date.getDayOfMonth());
      }
      case "dd/MM/yyyy" -> {
        Numbers.appendTwoDigits(row, date.getDayOfMonth());
        row.append('/');
        Numbers.appendTwoDigits(row, date.getMonthValue());
        row.append('/').append(date.getYear());
      }
      default -> dates.formatTo(date, row);
    }
    return this;
  }

  /** Appends raw characters to the current field (no quoting): for ISO timestamps built by the caller. */
  StringBuilder raw() {
    separate();
    return row;
  }

  CsvOutput endRow() throws IOException {
    row.append(dialect.lineEnding());
    if (utf8) {
      out.write(row.toString().getBytes(StandardCharsets.UTF_8));
    } else {
      try {
        ByteBuffer bytes = encoder.encode(CharBuffer.wrap(row));
        out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
      } catch (CharacterCodingException e) {
        throw new IOException("cannot encode in " + dialect.charset() + ": " + row, e);
      }
    }
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
    out.flush(); // the caller owns the stream
  }
}
