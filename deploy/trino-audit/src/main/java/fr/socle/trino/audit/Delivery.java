package fr.socle.trino.audit;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Posts events to the decision point without holding up Trino: asynchronously, each retried with a growing delay
 * until the decision point stores it (a 2xx answer) or the retries run out. At most {@code maxPending} events wait
 * at once; beyond that, and after the last retry, an event is dropped and counted (the portal's reconciliation
 * records the completed queries the trail misses).
 */
final class Delivery implements AutoCloseable {
  private static final System.Logger log = System.getLogger(Delivery.class.getName());

  private final Settings settings;
  private final HttpClient client;
  private final ScheduledExecutorService retries;
  private final AtomicInteger pending = new AtomicInteger();
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();

  Delivery(Settings settings) {
    this.settings = settings;
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    this.retries = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "socle-audit-retry");
      thread.setDaemon(true);
      return thread;
    });
  }

  void submit(byte[] event, String queryId) {
    if (pending.incrementAndGet() > settings.maxPending()) {
      pending.decrementAndGet();
      drop(queryId, "too many events waiting for the decision point");
      return;
    }
    attempt(event, queryId, 0);
  }

  private void attempt(byte[] event, String queryId, int attempt) {
    HttpRequest request = HttpRequest.newBuilder(settings.ingestUri())
        .timeout(settings.requestTimeout())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(event))
        .build();
    client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
      if (failure == null && response.statusCode() / 100 == 2) {
        pending.decrementAndGet();
        delivered.incrementAndGet();
        return;
      }
      String why = failure != null ? failure.toString() : "HTTP " + response.statusCode();
      if (attempt >= settings.retryCount() || retries.isShutdown()) {
        pending.decrementAndGet();
        drop(queryId, why);
        return;
      }
      long delay = Math.min(settings.maxDelay().toMillis(),
          (long) (settings.retryDelay().toMillis() * Math.pow(settings.backoffBase(), attempt)));
      log.log(System.Logger.Level.DEBUG, "event of query {0} not delivered ({1}), retry {2} in {3} ms", queryId,
          why, attempt + 1, delay);
      try {
        retries.schedule(() -> attempt(event, queryId, attempt + 1), delay, TimeUnit.MILLISECONDS);
      } catch (RuntimeException rejected) { // shut down meanwhile
        pending.decrementAndGet();
        drop(queryId, why);
      }
    });
  }

  private void drop(String queryId, String why) {
    dropped.incrementAndGet();
    log.log(System.Logger.Level.WARNING, "audit event of query {0} dropped ({1}); the portal''s reconciliation "
        + "records the query once it has ended", queryId, why);
  }

  int pending() {
    return pending.get();
  }

  long delivered() {
    return delivered.get();
  }

  long dropped() {
    return dropped.get();
  }

  /** Waits up to the given time for the events under way to be delivered or dropped ({@link #close} stops them). */
  void drain(Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (pending.get() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }

  @Override
  public void close() {
    retries.shutdownNow();
    client.close();
  }
}
