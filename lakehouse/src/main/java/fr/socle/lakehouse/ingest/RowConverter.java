package fr.socle.lakehouse.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

/**
 * Turns the cells of each row into typed values in a {@link ColumnBatch}, checking them on the way. A value that
 * does not fit a column whose type was inferred widens that column (the load then starts again); one that does not
 * fit a fixed type, or breaks a schema constraint, is a row error. After the first widening or error nothing more
 * is stored: the rest of the file is only checked, so that one pass finds every widening and every error.
 */
final class RowConverter implements CellSink {
  private static final Message BEYOND_HEADER = Message.of("row.beyondHeader");
  private static final Message REQUIRED = Message.of("row.required");

  /** Receives each full batch and gives back an empty one. */
  interface BatchHandler {
    ColumnBatch full(ColumnBatch batch) throws InterruptedException;
  }

  private final int columnCount;
  private final ColumnType[] types;
  private final ColumnPlan.Typing[] typing;
  private final String[] labels;
  private final @Nullable FieldRules[] rules;
  private final boolean[] required;
  private final boolean[] present;
  private final Set<String> missingValues;
  private final boolean onlyEmptyIsMissing;
  private final ErrorLog errors;
  private final NumberParser numbers = new NumberParser();
  private final BatchHandler handler;
  private @Nullable ColumnBatch batch;
  private boolean writing = true;
  private boolean widened;
  private long line;
  private long rows;
  private @Nullable InterruptedException interrupted;

  RowConverter(List<ColumnPlan> plans, Set<String> missingValues, ErrorLog errors, ColumnBatch first,
      BatchHandler handler) {
    this.columnCount = plans.size();
    this.types = new ColumnType[columnCount];
    this.typing = new ColumnPlan.Typing[columnCount];
    this.labels = new String[columnCount];
    this.rules = new FieldRules[columnCount];
    this.required = new boolean[columnCount];
    this.present = new boolean[columnCount];
    for (int c = 0; c < columnCount; c++) {
      ColumnPlan plan = plans.get(c);
      types[c] = plan.type();
      typing[c] = plan.typing();
      labels[c] = plan.label();
      rules[c] = plan.field() == null ? null : new FieldRules(plan.field());
      required[c] = plan.field() != null && plan.field().required();
    }
    this.missingValues = Set.copyOf(missingValues);
    this.onlyEmptyIsMissing = missingValues.isEmpty() || missingValues.equals(Set.of(""));
    this.errors = errors;
    this.batch = first;
    this.handler = handler;
  }

  /** The column types after this pass: the planned ones, widened where values did not fit. */
  List<ColumnType> types() {
    return List.of(types);
  }

  boolean widened() {
    return widened;
  }

  boolean writing() {
    return writing;
  }

  long rows() {
    return rows;
  }

  /** The batch being filled (its rows are the last, not yet handed over). */
  @Nullable ColumnBatch pending() {
    return writing ? batch : null;
  }

  void throwIfInterrupted() throws InterruptedException {
    if (interrupted != null) {
      throw interrupted;
    }
  }

  /** Stops storing: the pass will not be committed, but goes on checking the rest of the file. */
  void stopWriting() {
    writing = false;
    batch = null;
  }

  @Override
  public void startRow(long line) {
    this.line = line;
    Arrays.fill(present, false);
    if (writing) {
      batch.startRow();
    }
  }

  @Override
  public void text(int c, char[] buf, int off, int len) {
    if (isMissing(buf, off, len)) {
      return;
    }
    if (c >= columnCount) {
      error("", new String(buf, off, len), BEYOND_HEADER);
      return;
    }
    present[c] = true;
    FieldRules rule = rules[c];
    String text = null;
    if (rule != null && rule.needsText()) {
      text = new String(buf, off, len);
      Message reason = rule.check(text, line);
      if (reason != null) {
        error(labels[c], text, reason);
        return;
      }
    }
    boolean store = writing && batch.types[c] == types[c];
    int row = store ? batch.size : 0;
    switch (types[c]) {
      case STRING -> {
        if (store) {
          batch.putText(c, buf, off, len);
        }
      }
      case LONG -> {
        if (!numbers.parseLong(buf, off, len, typing[c] == ColumnPlan.Typing.INFERRED)) {
          misfit(c, buf, off, len);
        } else if (rule == null || bounded(c, rule, numbers.longValue, buf, off, len)) {
          if (store) {
            batch.longs[c][row] = numbers.longValue;
            batch.nulls[c][row] = false;
          }
        }
      }
      case DOUBLE -> {
        if (!numbers.parseDouble(buf, off, len, typing[c] == ColumnPlan.Typing.INFERRED)) {
          misfit(c, buf, off, len);
        } else if (rule == null || bounded(c, rule, numbers.doubleValue, buf, off, len)) {
          if (store) {
            batch.doubles[c][row] = numbers.doubleValue;
            batch.nulls[c][row] = false;
          }
        }
      }
      case DATE -> {
        int days = DateParser.parseDate(buf, off, len);
        if (days == DateParser.NOT_A_DATE) {
          misfit(c, buf, off, len);
        } else if (store) {
          batch.ints[c][row] = days;
          batch.nulls[c][row] = false;
        }
      }
      case TIMESTAMP -> {
        long micros = DateParser.parseTimestamp(buf, off, len);
        if (micros == DateParser.NOT_A_TIMESTAMP) {
          misfit(c, buf, off, len);
        } else if (store) {
          batch.longs[c][row] = micros;
          batch.nulls[c][row] = false;
        }
      }
      case BOOLEAN -> {
        int value = rule != null && rule.hasBooleanWords()
            ? rule.booleanValue(text != null ? text : new String(buf, off, len))
            : BooleanParser.parse(buf, off, len);
        if (value < 0) {
          misfit(c, buf, off, len);
        } else if (store) {
          batch.booleans[c][row] = value == 1;
          batch.nulls[c][row] = false;
        }
      }
      case GEOMETRY -> {
        Geometry geometry = geometry(new String(buf, off, len));
        Message problem = geometry == null ? null : geometryProblem(geometry);
        if (geometry == null) {
          misfit(c, buf, off, len);
        } else if (problem != null) {
          error(labels[c], new String(buf, off, len), problem);
        } else if (store) {
          batch.putBytes(c, new WKBWriter(2).write(geometry));
        }
      }
    }
  }

  @Override
  public void binary(int c, byte[] value) {
    if (c >= columnCount) {
      return;
    }
    present[c] = true;
    if (types[c] == ColumnType.GEOMETRY) {
      // WKB from a GeoJSON feature, a Parquet column or a point built from coordinates: stored only if it is a
      // shape spatial queries can use, in longitudes and latitudes
      Message problem;
      try {
        problem = geometryProblem(new WKBReader().read(value));
      } catch (ParseException | RuntimeException e) {
        problem = expected(ColumnType.GEOMETRY);
      }
      if (problem != null) {
        error(labels[c], null, problem);
        return;
      }
    }
    if (writing && batch.types[c] == types[c]) {
      if (types[c] == ColumnType.GEOMETRY || types[c] == ColumnType.STRING) {
        batch.putBytes(c, value);
      }
    }
  }

  /**
   * Why a geometry cannot be stored as it is, or null: an invalid shape (a polygon crossing itself, a ring not
   * closed) breaks every spatial query and scan on the table; coordinates beyond ±180° and ±90° are not longitudes
   * and latitudes (a projected file whose projection was not said).
   */
  static @Nullable Message geometryProblem(Geometry geometry) {
    if (!geometry.isValid()) {
      return Message.of("row.geometry.invalid");
    }
    Envelope box = geometry.getEnvelopeInternal();
    if (!box.isNull() && (box.getMinX() < -180 || box.getMaxX() > 180 || box.getMinY() < -90 || box.getMaxY() > 90)) {
      return Message.of("row.geometry.outOfBounds");
    }
    return null;
  }

  @Override
  public void number(int c, double value) {
    if (c >= columnCount || Double.isNaN(value)) {
      return;
    }
    if (types[c] != ColumnType.DOUBLE) {
      // a number for an integer or text column (a Parquet double appended to a whole-number column): read as the
      // text a CSV cell would give, so that it is converted, or refused with its line, never dropped as null
      text(c, value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
          : java.math.BigDecimal.valueOf(value).toPlainString());
      return;
    }
    present[c] = true;
    if (writing && batch.types[c] == ColumnType.DOUBLE && types[c] == ColumnType.DOUBLE) {
      batch.doubles[c][batch.size] = value;
      batch.nulls[c][batch.size] = false;
    }
  }

  @Override
  public void endRow() {
    for (int c = 0; c < columnCount; c++) {
      if (required[c] && !present[c]) {
        error(labels[c], null, REQUIRED);
      }
    }
    rows++;
    if (writing) {
      batch.size++;
      if (batch.full()) {
        try {
          batch = handler.full(batch);
        } catch (InterruptedException e) {
          interrupted = e;
          stopWriting();
        }
      }
    }
  }

  private boolean isMissing(char[] buf, int off, int len) {
    int end = off + len;
    int i = off;
    while (i < end && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\u00A0')) {
      i++;
    }
    if (i == end) {
      return true;
    }
    return !onlyEmptyIsMissing && missingValues.contains(new String(buf, off, len));
  }

  private boolean bounded(int c, FieldRules rule, double value, char[] buf, int off, int len) {
    if (!rule.hasBounds()) {
      return true;
    }
    Message reason = rule.checkBounds(value);
    if (reason != null) {
      error(labels[c], new String(buf, off, len), reason);
      return false;
    }
    return true;
  }

  private void misfit(int c, char[] buf, int off, int len) {
    ColumnType wider = typing[c] == ColumnPlan.Typing.FIXED ? types[c] : widen(types[c], buf, off, len);
    if (typing[c] == ColumnPlan.Typing.FIXED || typing[c] == ColumnPlan.Typing.KEPT && wider == ColumnType.STRING) {
      FieldRules rule = rules[c];
      Message reason = types[c] == ColumnType.BOOLEAN && rule != null && rule.hasBooleanWords()
          ? rule.booleanReason()
          : expected(types[c]);
      error(labels[c], new String(buf, off, len), reason);
      return;
    }
    types[c] = wider;
    widened = true;
    stopWriting();
  }

  /** The narrowest type above {@code type} that holds the value. */
  ColumnType widen(ColumnType type, char[] buf, int off, int len) {
    return switch (type) {
      case LONG -> numbers.parseDouble(buf, off, len, true) ? ColumnType.DOUBLE : ColumnType.STRING;
      case DATE -> DateParser.parseTimestamp(buf, off, len) != DateParser.NOT_A_TIMESTAMP
          ? ColumnType.TIMESTAMP
          : ColumnType.STRING;
      default -> ColumnType.STRING;
    };
  }

  static Message expected(ColumnType type) {
    return Message.of(switch (type) {
      case LONG -> "row.expected.long";
      case DOUBLE -> "row.expected.double";
      case DATE -> "row.expected.date";
      case TIMESTAMP -> "row.expected.timestamp";
      case BOOLEAN -> "row.expected.boolean";
      case GEOMETRY -> "row.expected.geometry";
      case STRING -> "row.expected.string";
    });
  }

  private void error(String field, @Nullable String value, Message reason) {
    errors.add(line, field, value, reason);
    stopWriting();
  }

  private static @Nullable Geometry geometry(String text) {
    String trimmed = text.strip();
    try {
      if (!trimmed.isEmpty() && Character.digit(trimmed.charAt(0), 16) >= 0 && trimmed.length() % 2 == 0) {
        return new WKBReader().read(WKBReader.hexToBytes(trimmed));
      }
      return new WKTReader().read(trimmed);
    } catch (ParseException | RuntimeException e) {
      return null;
    }
  }
}
