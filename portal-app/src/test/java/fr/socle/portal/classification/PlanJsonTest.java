package fr.socle.portal.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.occultation.Aggregation;
import fr.socle.policies.occultation.Bands;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.CoordinateForm;
import fr.socle.policies.occultation.CoordinatePrecision;
import fr.socle.policies.occultation.DatePrecision;
import fr.socle.policies.occultation.Measure;
import fr.socle.policies.occultation.OccultationPlan;
import fr.socle.policies.occultation.SecrecyRule;
import fr.socle.policies.occultation.SmallGroupSuppression;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PlanJsonTest {
  private final ClassificationJson json = new ClassificationJson(JsonMapper.builder().build());

  /** One row per variant of the plan's vocabulary. */
  static Stream<ColumnRule> everyRule() {
    return Stream.of(
        new ColumnRule.Keep("service"),
        new ColumnRule.Keep("nom", Set.of(FindingKind.PERSON_NAME, FindingKind.FIRST_NAME)),
        new ColumnRule.Drop("email"),
        new ColumnRule.GeneraliseDate("naissance", DatePrecision.MONTH),
        new ColumnRule.GeneraliseDate("naissance", DatePrecision.YEAR),
        new ColumnRule.GeneraliseCoordinates("lat", CoordinateForm.LATITUDE, new CoordinatePrecision.Grid(200)),
        new ColumnRule.GeneraliseCoordinates("lon", CoordinateForm.LONGITUDE, new CoordinatePrecision.Grid(1000),
            "lat"),
        new ColumnRule.GeneraliseCoordinates("geom", CoordinateForm.WKT_POINT, new CoordinatePrecision.Commune()),
        new ColumnRule.GeneraliseCoordinates("position", CoordinateForm.LAT_LON, new CoordinatePrecision.Commune()),
        new ColumnRule.GeneraliseCoordinates("x", CoordinateForm.PROJECTED, new CoordinatePrecision.Grid(500)),
        new ColumnRule.Band("age", new Bands.Width(BigDecimal.TEN)),
        new ColumnRule.Band("montant", new Bands.Width(new BigDecimal("2.5"))),
        new ColumnRule.Band("age", Bands.bounds(18, 25, 60)),
        new ColumnRule.EmptyText("commentaire"),
        new ColumnRule.CategoryCounts("description"));
  }

  @ParameterizedTest
  @MethodSource("everyRule")
  void everyColumnRuleSurvivesTheRoundTrip(ColumnRule rule) {
    OccultationPlan plan = new OccultationPlan(List.of(rule));
    assertThat(json.plan(json.write(plan))).isEqualTo(plan);
  }

  @Test
  void smallGroupSuppressionSurvivesTheRoundTrip() {
    OccultationPlan plan = new OccultationPlan(everyRule().filter(r -> !r.column().equals("age")
        && !r.column().equals("naissance")).toList())
        .withSmallGroups(new SmallGroupSuppression(List.of("sexe", "quartier"), 5));
    assertThat(json.plan(json.write(plan))).isEqualTo(plan);
  }

  @Test
  void aggregationsWithEitherSecrecyRuleSurviveTheRoundTrip() {
    OccultationPlan counted = new OccultationPlan(List.of(new ColumnRule.Keep("annee"), new ColumnRule.Drop("nom")))
        .withAggregation(new Aggregation(List.of("annee", "prenom"), List.of(Measure.count()),
            new SecrecyRule.MinimumCount(11, "foyer")));
    OccultationPlan summed = new OccultationPlan(List.of(new ColumnRule.Keep("secteur")))
        .withAggregation(new Aggregation(List.of("secteur"), List.of(Measure.count(), Measure.sum("montant")),
            new SecrecyRule.Dominance("siret", "montant", 4, 0.8)));
    OccultationPlan rows = new OccultationPlan(List.of())
        .withAggregation(new Aggregation(List.of("annee"), List.of(new Measure.Count("lignes")),
            new SecrecyRule.MinimumCount(5, null)));
    for (OccultationPlan plan : List.of(counted, summed, rows)) {
      assertThat(json.plan(json.write(plan))).isEqualTo(plan);
    }
  }

  @Test
  void theEmptyPlanSurvivesTheRoundTrip() {
    assertThat(json.plan(json.write(OccultationPlan.nothing()))).isEqualTo(OccultationPlan.nothing());
  }

  @Test
  void theDocumentIsReadableByPeople() {
    String text = json.write(new OccultationPlan(List.of(new ColumnRule.Drop("email"),
        new ColumnRule.GeneraliseCoordinates("lat", CoordinateForm.LATITUDE, new CoordinatePrecision.Grid(200)))));
    assertThat(text).isEqualTo("{\"columns\":[{\"column\":\"email\",\"rule\":\"drop\"},{\"column\":\"lat\","
        + "\"rule\":\"generalise-coordinates\",\"form\":\"LATITUDE\",\"to\":\"grid\",\"metres\":200}]}");
  }

  @Test
  void mistakesAreRefusedInFrench() {
    assertThatThrownBy(() -> json.plan("{\"colums\": []}")).hasMessage(
        "Champ inconnu « colums » dans le document JSON.");
    assertThatThrownBy(() -> json.plan("{\"columns\": [{\"column\": \"x\", \"rule\": \"hash\"}]}"))
        .hasMessageStartingWith("Colonne « x » : règle inconnue « hash »");
    assertThatThrownBy(() -> json.plan("{\"columns\": [{\"column\": \"lat\", \"rule\": \"generalise-coordinates\","
        + " \"form\": \"LATITUDE\", \"to\": \"grid\", \"metres\": 10}]}"))
        .hasMessage("Colonne « lat » : une grille plus fine que 100 m ne généralise pas.");
    assertThatThrownBy(() -> json.plan("{\"columns\": [{\"column\": \"a\", \"rule\": \"drop\"},"
        + " {\"column\": \"a\", \"rule\": \"keep\"}]}")).hasMessage("Deux règles pour la colonne « a ».");
    assertThatThrownBy(() -> json.plan("{\"columns\": [{\"column\": \"d\", \"rule\": \"generalise-date\"}]}"))
        .hasMessage("Colonne « d » : « precision » est requis.");
  }
}
