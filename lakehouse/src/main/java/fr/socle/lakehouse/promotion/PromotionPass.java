package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.ingest.ColumnBatch;
import fr.socle.lakehouse.ingest.ColumnarFileWriter;
import fr.socle.lakehouse.ingest.WriterSettings;
import fr.socle.policies.occultation.CellAggregator;
import fr.socle.policies.occultation.CommuneLocator;
import fr.socle.policies.occultation.GateVerdict;
import fr.socle.policies.occultation.OccultationPlan;
import fr.socle.policies.occultation.PublicationGate;
import fr.socle.policies.occultation.QuasiIdentifierGroups;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.BooleanSupplier;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.MetricsConfig;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Table;
import org.apache.iceberg.io.FileIO;
import org.apache.iceberg.io.LocationProvider;
import org.jspecify.annotations.Nullable;

/**
 * One promotion's single pass: a reading thread decodes the source snapshot into batches; the calling thread
 * applies the plan, gives record ids and feeds every published row to the gate; the Parquet writer and each text
 * export have a thread of their own and see every batch. The gate's verdict comes at the end, with the files
 * written; committing them (or deleting them) is the caller's business. Small-group suppression adds a first,
 * lighter pass that counts groups over the quasi-identifiers.
 */
final class PromotionPass {
  /** What the pass needs: the source snapshot, the layout, and where files go. */
  record Inputs(Table source, long snapshotId, OutputLayout layout, Schema writeSchema, FileIO io,
      LocationProvider dataLocations, String exportsPrefix, String baseName, byte[] recordIdKey, RecordIds ids,
      CommuneLocator communes, OccultationPlan gatePlan, int batchRows, boolean exports,
      int @Nullable [] digestColumns, PromotionProgress progress, BooleanSupplier cancelled) {}

  /** What it made. {@code cells} is set for an aggregation. */
  record Result(List<DataFile> files, GateVerdict verdict, long rowsRead, long rowsWritten, long suppressed,
      List<ExportFile> exports, CellAggregator.@Nullable Result cells) {}

  private static final ColumnBatch END = new ColumnBatch(List.of(), 1);
  private static final int PROGRESS_EVERY = 1 << 16;

  private final Inputs in;
  private final OutputLayout layout;
  private volatile @Nullable Throwable failure;

  private PromotionPass(Inputs in) {
    this.in = in;
    this.layout = in.layout();
  }

  static Result run(Inputs in) throws IOException, InterruptedException {
    return new PromotionPass(in).run();
  }

  private Result run() throws IOException, InterruptedException {
    SnapshotReader reader = new SnapshotReader(in.source(), in.snapshotId(), layout.sourceColumns);
    long total = reader.estimatedRows();
    PublicationGate gate = new PublicationGate(in.gatePlan(), layout.gateColumns(), layout.scdlSchema);
    QuasiIdentifierGroups groups = null;
    if (layout.plan.smallGroupSuppression().isPresent()) {
      in.progress().phase(PromotionProgress.Phase.COUNTING_GROUPS);
      groups = countGroups(reader, gate, total);
    }
    in.progress().phase(PromotionProgress.Phase.WRITING);
    List<Consumer> consumers = new ArrayList<>();
    ColumnarFileWriter parquet = new ColumnarFileWriter(in.io(), in.dataLocations(), in.writeSchema(),
        WriterSettings.ONE_FILE, MetricsConfig.getDefault(), java.util.Set.of(OutputColumn.RecordId.NAME));
    List<TextExport> exports = in.exports() ? exports() : List.of();
    BlockingQueue<OutputBatch> free = new ArrayBlockingQueue<>(4);
    for (int i = 0; i < 4; i++) {
      free.add(new OutputBatch(layout.outputTypes(), in.batchRows()));
    }
    GateFeeder gateFeeder = new GateFeeder(gate, layout.columns.size() - 1);
    if (!layout.aggregates()) {
      consumers.add(new Consumer("gate", free, gateFeeder::accept));
    }
    consumers.add(new Consumer("parquet", free, batch -> parquet.write(batch.values)));
    for (TextExport export : exports) {
      export.start();
      consumers.add(new Consumer(export.format.code(), free, export::write));
    }
    consumers.forEach(Consumer::start);
    boolean done = false;
    long rowsRead = 0;
    long rowsWritten = 0;
    CellPublisher cells = null;
    RowPublisher rows = null;
    try {
      BlockingQueue<ColumnBatch> sourceFull = new ArrayBlockingQueue<>(3);
      Thread reading = startReader(reader, sourceFull);
      try {
        if (layout.aggregates()) {
          cells = new CellPublisher(layout, in.recordIdKey(), in.communes());
        } else {
          rows = new RowPublisher(layout, in.ids(), new RowHasher(layout.hashColumns, in.recordIdKey()), groups,
              in.communes());
          if (in.digestColumns() != null) {
            rows.digestOf(in.digestColumns());
          }
        }
        long reported = 0;
        while (true) {
          ColumnBatch batch = sourceFull.take();
          if (batch == END) {
            break;
          }
          rethrow();
          if (in.cancelled().getAsBoolean()) {
            throw new InterruptedException("promotion cancelled");
          }
          rowsRead += batch.size();
          if (cells != null) {
            cells.accept(batch);
          } else {
            OutputBatch out = free.take();
            rows.publish(batch, out);
            rowsWritten += out.size();
            dispatch(out, consumers);
          }
          recycle(batch);
          if (rowsRead - reported >= PROGRESS_EVERY) {
            in.progress().rows(rowsRead, rowsWritten, total);
            reported = rowsRead;
          }
        }
        reading.join();
        rethrow();
      } finally {
        if (reading.isAlive()) {
          reading.interrupt();
          reading.join();
        }
      }
      if (cells != null) {
        long[] written = {0};
        cells.publish(in.ids(), gate, () -> take(free), out -> {
          written[0] += out.size();
          dispatch(out, consumers);
        });
        rowsWritten = written[0];
      }
      in.progress().rows(rowsRead, rowsWritten, total);
      in.progress().phase(PromotionProgress.Phase.EXPORTING);
      for (Consumer consumer : consumers) {
        consumer.finish();
      }
      for (Consumer consumer : consumers) {
        consumer.join();
      }
      rethrow();
      List<DataFile> files = parquet.finish();
      List<ExportFile> made = new ArrayList<>();
      for (TextExport export : exports) {
        made.add(export.finish());
        if (export instanceof JsonExport json && json.geojson() != null) {
          made.add(json.geojson().finish());
        }
      }
      if (in.exports()) {
        made.add(copyParquet(files, rowsWritten));
      }
      done = true;
      return new Result(files, gate.verdict(), rowsRead, rowsWritten, rows == null ? 0 : rows.suppressed(), made,
          cells == null ? null : cells.result());
    } finally {
      if (!done) {
        consumers.forEach(Consumer::stop);
        parquet.abort();
        exports.forEach(TextExport::abort);
      } else {
        parquet.close();
      }
    }
  }

  private QuasiIdentifierGroups countGroups(SnapshotReader reader, PublicationGate gate, long total)
      throws IOException, InterruptedException {
    QuasiIdentifierGroups counts = new QuasiIdentifierGroups(layout.plan.smallGroupSuppression().orElseThrow());
    RowPublisher publisher = new RowPublisher(layout, in.ids(), new RowHasher(new int[0], in.recordIdKey()), null,
        in.communes());
    OutputBatch scratch = new OutputBatch(layout.outputTypes(), in.batchRows());
    long[] read = {0};
    reader.read(new ColumnBatch(reader.types(), in.batchRows()), batch -> {
      publisher.countGroups(batch, scratch, counts);
      read[0] += batch.size();
      in.progress().rows(read[0], 0, total);
      batch.clear();
      return batch;
    });
    return counts;
  }

  private List<TextExport> exports() {
    List<String> names = layout.columns.stream().map(OutputColumn::name).toList();
    List<TextExport> exports = new ArrayList<>();
    exports.add(new CsvExport(target(ExportFile.Format.CSV), names, layout.outputTypes()));
    GeoJsonExport geojson = GeoJsonExport.source(layout).map(source -> new GeoJsonExport(
        target(ExportFile.Format.GEOJSON), names, layout.outputTypes(), source)).orElse(null);
    exports.add(new JsonExport(target(ExportFile.Format.JSON), names, layout.outputTypes(), geojson));
    return exports;
  }

  private TextExport.ExportTarget target(ExportFile.Format format) {
    String location = exportLocation(format);
    return new TextExport.ExportTarget(location, () -> ExportStorage.createUnchecked(in.io(), location));
  }

  private String exportLocation(ExportFile.Format format) {
    return in.exportsPrefix() + in.baseName() + "." + format.extension();
  }

  /** The Parquet export is the version's data file itself, copied beside the other exports. */
  private ExportFile copyParquet(List<DataFile> files, long rows) throws IOException {
    String location = exportLocation(ExportFile.Format.PARQUET);
    if (files.size() != 1) {
      throw new IOException("a promotion writes one data file, found " + files.size());
    }
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long bytes = 0;
    try (InputStream source = new DigestInputStream(in.io().newInputFile(files.getFirst().location()).newStream(),
        digest); OutputStream target = ExportStorage.create(in.io(), location)) {
      byte[] buffer = new byte[1 << 20];
      int n;
      while ((n = source.read(buffer)) > 0) {
        target.write(buffer, 0, n);
        bytes += n;
      }
    }
    return new ExportFile(ExportFile.Format.PARQUET, location, bytes, HexFormat.of().formatHex(digest.digest()), rows);
  }

  private Thread startReader(SnapshotReader reader, BlockingQueue<ColumnBatch> full) {
    BlockingQueue<ColumnBatch> freeSource = new ArrayBlockingQueue<>(3);
    for (int i = 0; i < 2; i++) {
      freeSource.add(new ColumnBatch(reader.types(), in.batchRows()));
    }
    this.freeSource = freeSource;
    return Thread.ofPlatform().name("socle-promotion-reader").daemon().start(() -> {
      try {
        reader.read(new ColumnBatch(reader.types(), in.batchRows()), batch -> {
          full.put(batch);
          return freeSource.take();
        });
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Throwable e) {
        failure = e;
      } finally {
        try {
          full.put(END);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });
  }

  private @Nullable BlockingQueue<ColumnBatch> freeSource;

  private void recycle(ColumnBatch batch) {
    batch.clear();
    if (freeSource != null) {
      freeSource.offer(batch);
    }
  }

  private static OutputBatch take(BlockingQueue<OutputBatch> free) {
    try {
      OutputBatch batch = free.take();
      batch.clear();
      return batch;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private void dispatch(OutputBatch out, List<Consumer> consumers) {
    out.holders.set(consumers.size());
    for (Consumer consumer : consumers) {
      consumer.queue.add(out);
    }
  }

  private void rethrow() throws IOException {
    Throwable f = failure;
    if (f != null) {
      switch (f) {
        case IOException io -> throw io;
        case RuntimeException runtime -> throw runtime;
        case Error error -> throw error;
        default -> throw new IOException(f);
      }
    }
  }

  /**
   * Feeds every published row to the gate, on a thread of its own, in the order the rows are written: the gate sees
   * exactly what the data file and the exports get, in the same pass.
   */
  private static final class GateFeeder {
    private final PublicationGate gate;
    private final GateRow view;

    GateFeeder(PublicationGate gate, int columns) {
      this.gate = gate;
      this.view = new GateRow(columns);
    }

    void accept(OutputBatch batch) {
      view.batch = batch;
      for (int r = 0; r < batch.size(); r++) {
        view.row = r;
        gate.accept(view);
      }
    }
  }

  /** One published row as the gate reads it: the columns after the record id. */
  private static final class GateRow extends java.util.AbstractList<@Nullable CharSequence> {
    private final int size;
    private @Nullable OutputBatch batch;
    int row;

    GateRow(int size) {
      this.size = size;
    }

    @Override
    public @Nullable CharSequence get(int index) {
      return batch.gateText(index + 1, row);
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** A writer of the published rows on a thread of its own. */
  private final class Consumer {
    private static final OutputBatch FINISH = new OutputBatch(List.of(), 1);

    @FunctionalInterface
    interface Action {
      void write(OutputBatch batch) throws IOException;
    }

    final BlockingQueue<OutputBatch> queue = new java.util.concurrent.LinkedBlockingQueue<>();
    private final BlockingQueue<OutputBatch> free;
    private final Action action;
    private final Thread thread;

    Consumer(String name, BlockingQueue<OutputBatch> free, Action action) {
      this.free = free;
      this.action = action;
      this.thread = Thread.ofPlatform().name("socle-promotion-" + name).daemon().unstarted(this::loop);
    }

    void start() {
      thread.start();
    }

    void finish() {
      queue.add(FINISH);
    }

    void stop() {
      thread.interrupt();
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void join() throws InterruptedException {
      thread.join();
    }

    private void loop() {
      try {
        while (true) {
          OutputBatch batch = queue.take();
          if (batch == FINISH) {
            return;
          }
          if (failure == null) {
            try {
              action.write(batch);
            } catch (Throwable e) {
              failure = e;
            }
          }
          if (batch.holders.decrementAndGet() == 0) {
            batch.clear();
            free.add(batch);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
