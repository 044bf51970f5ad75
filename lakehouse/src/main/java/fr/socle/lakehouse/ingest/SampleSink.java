package fr.socle.lakehouse.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads the first rows of a file to infer column types and to show a preview. */
final class SampleSink implements CellSink {
  private final int columnCount;
  private final int previewRows;
  private final TypeInference[] inference;
  private final List<List<@Nullable String>> preview = new ArrayList<>();
  private @Nullable String[] current;
  private long rows;

  SampleSink(int columnCount, int previewRows) {
    this.columnCount = columnCount;
    this.previewRows = previewRows;
    this.inference = new TypeInference[columnCount];
    for (int c = 0; c < columnCount; c++) {
      inference[c] = new TypeInference();
    }
  }

  @Override
  public void startRow(long line) {
    current = rows < previewRows ? new String[columnCount] : null;
  }

  @Override
  public void text(int column, char[] buffer, int offset, int length) {
    if (column >= columnCount || isBlank(buffer, offset, length)) {
      return;
    }
    inference[column].accept(buffer, offset, length);
    if (current != null) {
      current[column] = new String(buffer, offset, length);
    }
  }

  @Override
  public void binary(int column, byte[] value) {
    if (current != null && column < columnCount) {
      current[column] = value.length + " octets";
    }
  }

  @Override
  public void number(int column, double value) {
    if (current != null && column < columnCount && !Double.isNaN(value)) {
      current[column] = Double.toString(value);
    }
  }

  @Override
  public void endRow() {
    if (current != null) {
      preview.add(Arrays.asList(current));
    }
    rows++;
  }

  long rows() {
    return rows;
  }

  ColumnType inferred(int column, String name) {
    return inference[column].type(name);
  }

  List<List<@Nullable String>> preview() {
    return preview;
  }

  private static boolean isBlank(char[] buf, int off, int len) {
    for (int i = off; i < off + len; i++) {
      char c = buf[i];
      if (c != ' ' && c != '\t' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }
}
