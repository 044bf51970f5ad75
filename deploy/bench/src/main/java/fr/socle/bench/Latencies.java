package fr.socle.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/** A closed-loop load: N clients share a number of calls, each timed; the result gives rate and percentiles. */
public final class Latencies {
  /** One call; false (or an exception) counts as an error, timed all the same. */
  public interface Call {
    boolean run(int index) throws Exception;
  }

  /** The figures, and what the first failed call threw (null if none threw): an error count alone explains nothing. */
  public record Result(int calls, long errors, double callsPerSecond, double p50, double p95, double p99,
      @Nullable String firstError) {
    public String describe() {
      String figures = String.format(Locale.ROOT,
          "%6d calls %4d errors %8.1f calls/s  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms",
          calls, errors, callsPerSecond, p50, p95, p99);
      return firstError == null ? figures : figures + "  (first error: " + firstError + ")";
    }
  }

  private Latencies() {}

  public static Result measure(int clients, int calls, Call call) throws Exception {
    List<Long> nanos = Collections.synchronizedList(new ArrayList<>(calls));
    AtomicInteger next = new AtomicInteger();
    AtomicLong errors = new AtomicLong();
    AtomicReference<@Nullable String> firstError = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> {
        for (int i; (i = next.getAndIncrement()) < calls; ) {
          long t0 = System.nanoTime();
          try {
            if (!call.run(i)) {
              errors.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, e.toString());
          }
          nanos.add(System.nanoTime() - t0);
        }
        return null;
      }));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return new Result(sorted.size(), errors.get(), sorted.size() / seconds, ms(sorted, 0.50), ms(sorted, 0.95),
        ms(sorted, 0.99), firstError.get());
  }

  private static double ms(List<Long> sorted, double quantile) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(quantile * sorted.size()))) / 1e6;
  }
}
