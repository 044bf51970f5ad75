package fr.socle.lakehouse.ingest;

/**
 * Guesses a column's type from sampled values, the way a French agent would read them: numbers with a leading zero
 * (postcodes, SIRET) and columns whose name says code, SIRET, INSEE, phone, id... stay text; oui/non is a boolean;
 * a decimal comma makes a number; dd/mm/yyyy makes a date. One instance per column.
 */
final class TypeInference {
  private final NumberParser numbers = new NumberParser();
  private boolean canBoolean = true;
  private boolean canLong = true;
  private boolean canDouble = true;
  private boolean canDate = true;
  private boolean canTimestamp = true;
  private long values;

  void accept(char[] buf, int off, int len) {
    values++;
    if (canBoolean && BooleanParser.parse(buf, off, len) == BooleanParser.NOT_A_BOOLEAN) {
      canBoolean = false;
    }
    if (canLong && !numbers.parseLong(buf, off, len, true)) {
      canLong = false;
    }
    if (canDouble && !numbers.parseDouble(buf, off, len, true)) {
      canDouble = false;
    }
    if (canDate && DateParser.parseDate(buf, off, len) == DateParser.NOT_A_DATE) {
      canDate = false;
    }
    if (canTimestamp && DateParser.parseTimestamp(buf, off, len) == DateParser.NOT_A_TIMESTAMP) {
      canTimestamp = false;
    }
  }

  void accept(String value) {
    char[] chars = value.toCharArray();
    accept(chars, 0, chars.length);
  }

  ColumnType type(String columnName) {
    if (values == 0) {
      return ColumnType.STRING;
    }
    if (canBoolean) {
      return ColumnType.BOOLEAN;
    }
    if (ColumnNames.namesACode(columnName)) {
      return ColumnType.STRING;
    }
    if (canLong) {
      return ColumnType.LONG;
    }
    if (canDouble) {
      return ColumnType.DOUBLE;
    }
    if (canDate) {
      return ColumnType.DATE;
    }
    if (canTimestamp) {
      return ColumnType.TIMESTAMP;
    }
    return ColumnType.STRING;
  }
}
