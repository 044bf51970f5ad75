package fr.socle.policies.occultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccumulatorsTest {

  @Test
  void smallGroupsAreSuppressedInASecondPass() {
    QuasiIdentifierGroups groups = new QuasiIdentifierGroups(3);
    List<List<String>> keys = List.of(List.of("1985", "Lyon"), List.of("1985", "Lyon"), List.of("1985", "Lyon"),
        List.of("1990", "Bron"));
    keys.forEach(groups::accept);

    assertThat(groups.keeps(List.of("1985", "Lyon"))).isTrue();
    assertThat(groups.keeps(List.of("1990", "Bron"))).isFalse();
    assertThat(groups.result()).isEqualTo(new QuasiIdentifierGroups.Result(3, 4, 2, 1, 1, 1));
    assertThat(groups.result().isKAnonymous()).isFalse();
  }

  @Test
  void nullIsAValueOfItsOwnInAGroupKey() {
    QuasiIdentifierGroups groups = new QuasiIdentifierGroups(2);
    java.util.ArrayList<String> unknown = new java.util.ArrayList<>();
    unknown.add(null);
    groups.accept(unknown);
    groups.accept(List.of(""));

    assertThat(groups.result().groups()).isEqualTo(2);
  }

  /** Businesses: at least 3 units and none above 85 % of the cell. */
  @Test
  void businessSecrecySuppressesCellsWithFewOrDominantUnits() {
    Aggregation spec = new Aggregation(List.of("secteur"), List.of(Measure.count(), Measure.sum("ca")),
        SecrecyRule.businesses("siren", "ca"));
    CellAggregator cells = new CellAggregator(spec, List.of("secteur", "siren", "ca"));
    // commerce: 3 businesses, balanced → published
    cells.accept(List.of("commerce", "A", "100"));
    cells.accept(List.of("commerce", "B", "120"));
    cells.accept(List.of("commerce", "C", "90"));
    // industrie: 3 businesses, one at 90 % → secret
    cells.accept(List.of("industrie", "D", "900"));
    cells.accept(List.of("industrie", "E", "50"));
    cells.accept(List.of("industrie", "F", "50"));
    // bâtiment: 2 businesses (one with two rows) → secret
    cells.accept(List.of("bâtiment", "G", "10"));
    cells.accept(List.of("bâtiment", "G", "10"));
    cells.accept(List.of("bâtiment", "H", "30"));

    assertThat(cells.publishableCells()).containsExactly(List.of("commerce", "3", "310"));
    CellAggregator.Result result = cells.result();
    assertThat(result.secretCells()).isEqualTo(2);
    assertThat(result.violations()).containsExactly("(industrie) : une entreprise pèse 90 % du total",
        "(bâtiment) : 2 entreprises, moins de 3");
  }

  @Test
  void individualTaxDataNeedsElevenUnitsPerCell() {
    Aggregation spec = new Aggregation(List.of("iris"), List.of(Measure.count()), SecrecyRule.individualTax("foyer"));
    CellAggregator cells = new CellAggregator(spec, List.of("iris", "foyer"));
    for (int i = 0; i < 11; i++) {
      cells.accept(List.of("A", "f" + i));
    }
    for (int i = 0; i < 10; i++) {
      cells.accept(List.of("B", "g" + (i % 5)));
    }

    assertThat(cells.publishableCells()).containsExactly(List.of("A", "11"));
    assertThat(cells.result().violations()).containsExactly("(B) : 5 unités, moins de 11");
  }
}
