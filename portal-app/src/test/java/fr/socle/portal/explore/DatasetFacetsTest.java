package fr.socle.portal.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetFacetsTest {
  @Test
  void aDateFacetGoesDownToTheLevelBelowItsDeepestRefinementAsFarAsDays() {
    assertThat(DatasetFacets.refinedPath("jour", List.of())).isEmpty();
    assertThat(DatasetFacets.refinedPath("jour", List.of("nom:x", "jour:2024"))).containsExactly("2024");
    assertThat(DatasetFacets.refinedPath("jour", List.of("jour:2024", "jour:2024/3"))).containsExactly("2024", "03");
    // a refined day shows the days of its month
    assertThat(DatasetFacets.refinedPath("jour", List.of("jour:2024-03-05"))).containsExactly("2024", "03");
    assertThat(DatasetFacets.refinedPath("jour", List.of("jourx:2024", "jour:hier"))).isEmpty();
  }

  @Test
  void datePathsReadOpendatasoftsAndIsoForms() {
    assertThat(DatasetFacets.datePath("2024/1/5")).containsExactly("2024", "01", "05");
    assertThat(DatasetFacets.datePath(" 2024-01 ")).containsExactly("2024", "01");
    assertThat(DatasetFacets.datePath("2024/x")).containsExactly("2024");
    assertThat(DatasetFacets.datePath("24/01")).isEmpty();
  }
}
