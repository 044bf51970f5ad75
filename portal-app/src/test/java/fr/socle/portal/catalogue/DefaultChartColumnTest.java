package fr.socle.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A chart nobody configured still shows something worth looking at, trying few columns. */
class DefaultChartColumnTest {
  private static final Map<String, List<Double>> COUNTS = Map.of(
      "id_signalement", List.of(1.0, 1.0, 1.0, 1.0),
      "nature", List.of(312.0),
      "canal", List.of(9000.0, 6000.0, 5000.0),
      "quartier", List.of(4000.0, 3000.0),
      "empty", List.of());

  private final List<String> tried = new ArrayList<>();

  private DefaultChartColumn.Chosen<String, Double> choose(List<String> candidates, boolean counted) throws Exception {
    return DefaultChartColumn.choose(candidates, column -> {
      tried.add(column);
      return COUNTS.get(column);
    }, Double::doubleValue, counted);
  }

  @Test
  void identifiersAndConstantsAreSkipped() throws Exception {
    DefaultChartColumn.Chosen<String, Double> chosen = choose(List.of("id_signalement", "nature", "canal", "quartier"),
        true);
    assertThat(chosen.column()).isEqualTo("canal");
    assertThat(chosen.groups()).containsExactly(9000.0, 6000.0, 5000.0);
    assertThat(tried).containsExactly("id_signalement", "nature", "canal");
  }

  @Test
  void aSumOfSingleRowsIsNotAnIdentifierSign() throws Exception {
    assertThat(choose(List.of("id_signalement", "canal"), false).column()).isEqualTo("id_signalement");
  }

  @Test
  void theFirstCandidateWhenNoneOfTheFirstFewTells() throws Exception {
    DefaultChartColumn.Chosen<String, Double> chosen = choose(
        List.of("nature", "empty", "id_signalement", "nature", "canal"), true);
    assertThat(chosen.column()).isEqualTo("nature");
    assertThat(chosen.groups()).containsExactly(312.0);
    assertThat(tried).hasSize(DefaultChartColumn.TRIES);
  }
}
