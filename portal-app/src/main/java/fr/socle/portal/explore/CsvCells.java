package fr.socle.portal.explore;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * CSV rows (RFC 4180 quoting) with spreadsheet formula neutralisation: a text cell starting with {@code = + - @},
 * a tab or a carriage return gets a leading apostrophe, so that opening the file in a spreadsheet never runs a
 * formula. Numbers are written by the caller as numbers and never touched.
 */
public final class CsvCells {
  private final Writer out;
  private final char delimiter;
  private final boolean neutralise;
  private final boolean quoteAll;

  public CsvCells(Writer out, char delimiter, boolean neutralise) {
    this(out, delimiter, neutralise, false);
  }

  /** @param quoteAll every text cell in quotes, not only those that need them; numbers stay bare */
  public CsvCells(Writer out, char delimiter, boolean neutralise, boolean quoteAll) {
    this.out = out;
    this.delimiter = delimiter;
    this.neutralise = neutralise;
    this.quoteAll = quoteAll;
  }

  public void row(List<@Nullable String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(delimiter);
      }
      String cell = cells.get(i);
      if (cell != null) {
        write(neutralise ? neutralised(cell) : cell, quoteAll);
      }
    }
    out.write("\r\n");
  }

  /** A number (or date, boolean) cell: never neutralised, quoted only if the delimiter is in it. */
  void raw(@Nullable String cell, boolean first) throws IOException {
    if (!first) {
      out.write(delimiter);
    }
    if (cell != null) {
      write(cell, false);
    }
  }

  void text(@Nullable String cell, boolean first) throws IOException {
    if (!first) {
      out.write(delimiter);
    }
    if (cell != null) {
      write(neutralise ? neutralised(cell) : cell, quoteAll);
    }
  }

  void end() throws IOException {
    out.write("\r\n");
  }

  /**
   * A text a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return
   * first) behind a leading {@code '}; any other text as it is.
   */
  public static String neutralised(String cell) {
    if (!cell.isEmpty()) {
      char c = cell.charAt(0);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
        return "'" + cell;
      }
    }
    return cell;
  }

  private void write(String cell, boolean always) throws IOException {
    boolean quote = always;
    for (int i = 0; i < cell.length() && !quote; i++) {
      char c = cell.charAt(i);
      if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
        quote = true;
        break;
      }
    }
    if (!quote) {
      out.write(cell);
      return;
    }
    out.write('"');
    out.write(cell.replace("\"", "\"\""));
    out.write('"');
  }
}
