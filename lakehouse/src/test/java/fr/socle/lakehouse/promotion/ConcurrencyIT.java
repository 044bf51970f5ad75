package fr.socle.lakehouse.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.OccultationPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.expressions.Expressions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Promotions of one dataset at once are serialised by the advisory lock: the same snapshot twice gives one version
 * (the second finds it up to date); two decisions give two consecutive, consistent versions. A writer that goes
 * around the lock and commits in between is caught by Iceberg's optimistic commit: the promotion is refused, its
 * files deleted, the other commit kept.
 */
class ConcurrencyIT {
  private static PromotionFixture fixture;

  @BeforeAll
  static void start() throws Exception {
    fixture = new PromotionFixture("concurrent");
    fixture.createReports("meme_source");
    fixture.createReports("deux_decisions");
    fixture.createReports("course");
  }

  @AfterAll
  static void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void twoPromotionsOfTheSameSnapshotAtOnceMakeOneVersion() throws Exception {
    List<PromotionOutcome> outcomes = together(
        () -> fixture.promotions.promote(fixture.request("meme_source", PromotionFixture.reportsPlan(), 1),
            PromotionProgress.NONE),
        () -> otherEngine().promote(fixture.request("meme_source", PromotionFixture.reportsPlan(), 1),
            PromotionProgress.NONE));

    assertThat(outcomes).hasExactlyElementsOfTypes(outcomes.get(0) instanceof PromotionOutcome.Published
        ? new Class<?>[] {PromotionOutcome.Published.class, PromotionOutcome.UpToDate.class}
        : new Class<?>[] {PromotionOutcome.UpToDate.class, PromotionOutcome.Published.class});
    assertThat(fixture.promotions.publications().versions(fixture.id("meme_source"))).hasSize(1);
    assertThat(fixture.openTable("meme_source").snapshots()).hasSize(1);
  }

  @Test
  void twoDecisionsPromotedAtOnceMakeTwoConsecutiveConsistentVersions() throws Exception {
    OccultationPlan withoutQuarter = new OccultationPlan(PromotionFixture.reportsPlan().columns().stream()
        .map(r -> r.column().equals("quartier") ? (ColumnRule) new ColumnRule.Drop("quartier") : r).toList());

    List<PromotionOutcome> outcomes = together(
        () -> fixture.promotions.promote(fixture.request("deux_decisions", PromotionFixture.reportsPlan(), 1),
            PromotionProgress.NONE),
        () -> otherEngine().promote(fixture.request("deux_decisions", withoutQuarter, 2), PromotionProgress.NONE));

    assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(PromotionOutcome.Published.class));
    assertThat(outcomes).extracting(o -> ((PromotionOutcome.Published) o).version()).containsExactlyInAnyOrder(1, 2);
    List<PublishedVersion> versions = fixture.promotions.publications().versions(fixture.id("deux_decisions"));
    assertThat(versions).extracting(PublishedVersion::version).containsExactly(2, 1);
    Table table = fixture.openTable("deux_decisions");
    List<String> history = new ArrayList<>();
    for (Snapshot snapshot : table.snapshots()) {
      history.add(snapshot.summary().get("socle.version"));
    }
    assertThat(history).containsExactly("1", "2");
    assertThat(table.currentSnapshot().snapshotId()).isEqualTo(versions.getFirst().snapshotId());
    assertThat(fixture.publicCount("deux_decisions")).isEqualTo(20_000);
  }

  @Test
  void aWriterGoingAroundTheLockMakesThePromotionFailNotLoseItsCommit() throws Exception {
    fixture.promotions.promote(fixture.request("course", PromotionFixture.reportsPlan(), 1), PromotionProgress.NONE);
    UUID[] attempt = new UUID[1];
    Promotions racing = PromotionFixture.attach(fixture.namespace, Promotions.Settings.DEFAULTS.withHooks(
        new Promotions.Hooks() {
          @Override
          public void beforeCommit(UUID attemptId) {
            attempt[0] = attemptId;
            fixture.openTable("course").newDelete().deleteFromRowFilter(Expressions.alwaysTrue()).commit();
          }
        })).promotions;
    long intruder;

    assertThatThrownBy(() -> racing.promote(fixture.request("course", PromotionFixture.reportsPlan(), 2),
        PromotionProgress.NONE)).isInstanceOfSatisfying(PromotionException.class,
            e -> assertThat(e.code()).isEqualTo(PromotionException.Code.CONFLICT));

    intruder = fixture.openTable("course").currentSnapshot().snapshotId();
    assertThat(fixture.openTable("course").currentSnapshot().operation()).isEqualTo("delete");
    assertThat(fixture.promotions.publications().versions(fixture.id("course"))).hasSize(1);
    assertThat(fixture.jdbc.queryOne("SELECT state FROM publication.attestation WHERE id = ?", rs -> rs.getString(1),
        attempt[0])).contains("abandoned");
    assertThat(fixture.exportsRoot().resolve(fixture.id("course")).resolve(attempt[0].toString())).doesNotExist();
    assertThat(intruder).isPositive();
  }

  private static Promotions otherEngine() {
    return PromotionFixture.attach(fixture.namespace, Promotions.Settings.DEFAULTS).promotions;
  }

  @SafeVarargs
  private static List<PromotionOutcome> together(Callable<PromotionOutcome>... promotions) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(promotions.length);
    CyclicBarrier start = new CyclicBarrier(promotions.length);
    try {
      List<Future<PromotionOutcome>> futures = new ArrayList<>();
      for (Callable<PromotionOutcome> promotion : promotions) {
        futures.add(pool.submit(() -> {
          start.await();
          return promotion.call();
        }));
      }
      List<PromotionOutcome> outcomes = new ArrayList<>();
      for (Future<PromotionOutcome> future : futures) {
        outcomes.add(future.get());
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
