package fr.socle.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report form's checks: one row per case, the error named by its message key. */
class ReportFormTest {

  @ParameterizedTest(name = "[{0}] [{1}] [{2}] → {3}")
  @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
      personal-data | La colonne nom contient des noms | -                          | -
      data-error    | Montant erroné ligne 3           | jeanne.dupont@example.fr   | -
      technical     | Le CSV est vide                  | ''                         | -
      other         | '   texte entouré d''espaces   ' | '  a@b.fr  '               | -
      -             | Une description                  | -                          | category=report.error.category
      leak          | Une description                  | -                          | category=report.error.category
      personal-data | -                                | -                          | description=report.error.description.required
      personal-data | '    '                           | -                          | description=report.error.description.required
      personal-data | Une description                  | pas-une-adresse            | email=report.error.email
      personal-data | Une description                  | a@b                        | email=report.error.email
      personal-data | Une description                  | a b@c.fr                   | email=report.error.email
      personal-data | Une description                  | a@@c.fr                    | email=report.error.email
      -             | -                                | x@                         | category=report.error.category,description=report.error.description.required,email=report.error.email
      """)
  void checks(String category, String description, String email, String expected) {
    ReportForm form = ReportForm.of(category, description, email, null);

    String errors = form.errors().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .reduce((a, b) -> a + "," + b).orElse(null);

    assertThat(errors).isEqualTo(expected);
  }

  @Test
  void theDescriptionMayHaveFourThousandCharactersNotOneMore() {
    assertThat(ReportForm.of("other", "é".repeat(4000), null, null).errors()).isEmpty();
    assertThat(ReportForm.of("other", "é".repeat(4001), null, null).errors())
        .containsEntry("description", "report.error.description.long");
    // characters, not UTF-16 units: an emoji counts once
    assertThat(ReportForm.of("other", "😀".repeat(4000), null, null).errors()).isEmpty();
  }

  @Test
  void whatWasTypedIsKeptTrimmedForTheFormToShowAgain() {
    ReportForm form = ReportForm.of(" technical ", "  ligne 1\r\nligne 2  ", " a@b.fr ", null);

    assertThat(form.category()).isEqualTo("technical");
    assertThat(form.description()).isEqualTo("ligne 1\nligne 2");
    assertThat(form.emailOrNull()).isEqualTo("a@b.fr");
    assertThat(ReportForm.of("other", "x", "", null).emailOrNull()).isNull();
  }

  @Test
  void theHoneypotMarksRobots() {
    assertThat(ReportForm.of("other", "x", null, "http://spam.example").fromRobot()).isTrue();
    assertThat(ReportForm.of("other", "x", null, "").fromRobot()).isFalse();
    assertThat(ReportForm.of("other", "x", null, null).fromRobot()).isFalse();
  }

  @Test
  void alertsSayWhatAndWhereAndFlagLeaks() {
    Report leak = new Report(7, "equipements", ReportCategory.PERSONAL_DATA, "noms", null,
        java.time.Instant.parse("2026-12-01T10:00:00Z"), null, null, null);

    assertThat(ReportAlerts.message(leak, "Équipements")).startsWith("URGENT")
        .contains("« Équipements » (equipements)").contains("retirez la publication");
    assertThat(ReportAlerts.link(7)).isEqualTo("/espace/signalements#signalement-7");
  }
}
