package fr.socle.policies.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColumnScannerTest {

  @Test
  void countsValuesAndOccurrencesAndKeepsMaskedExamplesOnly() {
    ColumnScanner scanner = new ColumnScanner(ColumnContext.of("commentaire"));
    scanner.accept("RAS");
    scanner.accept("rappeler au 06 12 34 56 78 ou au 07 81 23 45 67");
    scanner.accept("écrire à jean.dupont@gmail.com");
    scanner.accept(null);
    scanner.accept("   ");

    ColumnFindings result = scanner.result();

    assertThat(result.valuesScanned()).isEqualTo(5);
    assertThat(result.nonEmpty()).isEqualTo(3);
    assertThat(result.stats(FindingKind.PHONE)).hasValueSatisfying(stats -> {
      assertThat(stats.values()).isEqualTo(1);
      assertThat(stats.occurrences()).isEqualTo(2);
      assertThat(stats.examples()).containsExactly("06 •• •• •• ••", "07 •• •• •• ••");
    });
    assertThat(result.stats(FindingKind.EMAIL).orElseThrow().examples()).containsExactly("j•••@gmail.com");
    assertThat(result.detected()).isEqualTo(Set.of(FindingKind.PHONE, FindingKind.EMAIL));
    assertThat(result.describe(FindingKind.PHONE))
        .isEqualTo("1 numéro de téléphone personnel (ex. 06 •• •• •• ••, 07 ••"
        + " •• •• ••)");
  }

  @Test
  void examplesNeverShowTheValue() {
    List<String> values = List.of("1 85 05 78 006 084 91", "FR76 3000 6000 0112 3456 7890 189", "AB-123-CD",
        "12 rue Victor Hugo", "+33 6 12 34 56 78", "Jean Dupont", "accueil@ville-lyon.fr", "marc.petit@ville-lyon.fr");
    ColumnScanner scanner = new ColumnScanner(ColumnContext.of("divers"), 10);
    values.forEach(scanner::accept);

    List<String> examples = new ArrayList<>();
    scanner.result().kinds().forEach(k -> examples.addAll(k.examples()));

    assertThat(examples).containsExactlyInAnyOrder("1 •• •• •• ••• ••• ••", "FR•• •••• •••• •••• •••• •••• •••",
        "A•-1••-C•", "1• r•• V••••• H•••", "+33 6 •• •• •• ••", "J••• D•••••", "accueil@v•••.fr", "m•••@v•••.fr");
    for (String example : examples) {
      assertThat(values).noneMatch(v -> v.equals(example));
    }
  }

  @Test
  void aFewFirstNamesInAColumnOfWordsAreSeenNotConcluded() {
    ColumnScanner scanner = new ColumnScanner(ColumnContext.of("essence"));
    List.of("Olivier", "Chêne", "Érable", "Tilleul", "Platane", "Marronnier", "Pin", "Hêtre", "Bouleau", "Frêne")
        .forEach(scanner::accept);

    ColumnFindings result = scanner.result();

    assertThat(result.count(FindingKind.FIRST_NAME)).isEqualTo(1);
    assertThat(result.detected()).isEmpty();
  }

  @Test
  void aDatasetScannerScansEveryRowOfASmallTable() {
    DatasetScanner scanner = DatasetScanner.everyRow(List.of("nom", "prenom", "tel"), null);
    scanner.accept(List.of("DUPONT", "Jean", "06 12 34 56 78"));
    scanner.accept(List.of("MARTIN", "Marie", "01 42 76 40 40"));

    DatasetFindings findings = scanner.result();

    assertThat(findings.sampled()).isFalse();
    assertThat(findings.coverage()).isEqualTo("2 lignes");
    assertThat(findings.column("nom").orElseThrow().detected()).containsExactly(FindingKind.PERSON_NAME);
    assertThat(findings.column("prenom").orElseThrow().detected()).containsExactly(FindingKind.FIRST_NAME);
    assertThat(findings.column("tel").orElseThrow().detected()).containsExactly(FindingKind.PHONE);
  }
}
