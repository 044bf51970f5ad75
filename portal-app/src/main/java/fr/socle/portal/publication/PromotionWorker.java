package fr.socle.portal.publication;

import fr.socle.lakehouse.promotion.PromotionJobs;
import fr.socle.lakehouse.promotion.PromotionRunner;
import fr.socle.lakehouse.promotion.Promotions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Runs promotion jobs on a thread of its own (a promotion of millions of rows must not hold the scheduler's
 * thread): at start, queues again the jobs this node was running when it stopped and cleans up interrupted
 * promotions; then runs due jobs one at a time, woken at once by a load, looking every few seconds otherwise; takes
 * over jobs whose runner stopped beating; and every hour (a minute past, local time) queues the datasets the open
 * tier is behind on, among them the deferred decisions whose date has come.
 */
@Component
@Profile("!cli")
class PromotionWorker implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(PromotionWorker.class);

  private final PromotionRunner runner;
  private final PromotionJobs jobs;
  private final Promotions promotions;
  private final PublicationSettings settings;
  private final Clock clock;
  private final Semaphore wake = new Semaphore(0);
  private volatile boolean stopping;
  private volatile Thread thread;
  private Instant nextReconcile = Instant.EPOCH;

  PromotionWorker(PromotionRunner runner, PromotionJobs jobs, Promotions promotions, PublicationSettings settings,
      Clock clock, LoadTrigger trigger, PublicationEvents events) {
    this.runner = runner;
    this.jobs = jobs;
    this.promotions = promotions;
    this.settings = settings;
    this.clock = clock;
    trigger.onQueued(this::wake);
    promotions.addListener(events);
  }

  void wake() {
    wake.release();
  }

  @Override
  public void start() {
    if (!settings.worker()) {
      return;
    }
    stopping = false;
    thread = Thread.ofPlatform().name("socle-promotion-worker").daemon().start(this::loop);
  }

  @Override
  public void stop() {
    stopping = true;
    Thread running = thread;
    if (running != null) {
      wake();
      try {
        running.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return thread != null && thread.isAlive();
  }

  private void loop() {
    try {
      int requeued = jobs.requeueOwnedBy(settings.node());
      if (requeued > 0) {
        log.info("{} promotion job(s) interrupted by the last stop queued again", requeued);
      }
      promotions.recoverAll();
    } catch (RuntimeException e) {
      log.warn("promotion recovery at start failed", e);
    }
    while (!stopping) {
      try {
        jobs.requeueStale(settings.staleAfter());
        reconcileWhenDue();
        if (!runner.runNext(() -> stopping)) {
          wake.tryAcquire(settings.poll().toMillis(), TimeUnit.MILLISECONDS);
          wake.drainPermits();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("promotion worker: {}", e.toString());
        sleepQuietly();
      }
    }
  }

  private void reconcileWhenDue() {
    Instant now = clock.instant();
    if (now.isBefore(nextReconcile)) {
      return;
    }
    int queued = runner.reconcile();
    if (queued > 0) {
      log.info("{} dataset(s) queued for promotion by the periodic check", queued);
    }
    ZonedDateTime local = now.atZone(settings.zone());
    nextReconcile = local.truncatedTo(ChronoUnit.HOURS).plusHours(1).plusMinutes(1).toInstant();
  }

  private void sleepQuietly() {
    try {
      Thread.sleep(settings.poll().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
