package fr.socle.lakehouse.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.NewDataset;
import fr.socle.policies.access.Visibility;
import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.Status;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.OccultationPlan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The job queue and its runner, with decisions from a fake store and a clock the test moves: a queued job
 * promotes and logs its progress; a deferred decision is promoted the day its date passes; failures are retried
 * with backoff up to the last attempt; a job whose runner died is queued again; a decision that withholds retracts;
 * a retracted dataset waits for a data officer.
 */
class JobsIT {
  private static PromotionFixture fixture;
  private static Catalogue catalogue;
  private static final Map<String, VersionedDecision> DECISIONS = new ConcurrentHashMap<>();
  private static final MovableClock CLOCK = new MovableClock();
  private static final List<PromotionJobs.Job> FINISHED = new ArrayList<>();
  private static PromotionRunner runner;
  private static PromotionJobs jobs;

  @BeforeAll
  static void start() throws Exception {
    fixture = new PromotionFixture("jobs");
    catalogue = new Catalogue(fixture.jdbc, fixture.internal, Clock.systemUTC());
    for (String table : List.of("chargee", "differee", "retiree", "fuite", "resserree")) {
      fixture.createReports(table);
      register(table);
    }
    jobs = new PromotionJobs(fixture.jdbc, CLOCK);
    Promotions promotions = new Promotions(fixture.internal, fixture.open, fixture.jdbc, CLOCK,
        Promotions.Settings.DEFAULTS);
    runner = new PromotionRunner(jobs, promotions, catalogue, id -> {
      VersionedDecision decision = DECISIONS.get(id);
      if (decision != null && decision.decidedBy().equals("panne")) {
        throw new IllegalStateException("magasin des décisions indisponible");
      }
      return Optional.ofNullable(decision);
    }, CLOCK, ZoneId.of("Europe/Paris"), "test-node", (job, outcome, decision) -> FINISHED.add(job));
  }

  @AfterAll
  static void stop() throws Exception {
    if (fixture != null) {
      runner.close();
      for (String table : List.of("chargee", "differee", "retiree", "fuite", "resserree")) {
        String id = fixture.id(table);
        fixture.jdbc.update("DELETE FROM catalog.dataset_event WHERE dataset_id = ?", id);
        fixture.jdbc.update("DELETE FROM catalog.dataset_column WHERE dataset_id = ?", id);
        fixture.jdbc.update("DELETE FROM catalog.dataset WHERE id = ?", id);
      }
      fixture.close();
    }
  }

  /**
   * Each test starts with no decision known and an empty queue, an hour ahead of the real time: the stack's portal
   * runs a promotion worker on the same queue, with the real clock, and would otherwise claim a job due now between
   * the test's enqueueing it and running it.
   */
  @BeforeEach
  void fresh() {
    CLOCK.set(Instant.now().plus(Duration.ofHours(1)));
    DECISIONS.clear();
    fixture.jdbc.update("UPDATE publication.job SET state = 'failed' WHERE state IN ('queued', 'running')");
  }

  @Test
  void aQueuedJobPromotesAndItsLogShowsRowsAndOutcome() {
    String id = fixture.id("chargee");
    DECISIONS.put(id, PromotionFixture.afterOccultation(1, PromotionFixture.reportsPlan()));

    PromotionJobs.Job queued = jobs.enqueue(id, PromotionJobs.Trigger.LOAD, PromotionRunner.SYSTEM);
    PromotionJobs.Job again = jobs.enqueue(id, PromotionJobs.Trigger.LOAD, PromotionRunner.SYSTEM);
    assertThat(again.id()).isEqualTo(queued.id());
    assertThat(runner.runNext(() -> false)).isTrue();

    PromotionJobs.Job done = jobs.find(queued.id()).orElseThrow();
    assertThat(done.state()).isEqualTo(PromotionJobs.State.SUCCEEDED);
    assertThat(done.version()).isEqualTo(1);
    assertThat(done.rowsRead()).isEqualTo(20_000);
    assertThat(done.rowsWritten()).isEqualTo(20_000);
    assertThat(done.attestationId()).isNotNull();
    assertThat(done.message()).contains("version 1 publiée");
    assertThat(runner.runNext(() -> false)).isFalse();
    assertThat(runner.reconcile()).isZero();

    fixture.promotions.publications();
    assertThat(FINISHED).anySatisfy(job -> assertThat(job.id()).isEqualTo(queued.id()));
  }

  @Test
  void aDeferredDecisionIsPromotedTheDayItsDatePasses() throws Exception {
    String id = fixture.id("differee");
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    OccultationPlan plan = PromotionFixture.reportsPlan();
    DECISIONS.put(id, new VersionedDecision(1, new Decision(Status.DEFERRED, List.of(LegalBasis.L311_2), plan, null,
        today.plusDays(2), "document préparatoire", today.plusYears(1), "dora", today), Instant.now(), "dora"));

    assertThat(runner.reconcile()).isZero();
    assertThat(fixture.openTableExists("differee")).isFalse();

    CLOCK.set(today.plusDays(2).atTime(0, 5).atZone(ZoneId.of("Europe/Paris")).toInstant());
    assertThat(runner.reconcile()).isEqualTo(1);
    PromotionJobs.Job job = jobs.ofDataset(id, 1).getFirst();
    assertThat(job.trigger()).isEqualTo(PromotionJobs.Trigger.DEFERRED);
    assertThat(runner.runNext(() -> false)).isTrue();

    assertThat(jobs.find(job.id()).orElseThrow().state()).isEqualTo(PromotionJobs.State.SUCCEEDED);
    assertThat(fixture.publicCount("differee")).isEqualTo(20_000);
  }

  @Test
  void failuresAreRetriedWithBackoffUntilTheLastAttempt() {
    String id = fixture.id("retiree");
    DECISIONS.put(id, new VersionedDecision(1, PromotionFixture.afterOccultation(1, PromotionFixture.reportsPlan())
        .decision(), Instant.now(), "panne"));
    PromotionJobs.Job job = jobs.enqueue(id, PromotionJobs.Trigger.LOAD, PromotionRunner.SYSTEM);

    assertThat(runner.runNext(() -> false)).isTrue();
    PromotionJobs.Job retried = jobs.find(job.id()).orElseThrow();
    assertThat(retried.state()).isEqualTo(PromotionJobs.State.QUEUED);
    assertThat(retried.attempts()).isEqualTo(1);
    assertThat(Duration.between(CLOCK.instant(), retried.nextAttemptAt()).toMillis()).isBetween(29_900L, 30_100L);
    assertThat(runner.runNext(() -> false)).as("not due yet").isFalse();

    for (int attempt = 2; attempt <= PromotionJobs.MAX_ATTEMPTS; attempt++) {
      CLOCK.advance(Duration.ofHours(1));
      assertThat(runner.runNext(() -> false)).isTrue();
    }
    PromotionJobs.Job failed = jobs.find(job.id()).orElseThrow();
    assertThat(failed.state()).isEqualTo(PromotionJobs.State.FAILED);
    assertThat(failed.attempts()).isEqualTo(PromotionJobs.MAX_ATTEMPTS);
    assertThat(failed.message()).contains("abandon après 5 tentatives");
  }

  @Test
  void aJobWhoseRunnerDiedIsQueuedAgain() {
    String id = fixture.id("differee") + "-fantome";
    PromotionJobs.Job job = jobs.enqueue(id, PromotionJobs.Trigger.MANUAL, "dora");
    fixture.jdbc.update("UPDATE publication.job SET state = 'running', owner = 'autre-noeud', attempts = 1,"
        + " heartbeat_at = ? WHERE id = ?", CLOCK.instant().minus(Duration.ofMinutes(10)), job.id());

    assertThat(jobs.requeueStale(Duration.ofMinutes(2))).isEqualTo(1);

    PromotionJobs.Job requeued = jobs.find(job.id()).orElseThrow();
    assertThat(requeued.state()).isEqualTo(PromotionJobs.State.QUEUED);
    assertThat(requeued.message()).contains("reprise");
    fixture.jdbc.update("DELETE FROM publication.job WHERE id = ?", job.id());
  }

  @Test
  void aWithholdingDecisionRetractsAndARetractedDatasetWaitsForADataOfficer() throws Exception {
    String id = publishedByHand("retiree", 2);

    DECISIONS.put(id, PromotionFixture.decision(3, Status.NOT_COMMUNICABLE, OccultationPlan.nothing()));
    assertThat(runner.reconcile()).isEqualTo(1);
    runner.runNext(() -> false);
    assertThat(fixture.promotions.publications().find(id).orElseThrow().isPublic()).isFalse();
    assertThat(fixture.openTableExists("retiree")).isFalse();

    DECISIONS.put(id, PromotionFixture.afterOccultation(3, PromotionFixture.reportsPlan()));
    PromotionJobs.Job automatic = jobs.enqueue(id, PromotionJobs.Trigger.LOAD, PromotionRunner.SYSTEM);
    runner.runNext(() -> false);
    assertThat(jobs.find(automatic.id()).orElseThrow().state()).isEqualTo(PromotionJobs.State.SKIPPED);
    assertThat(fixture.openTableExists("retiree")).isFalse();

    PromotionJobs.Job manual = jobs.enqueue(id, PromotionJobs.Trigger.MANUAL, "dora");
    runner.runNext(() -> false);
    assertThat(jobs.find(manual.id()).orElseThrow()).satisfies(job -> assertThat(job.state()).as(job.message())
        .isEqualTo(PromotionJobs.State.SUCCEEDED));
    assertThat(fixture.publicCount("retiree")).isEqualTo(20_000);
    // the versions before were dropped with the table: nothing to count against, and reusers are told so
    ChangeEntry republished = fixture.promotions.publications().changelog(id).getFirst();
    assertThat(republished.summary()).startsWith("Version 2 : 20000 enregistrements ; les versions précédentes ont"
        + " été supprimées");
    assertThat(republished.rowsAdded()).isNull();
  }

  /** A leak was published under a decision's plan: no one republishes it with that plan; a data officer decides. */
  @Test
  void aLeakWaitsForANewDecisionEvenAskedByHand() throws Exception {
    String id = publishedByHand("fuite", 1);
    fixture.promotions.retract(id, PublishedDataset.Reason.LEAK, "téléphones dans les descriptions", "dora", 1);

    PromotionJobs.Job manual = jobs.enqueue(id, PromotionJobs.Trigger.MANUAL, "dora");
    runner.runNext(() -> false);
    assertThat(jobs.find(manual.id()).orElseThrow()).satisfies(job -> {
      assertThat(job.state()).isEqualTo(PromotionJobs.State.SKIPPED);
      assertThat(job.message()).contains("fuite", "nouvelle décision");
    });
    assertThat(fixture.openTableExists("fuite")).isFalse();
    // the data officers' queue learns of it: a leak under decision 1
    assertThat(fixture.promotions.publications().leakRetractions()).filteredOn(l -> l.publicationId().equals(id))
        .singleElement().satisfies(leak -> {
          assertThat(leak.sourceDatasetId()).isEqualTo(id);
          assertThat(leak.decisionVersion()).isEqualTo(1);
          assertThat(leak.note()).isEqualTo("téléphones dans les descriptions");
        });

    DECISIONS.put(id, PromotionFixture.afterOccultation(2, PromotionFixture.reportsPlan()));
    PromotionJobs.Job decided = jobs.enqueue(id, PromotionJobs.Trigger.DECISION, PromotionRunner.SYSTEM);
    runner.runNext(() -> false);
    assertThat(jobs.find(decided.id()).orElseThrow().state()).isEqualTo(PromotionJobs.State.SUCCEEDED);
    assertThat(fixture.publicCount("fuite")).isEqualTo(20_000);
    assertThat(fixture.promotions.publications().leakRetractions()).noneMatch(l -> l.publicationId().equals(id));
  }

  /**
   * A new decision drops a column the published versions held as it was (the address): those versions go, files
   * included, and the new one is published.
   */
  @Test
  void aDecisionThatOccultsAPublishedColumnWithdrawsTheVersionsThatHeldIt() throws Exception {
    String id = publishedByHand("resserree", 1);
    List<ColumnRule> rules = new java.util.ArrayList<>(PromotionFixture.reportsPlan().columns());
    rules.replaceAll(r -> r.column().equals("adresse") ? new ColumnRule.Drop("adresse") : r);
    DECISIONS.put(id, PromotionFixture.afterOccultation(2, new OccultationPlan(rules)));

    PromotionJobs.Job decided = jobs.enqueue(id, PromotionJobs.Trigger.DECISION, PromotionRunner.SYSTEM);
    runner.runNext(() -> false);

    assertThat(jobs.find(decided.id()).orElseThrow().state()).isEqualTo(PromotionJobs.State.SUCCEEDED);
    Publications publications = fixture.promotions.publications();
    assertThat(publications.version(id, 1).orElseThrow().state()).isEqualTo(PublishedVersion.State.PURGED);
    assertThat(publications.version(id, 1).orElseThrow().exports()).isEmpty();
    PublishedVersion current = publications.latest(id).orElseThrow();
    assertThat(current.version()).isEqualTo(2);
    assertThat(current.state()).isEqualTo(PublishedVersion.State.PUBLISHED);
    assertThat(fixture.publicCount("resserree")).isEqualTo(20_000);
    assertThat(publications.find(id).orElseThrow().isPublic()).isTrue();
  }

  /** The table's reports published by a data officer's promotion, under a decision of that version. */
  private static String publishedByHand(String table, int decisionVersion) throws Exception {
    String id = fixture.id(table);
    DECISIONS.put(id, PromotionFixture.afterOccultation(decisionVersion, PromotionFixture.reportsPlan()));
    jobs.enqueue(id, PromotionJobs.Trigger.MANUAL, "dora");
    runner.runNext(() -> false);
    assertThat(fixture.publicCount(table)).isEqualTo(20_000);
    return id;
  }

  private static void register(String table) {
    Dataset.Metadata metadata = new Dataset.Metadata("Test " + table, "", "voirie", "dora", null, List.of(),
        "etalab-2.0", null, null, null, null, null);
    fixture.jdbc.inTransaction(connection -> catalogue.register(connection, new NewDataset(fixture.id(table),
        fixture.namespace, table, metadata, Visibility.CONFIDENTIAL, false), "dora"));
  }

  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    private volatile Instant now = Instant.now();

    void set(Instant value) {
      now = value;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      MovableClock clock = this;
      return new Clock() {
        @Override
        public ZoneId getZone() {
          return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
          return clock.withZone(other);
        }

        @Override
        public Instant instant() {
          return clock.instant();
        }
      };
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
