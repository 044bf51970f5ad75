package fr.socle.portal.publicsite;

import static fr.socle.portal.publicsite.PublishedDatasetsFixture.aDataset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.portal.explore.PublishedDataset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueSearchTest {
  private final List<PublishedDataset> all = List.of(
      aDataset("budget").titled("Budget primitif").keywords("budget", "finances").modified("2026-11-01T00:00:00Z")
          .build(),
      aDataset("equipements").titled("Équipements sportifs").theme("Sports").publisher("sports")
          .keywords("équipements", "sport").schema("scdl-equipements").withGeometry()
          .modified("2026-11-20T00:00:00Z").build(),
      aDataset("quartiers").titled("Quartiers").described("Les quartiers de la ville").theme("Régions et villes")
          .publisher("urbanisme").keywords("découpage").schema(null).odbl().withGeometry()
          .modified("2026-10-01T00:00:00Z").build());

  private static CatalogueSearch.Query query(String text, Map<CatalogueSearch.Facet, Set<String>> selected) {
    return new CatalogueSearch.Query(text, selected, CatalogueSearch.Sort.RECENT, 1);
  }

  private static List<String> ids(CatalogueSearch.Result result) {
    return result.datasets().stream().map(PublishedDataset::datasetId).toList();
  }

  @Test
  void fullTextSearchesTitlesDescriptionsAndKeywordsWithoutAccents() {
    assertThat(ids(CatalogueSearch.search(all, query("equipements", Map.of())))).containsExactly("equipements");
    assertThat(ids(CatalogueSearch.search(all, query("ville", Map.of())))).containsExactly("quartiers");
    assertThat(ids(CatalogueSearch.search(all, query("FINANCES budget", Map.of())))).containsExactly("budget");
  }

  @Test
  void withoutChoicesTheMostRecentComeFirst() {
    assertThat(ids(CatalogueSearch.search(all, query(null, Map.of()))))
        .containsExactly("equipements", "budget", "quartiers");
  }

  @Test
  void sortsByTitleIgnoringAccents() {
    CatalogueSearch.Result result = CatalogueSearch.search(all,
        new CatalogueSearch.Query(null, Map.of(), CatalogueSearch.Sort.TITLE, 1));
    assertThat(ids(result)).containsExactly("budget", "equipements", "quartiers");
  }

  @Test
  void facetsAreAndedBetweenThemAndOredWithinOne() {
    assertThat(ids(CatalogueSearch.search(all, query(null,
        Map.of(CatalogueSearch.Facet.FORMAT, Set.of("geojson"))))))
        .containsExactlyInAnyOrder("equipements", "quartiers");
    assertThat(ids(CatalogueSearch.search(all, query(null, Map.of(CatalogueSearch.Facet.FORMAT, Set.of("geojson"),
        CatalogueSearch.Facet.LICENCE, Set.of("Open Database License (ODbL) 1.0")))))).containsExactly("quartiers");
    assertThat(ids(CatalogueSearch.search(all, query(null,
        Map.of(CatalogueSearch.Facet.PRODUCER, Set.of("sports", "urbanisme"))))))
        .containsExactlyInAnyOrder("equipements", "quartiers");
  }

  @Test
  void aFacetsCountsIgnoreItsOwnChoicesButNotTheOthers() {
    CatalogueSearch.Result result = CatalogueSearch.search(all, query(null,
        Map.of(CatalogueSearch.Facet.PRODUCER, Set.of("sports"))));
    CatalogueSearch.FacetCounts producers = facet(result, CatalogueSearch.Facet.PRODUCER);
    assertThat(producers.values()).extracting(CatalogueSearch.FacetValue::value)
        .containsExactlyInAnyOrder("finances", "sports", "urbanisme");
    assertThat(producers.values()).filteredOn(CatalogueSearch.FacetValue::selected)
        .extracting(CatalogueSearch.FacetValue::value).containsExactly("sports");
    CatalogueSearch.FacetCounts schemas = facet(result, CatalogueSearch.Facet.SCHEMA);
    assertThat(schemas.values()).containsExactly(new CatalogueSearch.FacetValue("scdl-equipements", 1, false));
  }

  @Test
  void pagesHoldTwentyDatasets() {
    List<PublishedDataset> many = java.util.stream.IntStream.range(0, 45)
        .mapToObj(i -> aDataset("d" + i).titled(String.format("Jeu %02d", i)).build()).toList();
    CatalogueSearch.Result third = CatalogueSearch.search(many,
        new CatalogueSearch.Query(null, Map.of(), CatalogueSearch.Sort.TITLE, 3));
    assertThat(third.total()).isEqualTo(45);
    assertThat(third.pages()).isEqualTo(3);
    assertThat(ids(third)).containsExactly("d40", "d41", "d42", "d43", "d44");
  }

  @Test
  void badParametersAreRefusedInFrench() {
    assertThatThrownBy(() -> CatalogueSearch.Sort.of("hasard")).hasMessageContaining("tri inconnu");
    assertThatThrownBy(() -> SiteParams.page("0")).hasMessageContaining("numéro de page invalide");
    assertThatThrownBy(() -> SiteParams.page("deux")).hasMessageContaining("numéro de page invalide");
  }

  @Test
  void selectedValuesComeFromTheRequestsParameters() {
    Map<String, List<String>> params = Map.of("theme", List.of("Sports", " "), "q", List.of("x"));
    assertThat(CatalogueSearch.selected(params::get)).isEqualTo(Map.of(CatalogueSearch.Facet.THEME, Set.of("Sports")));
  }

  @Test
  void homeFiguresCountDatasetsRowsThemesAndTheLastUpdate() {
    HomePageController.Figures figures = HomePageController.figures(all);
    assertThat(figures.datasets()).isEqualTo(3);
    assertThat(figures.records()).isEqualTo(360);
    assertThat(figures.lastUpdate()).isEqualTo(java.time.Instant.parse("2026-11-20T00:00:00Z"));
    assertThat(figures.themes()).containsExactly("Économie et finances", "Régions et villes", "Sports");
    assertThat(HomePageController.latest(all, 2)).extracting(PublishedDataset::datasetId)
        .containsExactly("equipements", "budget");
  }

  private static CatalogueSearch.FacetCounts facet(CatalogueSearch.Result result, CatalogueSearch.Facet facet) {
    return result.facets().stream().filter(f -> f.facet() == facet).findFirst().orElseThrow();
  }
}
