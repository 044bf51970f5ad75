package fr.socle.lakehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnNamesTest {
  @ParameterizedTest(name = "«{0}» → {1}")
  @CsvSource(delimiter = '|', value = {
      "Date de création|date_de_creation", "nomAttribuant|nom_attribuant", "idRAE|id_rae",
      "Montant (€)|montant", "2024|c_2024", "  Cœur de ville  |coeur_de_ville", "N° SIRET|n_siret",
      "HTMLParser|html_parser", "Dépenses - Montant|depenses_montant", "EQUIP_TEL|equip_tel"})
  void headersBecomeSqlNames(String header, String name) {
    assertThat(ColumnNames.normalise(header)).isEqualTo(name);
  }

  @Test
  void duplicatesAndBlanksGetNumbered() {
    assertThat(ColumnNames.normalise(List.of("Montant", "montant", "", "MONTANT")))
        .containsExactly("montant", "montant_2", "colonne_3", "montant_3");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"code_postal,true", "siret,true", "n_siret,true", "code_insee,true", "tel,true", "id_attribuant,true",
      "numero_voie,true", "iban,true", "montant,false", "validite,false", "identite_visuelle,false",
      "telephone_mairie,true"})
  void codeColumnsAreRecognisedByName(String name, boolean code) {
    assertThat(ColumnNames.namesACode(name)).isEqualTo(code);
  }
}
