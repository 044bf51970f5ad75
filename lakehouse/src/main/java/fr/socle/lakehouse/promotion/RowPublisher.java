package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.ingest.ColumnBatch;
import fr.socle.policies.occultation.CommuneLocator;
import fr.socle.policies.occultation.CoordinateForm;
import fr.socle.policies.occultation.CoordinateGeneralisation;
import fr.socle.policies.occultation.QuasiIdentifierGroups;
import fr.socle.policies.occultation.RowTransformer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Makes published rows from source rows, one batch at a time: applies each column's rule, drops the rows of groups
 * smaller than k (when the plan suppresses small groups), and gives each row its record id. The gate reads every
 * published row of the batch next, on its own thread (see {@link PromotionPass}). Single-threaded; the order of rows
 * is the source's.
 */
final class RowPublisher {
  private static final int MEMO = 4096;
  private static final int MEMO_MAX_LENGTH = 64;

  private final OutputLayout layout;
  private final RecordIds ids;
  private final RowHasher hasher;
  private final @Nullable QuasiIdentifierGroups groups;
  private final int[] quasiIdentifiers;
  private final CommuneLocator communes;
  private final ValueTexts texts = new ValueTexts();
  private final RuleMemo[] memos;
  private final byte[] idBuffer = new byte[40];
  private int @Nullable [] digestColumns;
  private long suppressed;

  /**
   * @param groups the groups counted over the whole table in a first pass, when the plan suppresses small groups
   */
  RowPublisher(OutputLayout layout, RecordIds ids, RowHasher hasher, @Nullable QuasiIdentifierGroups groups,
      CommuneLocator communes) {
    this.layout = layout;
    this.ids = ids;
    this.hasher = hasher;
    this.groups = groups;
    this.communes = communes;
    this.quasiIdentifiers = layout.plan.smallGroupSuppression()
        .map(s -> s.quasiIdentifiers().stream().mapToInt(q -> indexOf(layout, q)).toArray()).orElse(new int[0]);
    this.memos = new RuleMemo[layout.columns.size()];
    for (int c = 0; c < memos.length; c++) {
      memos[c] = new RuleMemo();
    }
  }

  /** With a record key: the output columns whose values tell a changed row (those the previous version had). */
  void digestOf(int[] columns) {
    this.digestColumns = columns.clone();
  }

  /** Rows left out by small-group suppression so far. */
  long suppressed() {
    return suppressed;
  }

  void publish(ColumnBatch source, OutputBatch out) {
    out.clear();
    int rows = source.size();
    for (int c = 1; c < layout.columns.size(); c++) {
      fill(layout.columns.get(c), c, source, out, rows);
    }
    out.values.setSize(rows);
    int[] sourceRow = null;
    if (groups != null) {
      boolean[] keep = new boolean[rows];
      int kept = 0;
      for (int r = 0; r < rows; r++) {
        keep[r] = groups.keeps(quasiIdentifierKey(out, r));
        kept += keep[r] ? 1 : 0;
      }
      if (kept < rows) {
        sourceRow = out.retainRows(keep);
        suppressed += rows - kept;
        rows = kept;
      }
    }
    for (int r = 0; r < rows; r++) {
      long hash = hasher.hash(source, sourceRow == null ? r : sourceRow[r]);
      int digest = digestColumns == null ? 0 : RowHasher.digest(out.values, digestColumns, r);
      int end = ids.next(hash, digest, idBuffer, 0);
      out.values.setBytes(0, r, idBuffer, 0, end);
    }
  }

  /** Counts one batch's groups over the quasi-identifiers (first pass of small-group suppression). */
  void countGroups(ColumnBatch source, OutputBatch scratch, QuasiIdentifierGroups counts) {
    scratch.clear();
    int rows = source.size();
    for (int q : quasiIdentifiers) {
      if (q > 0) {
        fill(layout.columns.get(q), q, source, scratch, rows);
      }
    }
    scratch.values.setSize(rows);
    for (int r = 0; r < rows; r++) {
      counts.accept(quasiIdentifierKey(scratch, r));
    }
  }

  private List<@Nullable CharSequence> quasiIdentifierKey(OutputBatch out, int r) {
    List<@Nullable CharSequence> key = new ArrayList<>(quasiIdentifiers.length);
    for (int q : quasiIdentifiers) {
      key.add(q > 0 && !out.isNull(q, r) ? new String(out.textBytes(q), out.textStart(q, r), out.textLength(q, r),
          StandardCharsets.UTF_8) : null);
    }
    return key;
  }

  private static int indexOf(OutputLayout layout, String column) {
    for (int c = 1; c < layout.columns.size(); c++) {
      if (layout.columns.get(c).name().equals(column)) {
        return c;
      }
    }
    return -1;
  }

  private void fill(OutputColumn column, int c, ColumnBatch source, OutputBatch out, int rows) {
    switch (column) {
      case OutputColumn.Copy copy -> copy(copy.source(), c, source, out, rows);
      case OutputColumn.Empty empty -> {
        for (int r = 0; r < rows; r++) {
          out.values.setNull(c, r);
        }
      }
      case OutputColumn.Grid grid -> snap(grid, c, source, out, rows);
      case OutputColumn.Rule rule -> transform(rule, c, source, out, rows);
      case OutputColumn.RecordId id -> throw new IllegalStateException("record ids are given after the columns");
      case OutputColumn.Cell cell -> throw new IllegalStateException("cells are published by CellPublisher");
    }
  }

  private void copy(int s, int c, ColumnBatch source, OutputBatch out, int rows) {
    ColumnBatch values = out.values;
    for (int r = 0; r < rows; r++) {
      if (source.isNull(s, r)) {
        values.setNull(c, r);
        continue;
      }
      switch (source.type(s)) {
        case STRING -> values.setBytes(c, r, source.bytes(s), source.start(s, r), source.length(s, r));
        case LONG -> {
          values.setLong(c, r, source.getLong(s, r));
          texts.writeLong(out, c, r, source.getLong(s, r));
        }
        case TIMESTAMP -> {
          values.setLong(c, r, source.getLong(s, r));
          texts.writeTimestamp(out, c, r, source.getLong(s, r));
        }
        case DOUBLE -> {
          values.setDouble(c, r, source.getDouble(s, r));
          texts.writeDouble(out, c, r, source.getDouble(s, r));
        }
        case DATE -> {
          values.setInt(c, r, source.getInt(s, r));
          texts.writeDate(out, c, r, source.getInt(s, r));
        }
        case BOOLEAN -> {
          values.setBoolean(c, r, source.getBoolean(s, r));
          texts.writeBoolean(out, c, r, source.getBoolean(s, r));
        }
        case GEOMETRY -> {
          values.setBytes(c, r, source.bytes(s), source.start(s, r), source.length(s, r));
          texts.writeGeometry(out, c, r, source.bytes(s), source.start(s, r), source.length(s, r));
        }
      }
    }
  }

  private void snap(OutputColumn.Grid grid, int c, ColumnBatch source, OutputBatch out, int rows) {
    int s = grid.source();
    for (int r = 0; r < rows; r++) {
      if (source.isNull(s, r)) {
        out.values.setNull(c, r);
        continue;
      }
      double v = number(source, s, r);
      double snapped = switch (grid.form()) {
        case LATITUDE -> CoordinateGeneralisation.snapLatitude(v, grid.metres());
        case LONGITUDE -> {
          if (grid.latitude() >= 0 && !source.isNull(grid.latitude(), r)) {
            yield CoordinateGeneralisation.snapLongitude(v, number(source, grid.latitude(), r), grid.metres());
          }
          // No latitude for the row: the policies' default latitude sets the cell width.
          yield Double.parseDouble(CoordinateGeneralisation.apply(Double.toString(v), CoordinateForm.LONGITUDE,
              grid.metres(), null).orElseThrow());
        }
        case PROJECTED -> CoordinateGeneralisation.snapProjected(v, grid.metres());
        default -> throw new IllegalStateException("not a numeric coordinate form: " + grid.form());
      };
      out.values.setDouble(c, r, snapped);
      texts.writeDouble(out, c, r, snapped);
    }
  }

  private static double number(ColumnBatch source, int s, int r) {
    return source.type(s) == fr.socle.lakehouse.ingest.ColumnType.LONG ? source.getLong(s, r)
        : source.getDouble(s, r);
  }

  private void transform(OutputColumn.Rule rule, int c, ColumnBatch source, OutputBatch out, int rows) {
    int s = rule.source();
    RuleMemo memo = memos[c];
    for (int r = 0; r < rows; r++) {
      String value = texts.string(source, s, r);
      if (value == null) {
        out.values.setNull(c, r);
        continue;
      }
      Double latitude = null;
      if (rule.latitude() >= 0 && !source.isNull(rule.latitude(), r)) {
        latitude = number(source, rule.latitude(), r);
      }
      byte[] result = latitude == null ? memo.get(value) : null;
      if (result == null) {
        String transformed = RowTransformer.apply(rule.rule(), value, rule.context(), latitude, communes);
        result = transformed == null ? RuleMemo.NULL : transformed.getBytes(StandardCharsets.UTF_8);
        if (latitude == null) {
          memo.put(value, result);
        }
      }
      if (result == RuleMemo.NULL) {
        out.values.setNull(c, r);
      } else {
        out.values.setBytes(c, r, result, 0, result.length);
      }
    }
  }

  /** Recent short inputs of a rule and what it made of them, direct-mapped. */
  private static final class RuleMemo {
    static final byte[] NULL = new byte[0];
    private final String[] keys = new String[MEMO];
    private final byte[][] results = new byte[MEMO][];

    byte @Nullable [] get(String value) {
      if (value.length() > MEMO_MAX_LENGTH) {
        return null;
      }
      int slot = value.hashCode() & (MEMO - 1);
      return value.equals(keys[slot]) ? results[slot] : null;
    }

    void put(String value, byte[] result) {
      if (value.length() <= MEMO_MAX_LENGTH) {
        int slot = value.hashCode() & (MEMO - 1);
        keys[slot] = value;
        results[slot] = result;
      }
    }
  }
}
