package fr.socle.lakehouse.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.UnaryOperator;
import org.apache.iceberg.DataFile;
import org.jspecify.annotations.Nullable;

/**
 * One pass over a file: the calling thread reads and converts rows into column batches, a second thread encodes and
 * compresses them into Parquet, with three batches in rotation between them so memory stays flat. The pass either
 * returns the data files it wrote, or deletes them (on a widening, a row error or a failure).
 */
final class LoadPass {
  private static final int PROGRESS_EVERY = 1 << 16;
  /** Prints where each thread waited, to tune the pipeline (benchmarks set it). */
  private static final boolean TRACE = Boolean.getBoolean("socle.ingest.trace");

  /** What a pass made: files (empty unless committed rows), the types seen, and the errors. */
  record Outcome(List<DataFile> files, long rows, long bytesRead, List<ColumnType> types, boolean widened,
      ErrorLog errors) {}

  private LoadPass() {}

  static Outcome run(Source source, List<ColumnPlan> plans, Set<String> missingValues,
      ColumnarFileWriter writer, WriterSettings settings, UnaryOperator<CellSink> decorate,
      ProgressListener progress) throws IOException, IngestionException, InterruptedException {
    List<ColumnType> types = plans.stream().map(ColumnPlan::type).toList();
    BlockingQueue<ColumnBatch> free = new ArrayBlockingQueue<>(3);
    BlockingQueue<ColumnBatch> full = new ArrayBlockingQueue<>(3);
    free.add(new ColumnBatch(types, settings.batchRows()));
    free.add(new ColumnBatch(types, settings.batchRows()));
    ColumnBatch end = new ColumnBatch(List.of(), 1);
    WriterThread writing = new WriterThread(writer, free, full, end);
    Thread thread = Thread.ofPlatform().name("socle-ingest-writer").daemon().start(writing);
    ErrorLog errors = new ErrorLog();
    long[] submitted = {0};
    long[] readerWait = {0};
    long passStart = System.nanoTime();
    RowConverter converter = new RowConverter(plans, missingValues, errors,
        new ColumnBatch(types, settings.batchRows()), batch -> {
          if (writing.failure != null) {
            return batch.clearAndReturn();
          }
          submitted[0] += batch.size;
          full.put(batch);
          long waitStart = System.nanoTime();
          ColumnBatch next = free.take();
          readerWait[0] += System.nanoTime() - waitStart;
          return next;
        });
    boolean committed = false;
    long bytesRead = 0;
    try {
      try (RowReader reader = source.open()) {
        CellSink sink = decorate.apply(converter);
        while (reader.next(sink)) {
          if (converter.rows() % PROGRESS_EVERY == 0) {
            progress.progress(reader.bytesRead(), source.totalBytes(), submitted[0]);
            if (writing.failure != null) {
              break;
            }
          }
        }
        converter.throwIfInterrupted();
        bytesRead = reader.bytesRead();
      }
      ColumnBatch pending = converter.pending();
      if (pending != null && pending.size > 0 && writing.failure == null) {
        submitted[0] += pending.size;
        full.put(pending);
      }
      full.put(end);
      thread.join();
      if (writing.failure != null) {
        throw writing.failure;
      }
      if (TRACE) {
        System.err.printf("pass: %d ms, reader waited %d ms, writer waited %d ms%n",
            (System.nanoTime() - passStart) / 1_000_000, readerWait[0] / 1_000_000, writing.waited / 1_000_000);
      }
      if (converter.writing()) {
        List<DataFile> files = writer.finish();
        committed = true;
        progress.progress(bytesRead, source.totalBytes(), submitted[0]);
        return new Outcome(files, converter.rows(), bytesRead, converter.types(), false, errors);
      }
      return new Outcome(List.of(), converter.rows(), bytesRead, converter.types(), converter.widened(), errors);
    } finally {
      if (thread.isAlive()) {
        thread.interrupt();
        thread.join();
      }
      if (!committed) {
        writer.abort();
      } else {
        writer.close();
      }
    }
  }

  private static final class WriterThread implements Runnable {
    private final ColumnarFileWriter writer;
    private final BlockingQueue<ColumnBatch> free;
    private final BlockingQueue<ColumnBatch> full;
    private final ColumnBatch end;
    volatile @Nullable IOException failure;
    volatile long waited;

    WriterThread(ColumnarFileWriter writer, BlockingQueue<ColumnBatch> free, BlockingQueue<ColumnBatch> full,
        ColumnBatch end) {
      this.writer = writer;
      this.free = free;
      this.full = full;
      this.end = end;
    }

    @Override
    public void run() {
      try {
        while (true) {
          long waitStart = System.nanoTime();
          ColumnBatch batch = full.take();
          waited += System.nanoTime() - waitStart;
          if (batch == end) {
            return;
          }
          if (failure == null) {
            try {
              writer.write(batch);
            } catch (IOException e) {
              failure = e;
            } catch (UncheckedIOException e) {
              failure = e.getCause();
            } catch (RuntimeException e) {
              failure = new IOException(e);
            }
          }
          batch.clear();
          free.put(batch);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
