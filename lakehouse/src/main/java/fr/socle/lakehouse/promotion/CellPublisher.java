package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.ingest.ColumnBatch;
import fr.socle.lakehouse.ingest.ColumnType;
import fr.socle.policies.detection.ColumnContext;
import fr.socle.policies.occultation.Aggregation;
import fr.socle.policies.occultation.CellAggregator;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.CommuneLocator;
import fr.socle.policies.occultation.PublicationGate;
import fr.socle.policies.occultation.RowTransformer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Publishes cells instead of rows: each source row goes, after the plan's rules on the group-by columns (a birth
 * date to its year), into the policies' {@link CellAggregator}; at the end, the cells that meet the secrecy rule are
 * written, each with a record id made from its group-by values, and fed to the gate, which checks them again.
 */
final class CellPublisher {
  private final OutputLayout layout;
  private final Aggregation cells;
  private final CellAggregator aggregator;
  private final List<@Nullable ColumnRule> rules = new ArrayList<>();
  private final List<ColumnContext> contexts = new ArrayList<>();
  private final CommuneLocator communes;
  private final ValueTexts texts = new ValueTexts();
  private final SipHash sip;
  private long rowsIn;

  CellPublisher(OutputLayout layout, byte[] key, CommuneLocator communes) {
    this.layout = layout;
    this.cells = layout.aggregation;
    this.aggregator = new CellAggregator(cells, layout.sourceColumns);
    this.communes = communes;
    this.sip = new SipHash(key);
    for (String column : layout.sourceColumns) {
      rules.add(cells.groupBy().contains(column)
          ? layout.plan.rule(column).filter(ColumnRule::transforms).orElse(null) : null);
      contexts.add(new ColumnContext(column, layout.scdlSchema, layout.sourceColumns));
    }
  }

  void accept(ColumnBatch source) {
    int n = layout.sourceColumns.size();
    for (int r = 0; r < source.size(); r++) {
      List<@Nullable String> row = new ArrayList<>(n);
      for (int c = 0; c < n; c++) {
        String value = texts.string(source, c, r);
        ColumnRule rule = rules.get(c);
        row.add(rule == null || value == null ? value
            : RowTransformer.apply(rule, value, contexts.get(c), null, communes));
      }
      aggregator.accept(row);
      rowsIn++;
    }
  }

  long rowsIn() {
    return rowsIn;
  }

  CellAggregator.Result result() {
    return aggregator.result();
  }

  /** Writes the publishable cells into batches handed to {@code emit}, checking each with the gate. */
  void publish(RecordIds ids, PublicationGate gate, java.util.function.Supplier<OutputBatch> batches,
      Consumer<OutputBatch> emit) {
    OutputBatch out = batches.get();
    byte[] idBuffer = new byte[40];
    for (List<String> cell : aggregator.publishableCells()) {
      int r = out.size();
      out.values.startRow();
      for (int i = 0; i < cell.size(); i++) {
        put(out, i + 1, r, cell.get(i));
      }
      int groupBy = cells.groupBy().size();
      for (int i = 0; i < groupBy; i++) {
        String value = cell.get(i);
        sip.add(value == null ? 0 : RowHasher.bytes(bytes(value), 0, bytes(value).length));
      }
      int end = ids.next(sip.finish(), idBuffer, 0);
      out.values.setBytes(0, r, idBuffer, 0, end);
      out.values.endRow();
      gate.accept(cell);
      if (out.values.full()) {
        emit.accept(out);
        out = batches.get();
      }
    }
    if (out.size() > 0) {
      emit.accept(out);
    }
  }

  private void put(OutputBatch out, int c, int r, @Nullable String text) {
    if (text == null || text.isEmpty()) {
      out.values.setNull(c, r);
      return;
    }
    ColumnType type = out.type(c);
    try {
      switch (type) {
        case LONG -> {
          long v = Long.parseLong(text.strip());
          out.values.setLong(c, r, v);
          texts.writeLong(out, c, r, v);
        }
        case DOUBLE -> {
          double v = Double.parseDouble(text.strip().replace(',', '.'));
          out.values.setDouble(c, r, v);
          texts.writeDouble(out, c, r, v);
        }
        case DATE -> {
          int days = (int) LocalDate.parse(text.strip()).toEpochDay();
          out.values.setInt(c, r, days);
          texts.writeDate(out, c, r, days);
        }
        case BOOLEAN -> {
          boolean v = Boolean.parseBoolean(text.strip());
          out.values.setBoolean(c, r, v);
          texts.writeBoolean(out, c, r, v);
        }
        default -> {
          byte[] b = bytes(text);
          out.values.setBytes(c, r, b, 0, b.length);
        }
      }
    } catch (RuntimeException unreadable) {
      out.values.setNull(c, r);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
