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

  @Test
  void repeatedValuesCountExactlyAsIfEachWereScanned() {
    List<String> distinct = List.of("RAS", "rappeler au 06 12 34 56 78 ou au 07 81 23 45 67",
        "écrire à jean.dupont@gmail.com", "accueil@ville-lyon.fr", "clos", "45.7641", "Jean Dupont");
    ColumnContext ctx = ColumnContext.of("commentaire");
    ColumnScanner scanner = new ColumnScanner(ctx);
    long[] expectedValues = new long[FindingKind.values().length];
    long[] expectedOccurrences = new long[FindingKind.values().length];
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 50_000; i++) {
      String value = distinct.get(random.nextInt(distinct.size()));
      FindingSet returned = scanner.accept(value);
      FindingSet scanned = Detectors.scan(value, ctx);
      assertThat(returned).isEqualTo(scanned);
      scanned.kinds().forEach(kind -> expectedValues[kind.ordinal()]++);
      Detectors.occurrences(value, ctx).forEach((kind, n) -> expectedOccurrences[kind.ordinal()] += n);
    }

    ColumnFindings result = scanner.result();

    assertThat(result.valuesScanned()).isEqualTo(50_000);
    for (FindingKind kind : FindingKind.values()) {
      assertThat(result.count(kind)).as(kind.name()).isEqualTo(expectedValues[kind.ordinal()]);
      assertThat(result.stats(kind).map(KindStats::occurrences).orElse(0L)).as(kind.name())
          .isEqualTo(expectedOccurrences[kind.ordinal()]);
    }
    assertThat(result.stats(FindingKind.PHONE).orElseThrow().examples())
        .containsExactly("06 •• •• •• ••", "07 •• •• •• ••");
  }

  @Test
  void valuesThatNeverRepeatAreScannedEachTime() {
    ColumnContext ctx = ColumnContext.of("commentaire");
    ColumnScanner scanner = new ColumnScanner(ctx);
    long phones = 0;
    for (int i = 0; i < 100_000; i++) {
      String value = i % 1000 == 0 ? "appeler le 06 12 " + String.format("%02d", i % 97) + " 56 78" : "SIG-" + i;
      phones += Detectors.scan(value, ctx).contains(FindingKind.PHONE) ? 1 : 0;
      scanner.accept(value);
    }

    assertThat(scanner.result().count(FindingKind.PHONE)).isEqualTo(phones).isPositive();
  }
}
