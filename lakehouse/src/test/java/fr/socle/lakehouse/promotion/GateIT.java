package fr.socle.lakehouse.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.occultation.Aggregation;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.DatePrecision;
import fr.socle.policies.occultation.GateVerdict;
import fr.socle.policies.occultation.Measure;
import fr.socle.policies.occultation.OccultationPlan;
import fr.socle.policies.occultation.SecrecyRule;
import fr.socle.policies.occultation.SmallGroupSuppression;
import java.util.ArrayList;
import java.util.List;
import org.apache.iceberg.catalog.TableIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gate blocks: a forgotten e-mail column, a free text with phones, a k under the minimum, aggregate cells under
 * the threshold. Each time nothing is committed (no table, or the same snapshot), no file is left, and the refusal
 * says which check failed and where: column, kind, rows, a masked example.
 */
class GateIT {
  private static PromotionFixture fixture;

  @BeforeAll
  static void start() throws Exception {
    fixture = new PromotionFixture("gate");
    fixture.createReports("signalements");
    fixture.createReports("signalements_bis");
    fixture.createReports("signalements_ter");
    fixture.createSource("naissances", "SELECT * FROM internal.citoyennete.naissances_etat_civil");
  }

  @AfterAll
  static void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void aPlanThatForgetsTheEmailColumnIsRefusedAndLeavesNoTableAndNoFile() throws Exception {
    OccultationPlan plan = replace(PromotionFixture.reportsPlan(), new ColumnRule.Keep("email_declarant"));

    PromotionOutcome outcome = fixture.promotions.promote(fixture.request("signalements_bis", plan, 1),
        PromotionProgress.NONE);

    PromotionOutcome.Refused refused = (PromotionOutcome.Refused) outcome;
    assertThat(refused.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.check()).isEqualTo(GateVerdict.Check.DETECTORS);
      assertThat(failure.column()).isEqualTo("email_declarant");
      assertThat(failure.kind()).isEqualTo(FindingKind.EMAIL);
      assertThat(failure.rows()).isGreaterThan(1_000);
      assertThat(failure.examples()).isNotEmpty().allSatisfy(example -> assertThat(example).contains("•", "@"));
    });
    assertThat(fixture.openTableExists("signalements_bis")).isFalse();
    assertThat(fixture.openFiles()).noneMatch(path -> path.toString().contains("signalements_bis")
        || path.toString().contains(fixture.id("signalements-bis")));
    assertThat(fixture.promotions.publications().find(fixture.id("signalements_bis")).orElseThrow().isPublic())
        .isFalse();
    assertThat(fixture.promotions.publications().attestation(refused.attemptId())).isEmpty();
  }

  @Test
  void aFreeTextWithPhonesIsRefusedAndThePublishedVersionStays() throws Exception {
    PromotionOutcome.Published v1 = (PromotionOutcome.Published) fixture.promotions.promote(
        fixture.request("signalements", PromotionFixture.reportsPlan(), 1), PromotionProgress.NONE);
    OccultationPlan leaky = replace(PromotionFixture.reportsPlan(), new ColumnRule.Keep("description"));

    PromotionOutcome outcome = fixture.promotions.promote(fixture.request("signalements", leaky, 2),
        PromotionProgress.NONE);

    PromotionOutcome.Refused refused = (PromotionOutcome.Refused) outcome;
    assertThat(refused.failures()).anySatisfy(failure -> {
      assertThat(failure.column()).isEqualTo("description");
      assertThat(failure.kind()).isEqualTo(FindingKind.PHONE);
      assertThat(failure.rows()).isPositive();
      assertThat(failure.examples()).allSatisfy(example -> assertThat(example).contains("•"));
    });
    assertThat(refused.reasons()).anySatisfy(reason -> assertThat(reason).contains("« description »"));
    assertThat(fixture.openTable("signalements").currentSnapshot().snapshotId()).isEqualTo(v1.snapshotId());
    assertThat(fixture.promotions.publications().versions(fixture.id("signalements"))).hasSize(1);
    assertThat(fixture.exportsRoot().resolve(fixture.id("signalements")).resolve(refused.attemptId().toString()))
        .doesNotExist();
    assertThat(fixture.openTable("signalements").location()).satisfies(location -> assertThat(
        java.nio.file.Path.of(java.net.URI.create(location)).resolve("data").resolve(refused.attemptId().toString()))
        .doesNotExist());
    assertThat(fixture.publicCount("signalements")).isEqualTo(20_000);
  }

  @Test
  void aKUnderTheMinimumIsRefusedAndTheMinimumPublishesOnlyLargeEnoughGroups() throws Exception {
    List<String> quasiIdentifiers = List.of("date_signalement", "quartier", "categorie");
    OccultationPlan base = new OccultationPlan(List.of(
        new ColumnRule.GeneraliseDate("date_signalement", DatePrecision.MONTH), new ColumnRule.Keep("quartier"),
        new ColumnRule.Keep("categorie"), new ColumnRule.Keep("statut")));

    PromotionOutcome tooSmall = fixture.promotions.promote(fixture.request("signalements_ter",
        base.withSmallGroups(new SmallGroupSuppression(quasiIdentifiers, 2)), 1), PromotionProgress.NONE);

    assertThat(((PromotionOutcome.Refused) tooSmall).failures()).singleElement().satisfies(failure -> {
      assertThat(failure.check()).isEqualTo(GateVerdict.Check.K_ANONYMITY);
      assertThat(failure.column()).isEqualTo("date_signalement, quartier, categorie");
      assertThat(failure.rows()).isPositive();
      assertThat(failure.message()).contains("moins de 5 lignes");
    });
    assertThat(fixture.openTableExists("signalements_ter")).isFalse();

    PromotionOutcome enough = fixture.promotions.promote(fixture.request("signalements_ter",
        base.withSmallGroups(new SmallGroupSuppression(quasiIdentifiers, 5)), 2), PromotionProgress.NONE);

    assertThat(enough).isInstanceOf(PromotionOutcome.Published.class);
    List<List<Object>> smallest = fixture.publicQuery("SELECT min(n), sum(n) FROM (SELECT count(*) AS n FROM open."
        + fixture.namespace + ".signalements_ter GROUP BY date_signalement, quartier, categorie)");
    assertThat(((Number) smallest.getFirst().get(0)).longValue()).isGreaterThanOrEqualTo(5);
    assertThat(((Number) smallest.getFirst().get(1)).longValue()).isLessThan(20_000).isGreaterThan(10_000);
  }

  @Test
  void anAggregateCellUnderTheThresholdIsRefused() throws Exception {
    OccultationPlan cells = new OccultationPlan(List.of(new ColumnRule.GeneraliseDate("date_naissance",
        DatePrecision.YEAR)), null, new Aggregation(List.of("date_naissance", "prenom"), List.of(Measure.count()),
        new SecrecyRule.MinimumCount(2, null)));
    Publication publication = new Publication(fixture.id("naissances-agrege"), fixture.id("naissances"),
        TableIdentifier.of(fixture.namespace, "naissances"), TableIdentifier.of(fixture.namespace,
        "naissances_agrege"), Publication.Kind.DERIVED_AGGREGATE, "Prénoms", null);

    PromotionOutcome outcome = fixture.promotions.promote(new PromotionRequest(publication, cells,
        PromotionFixture.afterOccultation(1, cells), null, "dora", "manual"), PromotionProgress.NONE);

    assertThat(((PromotionOutcome.Refused) outcome).failures()).singleElement().satisfies(failure -> {
      assertThat(failure.check()).isEqualTo(GateVerdict.Check.CELL_SECRECY);
      assertThat(failure.column()).isEqualTo("nombre");
      assertThat(failure.rows()).isPositive();
    });
    assertThat(fixture.openTableExists("naissances_agrege")).isFalse();
    assertThat(fixture.openFiles()).noneMatch(path -> path.toString().contains(fixture.id("naissances-agrege")));
  }

  private static OccultationPlan replace(OccultationPlan plan, ColumnRule rule) {
    List<ColumnRule> rules = new ArrayList<>();
    for (ColumnRule existing : plan.columns()) {
      rules.add(existing.column().equals(rule.column()) ? rule : existing);
    }
    return new OccultationPlan(rules);
  }
}
