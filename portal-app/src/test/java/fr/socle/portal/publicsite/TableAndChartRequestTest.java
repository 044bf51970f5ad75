package fr.socle.portal.publicsite;

import static fr.socle.portal.publicsite.PublishedDatasetsFixture.aDataset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.lakehouse.odsql.FieldType;
import fr.socle.lakehouse.odsql.OdsqlQuery;
import fr.socle.portal.explore.PublishedDataset;
import org.junit.jupiter.api.Test;

/** The table's and the chart builder's parameters: checked names, visitors' texts bound, French refusals. */
class TableAndChartRequestTest {
  private final PublishedDataset dataset = aDataset("equipements").withGeometry().build();

  @Test
  void theTableShowsEveryFieldButTheGeographicOnes() {
    assertThat(TableRequest.columns(dataset)).extracting(PublishedDataset.Field::name)
        .containsExactly("nom", "montant", "nb", "jour");
  }

  @Test
  void searchFilterAndSortBecomeOneParameterisedStatement() {
    TableRequest request = TableRequest.of(dataset, "piscine'; DROP TABLE x --", "nom", "Stade \"Municipal\"",
        "montant", "desc", "3");
    OdsqlQuery.Plan plan = request.query(dataset).page(TableRequest.PAGE_SIZE, request.offset()).plan();
    assertThat(plan.sql().sql()).doesNotContain("DROP", "Municipal").contains("ORDER BY").contains("DESC")
        .contains("OFFSET 40").contains("LIMIT 20");
    assertThat(plan.sql().parameters()).contains("Stade \"Municipal\"");
    assertThat(plan.sql().parameters().toString()).contains("drop");
  }

  @Test
  void unknownColumnsOrdersAndPagesAreRefusedInFrench() {
    assertThatThrownBy(() -> TableRequest.of(dataset, null, null, null, "geo_shape", null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colonne inconnue");
    assertThatThrownBy(() -> TableRequest.of(dataset, null, "nom`; --", "x", null, null, null))
        .hasMessageContaining("colonne inconnue");
    assertThatThrownBy(() -> TableRequest.of(dataset, null, null, null, "nom", "sideways", null))
        .hasMessageContaining("ordre de tri invalide");
    assertThatThrownBy(() -> TableRequest.of(dataset, null, null, null, null, null, "501"))
        .hasMessageContaining("page trop lointaine");
  }

  @Test
  void aValueThatDoesNotFitItsColumnIsAFrenchMessageNotAnError() {
    TableRequest request = TableRequest.of(dataset, null, "nb", "beaucoup", null, null, null);
    assertThatThrownBy(() -> request.query(dataset)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("la valeur « beaucoup » ne convient pas à la colonne")
        .hasMessageNotContaining("Invalid");
  }

  @Test
  void theChartDefaultsToBarsCountingTheFirstTextColumn() {
    ChartRequest chart = ChartRequest.of(dataset, null, null, null, null);
    assertThat(chart).isNotNull();
    assertThat(chart.kind()).isEqualTo(ChartRequest.Kind.BARS);
    assertThat(chart.by().name()).isEqualTo("nom");
    assertThat(chart.aggregate()).isEqualTo(ChartRequest.Aggregate.COUNT);
    OdsqlQuery.Plan plan = chart.query(dataset).page(chart.limit(), 0).plan();
    assertThat(plan.sql().sql()).contains("count(*)").contains("GROUP BY").contains("DESC").contains("LIMIT 20");
  }

  @Test
  void anAggregatesChartAddsUpTheRecordsOfItsCellsUnlessTheReaderChoosesAnotherMeasure() {
    PublishedDataset aggregate = aDataset("naissances-agrege").withField("nombre", FieldType.INT).build();
    ChartRequest chart = ChartRequest.of(aggregate, null, null, null, null);
    assertThat(chart.aggregate()).isEqualTo(ChartRequest.Aggregate.SUM);
    assertThat(chart.of().name()).isEqualTo("nombre");
    assertThat(chart.by().name()).isEqualTo("nom");
    assertThat(ChartRequest.candidates(aggregate, chart.of())).extracting(PublishedDataset.Field::name)
        .containsExactly("nom", "jour", "nb");
    assertThat(chart.query(aggregate).plan().sql().sql()).contains("sum(");
    assertThat(ChartRequest.of(aggregate, null, null, "nombre", null).aggregate())
        .isEqualTo(ChartRequest.Aggregate.COUNT);
    // a count that is a measure of its own (a double, or named otherwise) is no cell count
    assertThat(ChartRequest.of(aDataset("x").withField("nombre", FieldType.DOUBLE).build(), null, null, null, null)
        .aggregate()).isEqualTo(ChartRequest.Aggregate.COUNT);
    assertThat(ChartRequest.of(dataset, null, null, null, null).aggregate()).isEqualTo(ChartRequest.Aggregate.COUNT);
  }

  @Test
  void aLineOverADateGroupsByMonthInOrder() {
    ChartRequest chart = ChartRequest.of(dataset, "lignes", "jour", "somme", "montant");
    OdsqlQuery.Plan plan = chart.query(dataset).page(chart.limit(), 0).plan();
    assertThat(plan.sql().sql()).contains("sum(").contains("format_datetime").contains("ASC");
    assertThat(plan.sql().parameters()).contains("yyyy-MM");
  }

  @Test
  void aPieOfSumsReadsTheGroupsItLeavesOutToGatherThem() {
    ChartRequest chart = ChartRequest.of(dataset, "secteurs", "nom", "somme", "nb");
    assertThat(chart.kind()).isEqualTo(ChartRequest.Kind.PIE);
    assertThat(chart.limit()).isEqualTo(ChartRequest.MAX_SLICES);
    assertThat(chart.gathersOthers()).isTrue();
    assertThat(chart.groupsRead()).isEqualTo(ChartRequest.PIE_GROUPS);
    assertThat(ChartRequest.of(dataset, "barres", "nom", "somme", "nb").groupsRead())
        .isEqualTo(ChartRequest.MAX_BARS + 1);
  }

  @Test
  void meansAreNotPartsOfAWholeSoTheirPieIsDrawnAsBars() {
    ChartRequest chart = ChartRequest.of(dataset, "secteurs", "nom", "moyenne", "nb");
    assertThat(chart.kind()).isEqualTo(ChartRequest.Kind.BARS);
    assertThat(chart.query(dataset).plan().sql().sql()).contains("avg(");
  }

  @Test
  void chartChoicesOutsideTheDatasetAreRefusedInFrench() {
    assertThatThrownBy(() -> ChartRequest.of(dataset, "camembert", null, null, null))
        .hasMessageContaining("type de graphique");
    assertThatThrownBy(() -> ChartRequest.of(dataset, null, "montant", null, null))
        .hasMessageContaining("colonne de regroupement inconnue");
    assertThatThrownBy(() -> ChartRequest.of(dataset, null, null, "somme", "nom"))
        .hasMessageContaining("colonne numérique inconnue");
  }
}
