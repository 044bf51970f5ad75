package fr.socle.policies.occultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.policies.detection.FindingKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanCoverageTest {

  @Test
  void aPlanThatDecidesEveryColumnAndFindingIsComplete() {
    var coverage = PlanCoverage.check(Plans.requestPlan(), Plans.scan(Plans.REQUEST_COLUMNS, Plans.REQUEST_ROWS));

    assertThat(coverage.isComplete()).as(coverage.reasons().toString()).isTrue();
  }

  @Test
  void aNewColumnIsUncoveredAndStaysOut() {
    List<String> columns = new ArrayList<>(Plans.REQUEST_COLUMNS);
    columns.add("telephone");
    List<List<String>> rows = Plans.REQUEST_ROWS.stream().map(r -> {
      List<String> row = new ArrayList<>(r);
      row.add("06 12 34 56 78");
      return List.copyOf(row);
    }).toList();
    OccultationPlan plan = Plans.requestPlan();

    var coverage = PlanCoverage.check(plan, Plans.scan(columns, rows));

    assertThat(coverage.isComplete()).isFalse();
    assertThat(coverage.uncoveredColumns()).containsExactly("telephone");
    assertThat(coverage.reasons()).anyMatch(r -> r.contains("« telephone » nouvelle"));
    assertThat(plan.publishedColumns()).doesNotContain("telephone");
  }

  @Test
  void aNewKindOfValueInAKeptColumnSendsTheDatasetBackToReview() {
    OccultationPlan plan = new OccultationPlan(List.of(new ColumnRule.Keep("id"), new ColumnRule.Keep("statut")));
    var findings = Plans.scan(List.of("id", "statut"), List.of(List.of("1", "clos"),
        List.of("2", "en attente, rappeler Mme Durand au 06 12 34 56 78")));

    var coverage = PlanCoverage.check(plan, findings);

    assertThat(coverage.uncoveredFindings())
        .isEqualTo(Map.of("statut", Set.of(FindingKind.PHONE, FindingKind.PERSON_NAME)));
    assertThat(coverage.reasons()).anyMatch(r -> r.contains("numéros de téléphone personnels"));
  }

  @Test
  void aColumnThePlanNamesButTheTableLostIsReported() {
    var coverage = PlanCoverage.check(Plans.requestPlan(),
        Plans.scan(List.of("id", "statut"), List.of(List.of("1", "clos"))));

    assertThat(coverage.missingColumns()).contains("email_demandeur", "commentaire");
  }

  @Test
  void explicitlyAcceptedKindsAndServiceContactsAreCovered() {
    OccultationPlan plan = new OccultationPlan(List.of(
        new ColumnRule.Keep("elu", Set.of(FindingKind.PERSON_NAME)), new ColumnRule.Keep("EQUIP_TEL")));
    var findings = Plans.scan(List.of("elu", "EQUIP_TEL"),
        List.of(List.of("M. Jean Dupont", "standard : 01 42 76 40 40")));

    assertThat(PlanCoverage.check(plan, findings).uncoveredFindings()).isEmpty();
  }

  @Test
  void firstNamesGroupedUnderSecrecyAreCoveredButADirectIdentifierIsNot() {
    Aggregation byName = new Aggregation(List.of("annee", "prenom"), List.of(Measure.count()),
        new SecrecyRule.MinimumCount(3, null));
    OccultationPlan plan = new OccultationPlan(List.of(new ColumnRule.Drop("email"))).withAggregation(byName);
    var findings = Plans.scan(List.of("annee", "prenom", "email"),
        List.of(List.of("2023", "Louise", "a.b@gmail.com"), List.of("2023", "Gabriel", "c.d@gmail.com")));

    assertThat(PlanCoverage.check(plan, findings).isComplete()).isTrue();

    OccultationPlan byEmail = new OccultationPlan(List.of(new ColumnRule.Drop("annee"), new ColumnRule.Drop(
        "prenom"))).withAggregation(new Aggregation(List.of("email"),
        List.of(Measure.count()), new SecrecyRule.MinimumCount(3, null)));
    assertThat(PlanCoverage.check(byEmail, findings).uncoveredFindings()).containsKey("email");
  }

  @Test
  void aPlanRefusesTwoRulesForOneColumn() {
    assertThatThrownBy(() -> new OccultationPlan(List.of(new ColumnRule.Keep("a"), new ColumnRule.Drop("a"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPlanIsAnAllowList() {
    OccultationPlan plan = Plans.requestPlan();

    assertThat(plan.publishedColumns())
        .containsExactly("id", "commentaire", "date_naissance", "geo_point", "statut");
    assertThat(plan.publishesRows()).isTrue();
    assertThat(OccultationPlan.nothing().publishesAnything()).isFalse();
    assertThat(plan.describe()).contains("email_demandeur : supprimer la colonne",
        "date_naissance : généraliser la date à l'année");
  }
}
