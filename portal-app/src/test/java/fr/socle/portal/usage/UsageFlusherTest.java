package fr.socle.portal.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Counting, per day in Paris, and flushing into a store that only ever adds. */
class UsageFlusherTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  /** 23:30 UTC on 30 November is already 1 December in Paris. */
  private static final Instant LATE_EVENING_UTC = Instant.parse("2026-11-30T23:30:00Z");
  private static final LocalDate DECEMBER_1 = LocalDate.of(2026, 12, 1);

  private final FakeUsageStore store = new FakeUsageStore();
  private final UsageCounter counter = new UsageCounter(Clock.fixed(LATE_EVENING_UTC, ZoneOffset.UTC), PARIS);
  private final UsageFlusher flusher = new UsageFlusher(counter, store);

  @Test
  void usesAreSummedPerPublicationAndParisDayThenFlushedOnce() {
    counter.record("equipements", UsageKind.VIEW);
    counter.record("equipements", UsageKind.VIEW);
    counter.record("equipements", UsageKind.DOWNLOAD);
    counter.record("equipements", UsageKind.API_CALL);
    counter.record("budget-agrege", UsageKind.API_CALL);

    assertThat(flusher.flush()).isEqualTo(2);

    assertThat(store.of(DECEMBER_1, "equipements")).isEqualTo(new DailyUsage.Counts(2, 1, 1));
    assertThat(store.of(DECEMBER_1, "budget-agrege")).isEqualTo(new DailyUsage.Counts(0, 0, 1));
    assertThat(counter.isEmpty()).isTrue();
    assertThat(flusher.flush()).as("nothing new: no write at all").isZero();
    assertThat(store.flushes).isEqualTo(1);
  }

  @Test
  void twoPortalsFlushingTheSameDayAddUp() {
    UsageCounter other = new UsageCounter(Clock.fixed(LATE_EVENING_UTC, ZoneOffset.UTC), PARIS);
    counter.record("equipements", UsageKind.VIEW);
    other.record("equipements", UsageKind.VIEW);
    other.record("equipements", UsageKind.DOWNLOAD);

    flusher.flush();
    new UsageFlusher(other, store).flush();

    assertThat(store.of(DECEMBER_1, "equipements")).isEqualTo(new DailyUsage.Counts(2, 1, 0));
  }

  @Test
  void aFailedFlushKeepsItsCountsForTheNextOne() {
    counter.record("equipements", UsageKind.DOWNLOAD);
    store.down = true;

    assertThat(flusher.flush()).isZero();
    counter.record("equipements", UsageKind.DOWNLOAD);
    store.down = false;
    flusher.flush();

    assertThat(store.of(DECEMBER_1, "equipements")).isEqualTo(new DailyUsage.Counts(0, 2, 0));
  }

  @Test
  void usesCountedWhileFlushingAreNeitherLostNorCountedTwice() throws Exception {
    int threads = 4;
    int perThread = 20_000;
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean done = new AtomicBoolean();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        for (int i = 0; i < perThread; i++) {
          counter.record(i % 2 == 0 ? "a" : "b", UsageKind.VIEW);
        }
      });
      worker.start();
      workers.add(worker);
    }
    Thread flushing = new Thread(() -> {
      while (!done.get()) {
        flusher.flush();
      }
    });
    flushing.start();
    start.countDown();
    for (Thread worker : workers) {
      worker.join();
    }
    done.set(true);
    flushing.join();
    flusher.flush();

    long total = store.of(DECEMBER_1, "a").views() + store.of(DECEMBER_1, "b").views();
    assertThat(total).isEqualTo((long) threads * perThread);
  }

  @Test
  void theCounterStopsGrowingPastItsBoundButKeepsCountingKnownKeys() {
    for (int i = 0; i < UsageCounter.MAX_KEYS + 10; i++) {
      counter.record("jeu-" + i, UsageKind.VIEW);
    }
    counter.record("jeu-0", UsageKind.VIEW);

    flusher.flush();

    assertThat(store.of(DECEMBER_1, "jeu-0").views()).isEqualTo(2);
    assertThat(store.of(DECEMBER_1, "jeu-" + (UsageCounter.MAX_KEYS + 5)).views()).isZero();
  }
}
