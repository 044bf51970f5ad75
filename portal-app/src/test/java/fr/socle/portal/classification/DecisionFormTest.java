package fr.socle.portal.classification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.ExemptionCategory;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.Status;
import fr.socle.policies.detection.ColumnFindings;
import fr.socle.policies.detection.DatasetScanner;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionFormTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  /** The fields a browser posts, built like the page's form: one row of fields per column. */
  private static final class Posted {
    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    private int rows;

    Posted set(String name, String... values) {
      fields.computeIfAbsent(name, n -> new ArrayList<>()).addAll(List.of(values));
      return this;
    }

    Posted row(String column, String rule, String... more) {
      int i = rows++;
      set("column", column);
      set("rule." + i, rule);
      for (int j = 0; j + 1 < more.length; j += 2) {
        set(more[j] + "." + i, more[j + 1]);
      }
      return this;
    }

    DecisionForm.Mapping map() {
      return DecisionForm.from(fields).toDecision("dora", TODAY);
    }
  }

  private static Posted decision(String status, String... bases) {
    return new Posted().set("basedOn", "0").set("status", status).set("bases", bases)
        .set("justification", "Données d'usagers : les coordonnées personnelles sont occultées.")
        .set("reviewDate", "2028-12-01");
  }

  @Test
  void everyRowOfThePlanEditorBecomesItsRule() {
    DecisionForm.Mapping mapping = decision("COMMUNICABLE_AFTER_OCCULTATION", "L311_7", "L312_1_2")
        .row("service", "keep")
        .row("nom", "keep", "accepted", "PERSON_NAME")
        .row("email", "drop")
        .row("naissance", "date-year")
        .row("depot", "date-month")
        .row("lat", "grid", "metres", "200", "form", "LATITUDE")
        .row("lon", "grid", "metres", "200", "form", "LONGITUDE", "latitude", "lat")
        .row("geom", "commune", "form", "WKT_POINT")
        .row("age", "band", "bands", "10")
        .row("revenu", "band", "bands", "0;18,5;60")
        .row("commentaire", "empty")
        .row("description", "counts")
        .map();

    assertThat(mapping.errors()).isEmpty();
    Decision d = mapping.decision();
    assertThat(d.status()).isEqualTo(Status.COMMUNICABLE_AFTER_OCCULTATION);
    assertThat(d.legalBases()).containsExactly(LegalBasis.L311_7, LegalBasis.L312_1_2);
    assertThat(d.decidedBy()).isEqualTo("dora");
    assertThat(d.decidedOn()).isEqualTo(TODAY);
    assertThat(d.reviewDate()).isEqualTo(LocalDate.of(2028, 12, 1));
    assertThat(d.communicableFrom()).isNull();
    assertThat(d.plan()).isEqualTo(new OccultationPlan(List.of(
        new ColumnRule.Keep("service"),
        new ColumnRule.Keep("nom", Set.of(FindingKind.PERSON_NAME)),
        new ColumnRule.Drop("email"),
        new ColumnRule.GeneraliseDate("naissance", DatePrecision.YEAR),
        new ColumnRule.GeneraliseDate("depot", DatePrecision.MONTH),
        new ColumnRule.GeneraliseCoordinates("lat", CoordinateForm.LATITUDE, new CoordinatePrecision.Grid(200)),
        new ColumnRule.GeneraliseCoordinates("lon", CoordinateForm.LONGITUDE, new CoordinatePrecision.Grid(200), "lat"),
        new ColumnRule.GeneraliseCoordinates("geom", CoordinateForm.WKT_POINT, new CoordinatePrecision.Commune()),
        new ColumnRule.Band("age", new Bands.Width(BigDecimal.TEN)),
        new ColumnRule.Band("revenu", new Bands.Bounds(List.of(BigDecimal.ZERO, new BigDecimal("18.5"),
            new BigDecimal("60")))),
        new ColumnRule.EmptyText("commentaire"),
        new ColumnRule.CategoryCounts("description"))));
  }

  @Test
  void smallGroupsAndDeferralAndExemption() {
    Decision d = decision("DEFERRED", "L311_2").set("communicableFrom", "2027-06-30")
        .set("exemption", "ELECTED_OFFICIALS")
        .row("sexe", "keep").row("quartier", "keep").row("nom", "drop")
        .set("k", "5").set("quasiIdentifiers", "sexe", "quartier")
        .map().decision();

    assertThat(d.status()).isEqualTo(Status.DEFERRED);
    assertThat(d.communicableFrom()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(d.exemption()).isEqualTo(ExemptionCategory.ELECTED_OFFICIALS);
    assertThat(d.plan().smallGroupSuppression()).contains(new SmallGroupSuppression(List.of("sexe", "quartier"), 5));
  }

  @Test
  void anAggregationWithBusinessSecrecy() {
    Decision d = decision("COMMUNICABLE_AFTER_OCCULTATION", "L311_7")
        .row("secteur", "keep").row("siret", "drop").row("montant", "drop")
        .set("aggregate", "on").set("groupBy", "secteur").set("count", "on").set("sums", "montant")
        .set("secrecy", "dominance").set("secrecyUnits", "3").set("secrecyUnitColumn", "siret")
        .set("secrecyValueColumn", "montant").set("secrecyShare", "85")
        .map().decision();

    assertThat(d.plan().cells()).contains(new Aggregation(List.of("secteur"),
        List.of(new Measure.Count("nombre"), new Measure.Sum("montant", "somme_montant")),
        new SecrecyRule.Dominance("siret", "montant", 3, 0.85)));
  }

  @Test
  void mistakesComeBackInFrenchAndNoDecisionIsMade() {
    DecisionForm.Mapping mapping = new Posted().set("reviewDate", "01/12/2028")
        .row("lat", "grid", "form", "LATITUDE")
        .row("age", "band")
        .row("x", "hash")
        .map();

    assertThat(mapping.decision()).isNull();
    assertThat(mapping.errors()).containsExactlyInAnyOrder(
        "Choisir un statut.",
        "Date de réexamen : date invalide « 01/12/2028 » (attendu AAAA-MM-JJ).",
        "Colonne « lat » : indiquer la taille de la grille en mètres.",
        "Colonne « age » : indiquer la largeur des tranches, ou leurs bornes séparées par des points-virgules.",
        "Colonne « x » : règle inconnue « hash ».");
  }

  @Test
  void recordRefusalsAreFrenchToo() {
    DecisionForm.Mapping mapping = decision("COMMUNICABLE_AFTER_OCCULTATION", "L311_7")
        .row("lat", "grid", "metres", "20", "form", "LATITUDE").map();

    assertThat(mapping.errors()).containsExactly("Colonne « lat » : une grille plus fine que 100 m ne généralise pas.");
  }

  @Test
  void aDecisionPrefillsTheFormThatMapsBackToIt() {
    OccultationPlan plan = new OccultationPlan(List.of(new ColumnRule.Keep("nom", Set.of(FindingKind.PERSON_NAME)),
        new ColumnRule.GeneraliseCoordinates("lon", CoordinateForm.LONGITUDE, new CoordinatePrecision.Grid(500), "lat"),
        new ColumnRule.Band("age", Bands.bounds(18, 25, 60))))
        .withSmallGroups(new SmallGroupSuppression(List.of("age"), 11));
    Decision original = new Decision(Status.COMMUNICABLE_AFTER_OCCULTATION, List.of(LegalBasis.L311_7,
        LegalBasis.D312_1_3), plan, ExemptionCategory.ELECTED_OFFICIALS, null, "motif", LocalDate.of(2028, 1, 1),
        "dora", TODAY);

    DecisionForm form = DecisionForm.of(3, original, List.of("nom", "lon", "age", "nouvelle"),
        new OccultationPlan(List.of(new ColumnRule.EmptyText("nouvelle"))), Map.of());

    assertThat(form.basedOn()).isEqualTo("3");
    assertThat(form.rows()).extracting(DecisionForm.Row::rule).containsExactly("keep", "grid", "band", "empty");
    Decision mapped = form.toDecision("dora", TODAY).decision();
    assertThat(mapped.plan().columns()).containsAll(plan.columns()).contains(new ColumnRule.EmptyText("nouvelle"));
    assertThat(mapped.plan().smallGroupSuppression()).isEqualTo(plan.smallGroupSuppression());
    assertThat(mapped.legalBases()).isEqualTo(original.legalBases());
    assertThat(mapped.exemption()).isEqualTo(original.exemption());
  }

  @Test
  void aColumnTurnedIntoAGridDefaultsToTheFormItsValuesHave() {
    List<String> columns = List.of("position", "emplacement");
    DatasetScanner scanner = DatasetScanner.everyRow(columns, null);
    for (int i = 0; i < 20; i++) {
      scanner.accept(List.of(String.format(Locale.ROOT, "POINT (4.83%04d 45.75%04d)", i * 37, i * 53), "abri " + i));
    }
    Map<String, ColumnFindings> findings = new LinkedHashMap<>();
    scanner.result().columns().forEach(c -> findings.put(c.column(), c));
    Decision kept = new Decision(Status.COMMUNICABLE, List.of(LegalBasis.L312_1_1), new OccultationPlan(List.of(
        new ColumnRule.Keep("position"), new ColumnRule.Keep("emplacement"))), null, null, "objets", TODAY, "dora",
        TODAY);

    DecisionForm form = DecisionForm.of(1, kept, columns, OccultationPlan.nothing(), findings);

    // « position » names no form; its WKT values do (the name alone would say « lat, lon »)
    assertThat(form.rows()).extracting(DecisionForm.Row::form)
        .containsExactly(CoordinateForm.WKT_POINT.name(), CoordinateForm.LAT_LON.name());
  }
}
