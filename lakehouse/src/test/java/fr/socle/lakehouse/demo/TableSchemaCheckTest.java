package fr.socle.lakehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test helper itself catches what the schemas forbid, or the conformance test would prove nothing. */
class TableSchemaCheckTest {

  @Test
  void checkerRejectsBadSiretsEnumsPatternsAndMissingBeneficiaryIds() {
    TableSchemaCheck subsidies = TableSchemaCheck.load("scdl-subventions");
    Map<String, String> row = new HashMap<>();
    row.put("nomAttribuant", "Commune de Valmont-sur-Loire");
    row.put("idAttribuant", "21370299600018");
    row.put("dateConvention", "2025-02-30");
    row.put("nomBeneficiaire", "Valmont Basket Club");
    row.put("objet", "Subvention");
    row.put("montant", "1200,50");
    row.put("nature", "aide");
    row.put("conditionsVersement", "unique");
    row.put("datesPeriodeVersement", "2025/03/01");
    row.put("notificationUE", "false");
    row.put("pourcentageSubvention", "1,5");

    assertThat(subsidies.violations(row, ',')).hasSize(7).anyMatch(p -> p.startsWith("idAttribuant"))
        .anyMatch(p -> p.startsWith("dateConvention")).anyMatch(p -> p.startsWith("nature"))
        .anyMatch(p -> p.startsWith("datesPeriodeVersement")).anyMatch(p -> p.startsWith("notificationUE"))
        .anyMatch(p -> p.startsWith("pourcentageSubvention")).anyMatch(p -> p.startsWith("one of"));
  }

  @Test
  void checkerRejectsVotesThatDoNotAddUp() {
    TableSchemaCheck deliberations = TableSchemaCheck.load("scdl-deliberations");
    Map<String, String> row = new HashMap<>(Map.of("VOTE_EFFECTIF", "43", "VOTE_REEL", "40", "VOTE_POUR", "30",
        "VOTE_CONTRE", "5", "VOTE_ABSTENTION", "2", "DELIB_DATE", "2025-03-20", "PREF_DATE", "2025-03-19"));

    assertThat(deliberations.violations(row, '.')).anyMatch(p -> p.contains("is not the sum"))
        .anyMatch(p -> p.startsWith("PREF_DATE"));
  }
}
