package fr.socle.lakehouse.ingest;

/**
 * Where a reader pushes the cells of one row, in any order, then ends it. Text cells come as a slice of a buffer
 * the reader reuses: a sink copies what it keeps.
 */
interface CellSink {
  void startRow(long line);

  void text(int column, char[] buffer, int offset, int length);

  void binary(int column, byte[] value);

  void number(int column, double value);

  void endRow();

  default void text(int column, String value) {
    char[] chars = value.toCharArray();
    text(column, chars, 0, chars.length);
  }
}
