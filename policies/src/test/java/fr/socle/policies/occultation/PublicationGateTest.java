package fr.socle.policies.occultation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.policies.detection.FindingKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublicationGateTest {

  @Test
  void rowsTransformedByThePlanPassTheGate() {
    OccultationPlan plan = Plans.requestPlan();
    RowTransformer transformer = new RowTransformer(plan, Plans.REQUEST_COLUMNS, null, CommuneLocator.NONE);
    PublicationGate gate = new PublicationGate(plan, transformer.outputColumns(), null);

    Plans.REQUEST_ROWS.forEach(row -> gate.accept(transformer.apply(row)));

    GateVerdict verdict = gate.verdict();
    assertThat(verdict.passed()).as(verdict.reasons().toString()).isTrue();
    assertThat(verdict.rows()).isEqualTo(3);
  }

  @Test
  void theTransformerPublishesOnlyWhatThePlanAllowsAndTransformed() {
    RowTransformer transformer = new RowTransformer(Plans.requestPlan(), Plans.REQUEST_COLUMNS, null,
        CommuneLocator.NONE);

    assertThat(transformer.outputColumns()).containsExactly("id", "commentaire", "date_naissance", "geo_point",
        "statut");
    assertThat(transformer.apply(Plans.REQUEST_ROWS.get(1)))
        .containsExactly("2", "numéro de téléphone personnel : 1", "1990", "45.746, 4.847", "en cours");
  }

  @Test
  void aPhoneLeakingThroughAKeptColumnFailsTheGate() {
    OccultationPlan plan = new OccultationPlan(List.of(new ColumnRule.Keep("id"), new ColumnRule.Keep("statut")));
    PublicationGate gate = new PublicationGate(plan, List.of("id", "statut"), null);

    gate.accept(List.of("1", "clos"));
    gate.accept(List.of("2", "rappeler au 06 12 34 56 78"));

    GateVerdict verdict = gate.verdict();
    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.reasons()).singleElement().asString()
        .contains("« statut »", "1 numéro de téléphone personnel", "06 •• •• •• ••")
        .doesNotContain("12 34");
    assertThat(verdict.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.check()).isEqualTo(GateVerdict.Check.DETECTORS);
      assertThat(failure.column()).isEqualTo("statut");
      assertThat(failure.kind()).isEqualTo(FindingKind.PHONE);
      assertThat(failure.rows()).isEqualTo(1);
      assertThat(failure.examples()).containsExactly("06 •• •• •• ••");
    });
  }

  @Test
  void serviceContactsAndAcceptedNamesPass() {
    OccultationPlan plan = new OccultationPlan(List.of(new ColumnRule.Keep("EQUIP_TEL"),
        new ColumnRule.Keep("EQUIP_EMAIL"), new ColumnRule.Keep("elu", Set.of(FindingKind.PERSON_NAME))));
    PublicationGate gate = new PublicationGate(plan, List.of("EQUIP_TEL", "EQUIP_EMAIL", "elu"), "equipements");

    gate.accept(List.of("04 78 12 34 56", "accueil@ville-lyon.fr", "Mme Marie Durand"));

    assertThat(gate.verdict().passed()).isTrue();
  }

  @Test
  void smallGroupsOverTheQuasiIdentifiersFailTheGate() {
    OccultationPlan plan = new OccultationPlan(List.of(new ColumnRule.Keep("annee"), new ColumnRule.Keep("commune")))
        .withSmallGroups(new SmallGroupSuppression(List.of("annee", "commune"), 3));
    PublicationGate gate = new PublicationGate(plan, List.of("annee", "commune"), null);

    for (int i = 0; i < 3; i++) {
      gate.accept(List.of("1985", "Lyon"));
    }
    gate.accept(List.of("1990", "Bron"));

    assertThat(gate.verdict().reasons()).singleElement().asString().contains("k-anonymat", "1 groupes de moins de 3");
    assertThat(gate.verdict().failures()).singleElement().satisfies(failure -> {
      assertThat(failure.check()).isEqualTo(GateVerdict.Check.K_ANONYMITY);
      assertThat(failure.column()).isEqualTo("annee, commune");
      assertThat(failure.rows()).isEqualTo(1);
    });
  }

  @Test
  void aggregatedCellsUnderTheMinimumFailTheGate() {
    Aggregation cells = new Aggregation(List.of("annee"), List.of(Measure.count()), SecrecyRule.individualTax(null));
    OccultationPlan plan = OccultationPlan.nothing().withAggregation(cells);
    PublicationGate gate = new PublicationGate(plan, cells.outputs(), null);

    gate.accept(List.of("2023", "12"));
    gate.accept(List.of("2024", "4"));

    assertThat(gate.verdict().reasons()).containsExactly("1 cases publiées sous le seuil de 11 unités");
    assertThat(gate.verdict().failures()).singleElement().satisfies(failure -> {
      assertThat(failure.check()).isEqualTo(GateVerdict.Check.CELL_SECRECY);
      assertThat(failure.column()).isEqualTo("nombre");
      assertThat(failure.rows()).isEqualTo(1);
    });
  }
}
