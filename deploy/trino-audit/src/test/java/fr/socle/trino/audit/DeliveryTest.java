package fr.socle.trino.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeliveryTest {
  private HttpServer sink;
  private final List<String> stored = new CopyOnWriteArrayList<>();
  private final AtomicInteger refusalsLeft = new AtomicInteger();
  private final AtomicInteger calls = new AtomicInteger();

  @BeforeEach
  void startSink() throws Exception {
    sink = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    sink.createContext("/trino/events", exchange -> {
      calls.incrementAndGet();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      if (refusalsLeft.getAndDecrement() > 0) {
        exchange.sendResponseHeaders(503, -1); // the decision point could not store it
      } else {
        stored.add(body);
        exchange.sendResponseHeaders(200, -1);
      }
      exchange.close();
    });
    sink.start();
  }

  @AfterEach
  void stopSink() {
    sink.stop(0);
  }

  private Delivery delivery(int retryCount, int maxPending) {
    URI uri = URI.create("http://127.0.0.1:" + sink.getAddress().getPort() + "/trino/events");
    return new Delivery(new Settings(uri, true, true, retryCount, Duration.ofMillis(20), 2, Duration.ofMillis(100),
        Duration.ofSeconds(5), maxPending));
  }

  /** One event, then the wait until it is delivered or dropped. */
  private static void sendAndWait(Delivery delivery, String event) throws InterruptedException {
    delivery.submit(event.getBytes(StandardCharsets.UTF_8), "q1");
    delivery.drain(Duration.ofSeconds(10));
  }

  @Test
  void anEventRefusedWhileTheSinkCannotStoreItIsRetriedUntilStored() throws Exception {
    refusalsLeft.set(3);
    try (Delivery delivery = delivery(5, 100)) {
      sendAndWait(delivery, "{\"n\":1}");

      assertThat(stored).containsExactly("{\"n\":1}");
      assertThat(calls.get()).isEqualTo(4);
      assertThat(delivery.delivered()).isEqualTo(1);
      assertThat(delivery.dropped()).isZero();
    }
  }

  @Test
  void anEventIsDroppedAndCountedOnceItsRetriesRunOut() throws Exception {
    refusalsLeft.set(1000);
    try (Delivery delivery = delivery(2, 100)) {
      sendAndWait(delivery, "{}");

      assertThat(calls.get()).isEqualTo(3); // the first attempt and two retries
      assertThat(delivery.pending()).isZero();
      assertThat(delivery.dropped()).isEqualTo(1);
      assertThat(stored).isEmpty();
    }
  }

  @Test
  void aSinkThatDoesNotAnswerIsRetriedLikeARefusal() throws Exception {
    URI nobody;
    try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      nobody = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/trino/events");
    } // closed: connections to it are refused
    try (Delivery delivery = new Delivery(new Settings(nobody, true, true, 1, Duration.ofMillis(10), 2,
        Duration.ofMillis(50), Duration.ofSeconds(2), 10))) {
      sendAndWait(delivery, "{}");

      assertThat(delivery.dropped()).isEqualTo(1);
      assertThat(delivery.pending()).isZero();
    }
  }

  @Test
  void beyondTheWaitingLimitEventsAreDroppedRatherThanHeldInMemory() throws Exception {
    refusalsLeft.set(1000); // every event keeps waiting for its retries
    try (Delivery delivery = delivery(50, 2)) {
      for (int i = 0; i < 5; i++) {
        delivery.submit("{}".getBytes(StandardCharsets.UTF_8), "q" + i);
      }

      assertThat(delivery.dropped()).isEqualTo(3);
      assertThat(delivery.pending()).isEqualTo(2);
    }
  }
}
