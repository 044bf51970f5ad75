package fr.socle.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A chart nobody configured still shows something worth looking at, trying few columns. */
class DefaultChartColumnTest {
  private static final int LIMIT = 4;
  private static final Map<String, List<Double>> COUNTS = Map.of(
      "id_signalement", List.of(1.0, 1.0, 1.0, 1.0),
      "nature", List.of(312.0),
      "prenom", List.of(30.0, 20.0, 20.0, 10.0),
      "canal", List.of(9000.0, 6000.0, 5000.0),
      "sexe", List.of(60.0, 40.0),
      "empty", List.of());

  private final List<String> tried = new ArrayList<>();

  private DefaultChartColumn.Chosen<String, Double> choose(boolean counted, String... candidates) throws Exception {
    return DefaultChartColumn.choose(List.of(candidates), column -> {
      tried.add(column);
      return COUNTS.get(column);
    }, Double::doubleValue, counted, LIMIT);
  }

  @Test
  void identifiersConstantsAndChartsShownInPartAreSkipped() throws Exception {
    DefaultChartColumn.Chosen<String, Double> chosen = choose(true, "id_signalement", "nature", "prenom", "canal",
        "sexe");
    assertThat(chosen.column()).isEqualTo("canal");
    assertThat(chosen.groups()).containsExactly(9000.0, 6000.0, 5000.0);
    assertThat(tried).containsExactly("id_signalement", "nature", "prenom", "canal");
  }

  @Test
  void aChartShownInPartRatherThanNothingTelling() throws Exception {
    assertThat(choose(true, "id_signalement", "nature", "prenom", "empty").column()).isEqualTo("prenom");
  }

  @Test
  void aSumOverSingleRowsIsNoSignOfAnIdentifier() throws Exception {
    assertThat(choose(false, "id_signalement", "nature", "canal").column()).isEqualTo("canal");
    assertThat(choose(false, "id_signalement", "nature").column()).isEqualTo("id_signalement");
  }

  @Test
  void theFirstCandidateWhenNoneOfTheFirstFewTells() throws Exception {
    List<String> many = new ArrayList<>(Collections.nCopies(DefaultChartColumn.TRIES, "nature"));
    many.addFirst("empty");
    many.add("canal");
    DefaultChartColumn.Chosen<String, Double> chosen = choose(true, many.toArray(String[]::new));
    assertThat(chosen.column()).isEqualTo("empty");
    assertThat(chosen.groups()).isEmpty();
    assertThat(tried).hasSize(DefaultChartColumn.TRIES).doesNotContain("canal");
  }
}
