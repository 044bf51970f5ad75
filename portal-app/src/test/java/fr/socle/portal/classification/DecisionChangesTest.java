package fr.socle.portal.classification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.Status;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.DatePrecision;
import fr.socle.policies.occultation.OccultationPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionChangesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final OccultationPlan PLAN = new OccultationPlan(List.of(new ColumnRule.Keep("categorie"),
      new ColumnRule.Drop("email"), new ColumnRule.GeneraliseDate("naissance", DatePrecision.YEAR)));

  private static Decision decision(Status status, List<LegalBasis> bases, OccultationPlan plan, String why) {
    return new Decision(status, bases, plan, null, null, why, TODAY.plusYears(2), "dora", TODAY);
  }

  private static RecordedDecision recorded(Decision decision) {
    return new RecordedDecision("d", 1, Instant.EPOCH, decision, StatedFacts.NONE, 1L, 1L, List.of(), null);
  }

  @Test
  void theFirstDecisionSaysSo() {
    assertThat(DecisionChanges.between(null, decision(Status.COMMUNICABLE_AFTER_OCCULTATION,
        List.of(LegalBasis.L311_7), PLAN, "motif"), StatedFacts.NONE))
        .containsExactly("première décision : communicable après occultation");
  }

  @Test
  void eachChangeIsOneLine() {
    Decision before = decision(Status.COMMUNICABLE_AFTER_OCCULTATION, List.of(LegalBasis.L311_7), PLAN, "motif");
    OccultationPlan plan = new OccultationPlan(List.of(new ColumnRule.Keep("categorie"), new ColumnRule.Drop("email"),
        new ColumnRule.GeneraliseDate("naissance", DatePrecision.MONTH)));
    Decision after = decision(Status.COMMUNICABLE_AFTER_OCCULTATION, List.of(LegalBasis.L311_7,
        LegalBasis.L312_1_2), plan, "autre motif");

    assertThat(DecisionChanges.between(recorded(before), after, StatedFacts.NONE)).containsExactly(
        "bases légales : L311-7 → L311-7, L312-1-2",
        "colonne « naissance » : généraliser la date à l'année → généraliser la date au mois",
        "justification modifiée");
  }

  @Test
  void withholdingEverythingIsOneLineNotOnePerColumn() {
    Decision before = decision(Status.COMMUNICABLE_AFTER_OCCULTATION, List.of(LegalBasis.L311_7), PLAN, "motif");
    Decision after = decision(Status.NOT_COMMUNICABLE, List.of(LegalBasis.L311_5_2_D), OccultationPlan.nothing(),
        "motif");

    assertThat(DecisionChanges.between(recorded(before), after, StatedFacts.NONE)).containsExactly(
        "statut : communicable après occultation → non communicable",
        "bases légales : L311-7 → L311-5 2° d",
        "plan : ne publie plus rien");
    assertThat(DecisionChanges.between(recorded(after), before, StatedFacts.NONE))
        .contains("plan : ne publiait rien → publie categorie, naissance");
  }

  @Test
  void aConfirmationWithoutChangeIsRecordedAsSuch() {
    Decision same = decision(Status.COMMUNICABLE_AFTER_OCCULTATION, List.of(LegalBasis.L311_7), PLAN, "motif");
    assertThat(DecisionChanges.between(recorded(same), same, StatedFacts.NONE))
        .containsExactly("décision confirmée sans changement");
  }
}
