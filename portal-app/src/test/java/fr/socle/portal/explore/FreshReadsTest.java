package fr.socle.portal.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FreshReadsTest {

  /** What a retraction needs: a call sees every change committed before it began, however the reads are shared. */
  @Test
  void noCallerGetsAValueReadBeforeItAsked() throws Exception {
    AtomicLong committed = new AtomicLong();
    AtomicInteger reads = new AtomicInteger();
    FreshReads<String, Long> fresh = new FreshReads<>(key -> {
      reads.incrementAndGet();
      long seen = committed.get();
      sleep(2);
      return seen;
    });
    Thread writer = Thread.ofVirtual().start(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        committed.incrementAndGet();
        sleep(1);
      }
    });
    List<Thread> callers = new ArrayList<>();
    List<String> stale = java.util.Collections.synchronizedList(new ArrayList<>());
    int calls = 0;
    for (int t = 0; t < 32; t++) {
      callers.add(Thread.ofVirtual().start(() -> {
        for (int i = 0; i < 50; i++) {
          long before = committed.get();
          long got = fresh.read("jeu");
          if (got < before) {
            stale.add(got + " < " + before);
          }
        }
      }));
      calls += 50;
    }
    for (Thread caller : callers) {
      caller.join();
    }
    writer.interrupt();

    assertThat(stale).isEmpty();
    // and the calls shared their reads: far fewer round trips than calls
    assertThat(reads.get()).isLessThan(calls / 4);
  }

  @Test
  void aFailedReadFailsItsCallersAndTheNextCallReadsAgain() {
    AtomicInteger reads = new AtomicInteger();
    FreshReads<String, String> fresh = new FreshReads<>(key -> {
      if (reads.incrementAndGet() == 1) {
        throw new IllegalStateException("base indisponible");
      }
      return key + " lu";
    });

    assertThatThrownBy(() -> fresh.read("jeu")).isInstanceOf(IllegalStateException.class)
        .hasMessage("base indisponible");
    assertThat(fresh.read("jeu")).isEqualTo("jeu lu");
  }

  @Test
  void keysAreReadApartAndNoneIsKeptOnceRead() throws Exception {
    ConcurrentHashMap<String, AtomicInteger> readsByKey = new ConcurrentHashMap<>();
    CountDownLatch bothReading = new CountDownLatch(2);
    FreshReads<String, String> fresh = new FreshReads<>(key -> {
      readsByKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      bothReading.countDown();
      try {
        bothReading.await(); // each key's read runs while the other's does: neither waits for the other
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return key.toUpperCase(java.util.Locale.ROOT);
    });
    Thread a = Thread.ofVirtual().start(() -> assertThat(fresh.read("a")).isEqualTo("A"));
    Thread b = Thread.ofVirtual().start(() -> assertThat(fresh.read("b")).isEqualTo("B"));
    a.join(5_000);
    b.join(5_000);

    assertThat(a.isAlive() || b.isAlive()).isFalse();
    assertThat(readsByKey).containsOnlyKeys("a", "b");
    // a read after the others is a read of its own: nothing is served from before it asked
    fresh.read("a");
    assertThat(readsByKey.get("a").get()).isEqualTo(2);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
