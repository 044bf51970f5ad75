package fr.socle.portal.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {
  private final MutableClock clock = new MutableClock();

  @Test
  void anAnswerIsReusedUntilItsTimeToLive() {
    ResponseCache cache = new ResponseCache(clock, Duration.ofSeconds(60), 10, 1 << 20);
    AtomicInteger computed = new AtomicInteger();
    cache.get("k", () -> bytes(computed.incrementAndGet()));
    cache.get("k", () -> bytes(computed.incrementAndGet()));
    assertThat(computed).hasValue(1);
    clock.now = clock.now.plusSeconds(61);
    assertThat(cache.get("k", () -> bytes(computed.incrementAndGet())).body()).isEqualTo(bytes(2));
  }

  @Test
  void concurrentMissesComputeOnce() throws Exception {
    ResponseCache cache = new ResponseCache(clock, Duration.ofSeconds(60), 10, 1 << 20);
    AtomicInteger computed = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<ResponseCache.Entry>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      answers.add(pool.submit(() -> cache.get("k", () -> {
        computed.incrementAndGet();
        release.await();
        return bytes(1);
      })));
    }
    Thread.sleep(200);
    release.countDown();
    for (Future<ResponseCache.Entry> answer : answers) {
      assertThat(answer.get().body()).isEqualTo(bytes(1));
    }
    pool.shutdown();
    assertThat(computed).hasValue(1);
  }

  @Test
  void theCacheStaysWithinItsBounds() {
    ResponseCache cache = new ResponseCache(clock, Duration.ofSeconds(60), 3, 1 << 20);
    AtomicInteger computed = new AtomicInteger();
    for (String key : List.of("a", "b", "c", "d", "a")) {
      cache.get(key, () -> bytes(computed.incrementAndGet()));
    }
    assertThat(computed).hasValue(5);
  }

  private static byte[] bytes(int n) {
    return ("{\"n\":" + n + "}").getBytes();
  }

  private static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
