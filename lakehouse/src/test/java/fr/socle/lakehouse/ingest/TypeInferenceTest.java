package fr.socle.lakehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.Arguments;

class TypeInferenceTest {
  static List<Arguments> columns() {
    return List.of(
        Arguments.of("population", List.of("1200", "35 000", "7"), ColumnType.LONG),
        Arguments.of("cp", List.of("75001", "01000"), ColumnType.STRING),
        Arguments.of("code_commune", List.of("75056", "69123"), ColumnType.STRING),
        Arguments.of("siret", List.of("21750001600019"), ColumnType.STRING),
        Arguments.of("montant", List.of("12,5", "3", "1 000,25"), ColumnType.DOUBLE),
        Arguments.of("taux", List.of("0,5", "0.25"), ColumnType.DOUBLE),
        Arguments.of("vote", List.of("oui", "Non", "OUI"), ColumnType.BOOLEAN),
        Arguments.of("actif", List.of("vrai", "faux"), ColumnType.BOOLEAN),
        Arguments.of("date", List.of("05/03/2024", "2024-03-06"), ColumnType.DATE),
        Arguments.of("maj", List.of("05/03/2024 10:00", "2024-03-06T11:00:00"), ColumnType.TIMESTAMP),
        Arguments.of("mixte", List.of("12", "douze"), ColumnType.STRING),
        Arguments.of("vide", List.of(), ColumnType.STRING),
        Arguments.of("grand_nombre", List.of("12345678901234567890"), ColumnType.STRING));
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @MethodSource("columns")
  void columnTypesAreGuessedLikeAFrenchAgentWould(String name, List<String> values, ColumnType expected) {
    TypeInference inference = new TypeInference();
    values.forEach(inference::accept);

    assertThat(inference.type(name)).isEqualTo(expected);
  }
}
