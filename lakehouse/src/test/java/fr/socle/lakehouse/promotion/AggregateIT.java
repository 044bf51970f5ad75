package fr.socle.lakehouse.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.policies.communicability.Status;
import fr.socle.policies.occultation.Aggregation;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.DatePrecision;
import fr.socle.policies.occultation.Measure;
import fr.socle.policies.occultation.OccultationPlan;
import fr.socle.policies.occultation.SecrecyRule;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.apache.iceberg.catalog.TableIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Births are communicable to the person concerned only: no row is ever published; the derived aggregate (first
 * names per year, at least 5 births per cell) is, as a dataset of its own, with only the cells meeting the
 * threshold.
 */
class AggregateIT {
  private static PromotionFixture fixture;

  @BeforeAll
  static void start() throws Exception {
    fixture = new PromotionFixture("births");
    fixture.createSource("naissances", "SELECT * FROM internal.citoyennete.naissances_etat_civil");
  }

  @AfterAll
  static void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void personConcernedBirthsPublishOnlyFirstNameCellsMeetingTheThreshold() throws Exception {
    OccultationPlan firstNames = new OccultationPlan(List.of(new ColumnRule.GeneraliseDate("date_naissance",
        DatePrecision.YEAR)), null, new Aggregation(List.of("date_naissance", "prenom"), List.of(Measure.count()),
        new SecrecyRule.MinimumCount(5, null)));
    Publication publication = new Publication(fixture.id("naissances-agrege"), fixture.id("naissances"),
        TableIdentifier.of(fixture.namespace, "naissances"), TableIdentifier.of(fixture.namespace,
        "naissances_agrege"), Publication.Kind.DERIVED_AGGREGATE, "Prénoms des nouveau-nés par année", null);
    VersionedDecision decision = PromotionFixture.decision(1, Status.PERSON_CONCERNED_ONLY,
        OccultationPlan.nothing()).withDerivedAggregate(firstNames);

    PromotionOutcome outcome = fixture.promotions.promote(new PromotionRequest(publication,
        decision.derived().orElseThrow(), decision, null, "dora", "manual"), PromotionProgress.NONE);

    assertThat(outcome).isInstanceOf(PromotionOutcome.Published.class);
    long expectedCells;
    try (Connection admin = fixture.adminConnection(); Statement statement = admin.createStatement();
        ResultSet rs = statement.executeQuery("SELECT count(*) FROM (SELECT year(date_naissance), prenom FROM"
            + " internal." + fixture.namespace + ".naissances GROUP BY 1, 2 HAVING count(*) >= 5)")) {
      rs.next();
      expectedCells = rs.getLong(1);
    }
    String table = "open." + fixture.namespace + ".naissances_agrege";
    List<Object> stats = fixture.publicQuery("SELECT count(*), min(nombre), sum(nombre) FROM " + table).getFirst();
    assertThat(((Number) stats.get(0)).longValue()).isEqualTo(expectedCells).isPositive();
    assertThat(((Number) stats.get(1)).longValue()).isGreaterThanOrEqualTo(5);
    assertThat(((Number) stats.get(2)).longValue()).isLessThan(4_712);
    List<Object> columns = fixture.publicQuery("SHOW COLUMNS FROM " + table).stream().map(List::getFirst).toList();
    assertThat(columns).containsExactly("record_id", "date_naissance", "prenom", "nombre");
    assertThat(fixture.openTableExists("naissances")).isFalse();
    assertThat(fixture.publicQuery("SELECT DISTINCT length(date_naissance) FROM " + table))
        .containsExactly(List.of(4L));
    Attestation attestation = fixture.promotions.publications()
        .attestation(((PromotionOutcome.Published) outcome).attestationId()).orElseThrow();
    assertThat(attestation.checks()).anySatisfy(check -> {
      assertThat(check.code()).isEqualTo("secret-statistique");
      assertThat(check.passed()).isTrue();
    });
    assertThat(attestation.columns()).anySatisfy(c -> {
      assertThat(c.column()).isEqualTo("nom");
      assertThat(c.published()).isFalse();
    });
  }
}
