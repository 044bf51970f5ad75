package fr.socle.lakehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the demo is for: the facts each legal case and each detector needs are really in the data. */
class DemoContentTest {

  @Test
  void birthsGiveFrequentAndRareFirstNamesEveryYearAllValidForTheScdlAggregate() {
    DemoDataset births = DemoFiles.dataset("naissances-etat-civil");
    List<Map<String, String>> rows = rows(births);
    Pattern scdlFirstName = Pattern.compile("^'?[A-ZÉÀÈÙÄËÏÖÜŸÂÊÎÔÛŶÇŒÆ][a-zéàèùäëïüöÿâêîôûŷçæœ]*(|'|(('[A-ZÉÀÈÙÄËÏ"
        + "ÖÜŸÂÊÎÔÛŶÇŒÆa-zéàèùäëïüöÿâêîôûŷçæœ][a-zéàèùäëïüöÿâêîôûŷçæœ]*'?){1,2}|(-[A-ZÉÀÈÙÄËÏÖÜŸÂÊÎÔÛŶÇŒÆ][a-zéàèù"
        + "äëïüöÿâêîôûŷçæœ]*'?){1,2}){1,5})$");
    Map<String, Long> perYearSexName = rows.stream().collect(Collectors.groupingBy(
        r -> r.get("date_naissance").substring(6) + "|" + r.get("sexe") + "|" + r.get("prenom"), Collectors.counting()));

    assertThat(rows).hasSizeGreaterThan(4000);
    assertThat(rows).allSatisfy(r -> assertThat(r.get("prenom")).matches(scdlFirstName));
    for (int year = BirthsTable.FIRST_YEAR; year <= BirthsTable.LAST_YEAR; year++) {
      String prefix = year + "|";
      List<Long> counts = perYearSexName.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
          .map(Map.Entry::getValue).toList();
      assertThat(counts).as("names given at least 5 times in %d", year).anyMatch(c -> c >= 5);
      assertThat(counts.stream().filter(c -> c == 1).count()).as("names given once in %d", year)
          .isGreaterThan(150);
    }
  }

  @Test
  void salaryAggregateByGradeHasCellsOnBothSidesOfTheThresholdOfEleven() {
    Map<String, Long> perGrade = new Staff(DemoFiles.SEED).agents().stream()
        .collect(Collectors.groupingBy(Staff.Agent::grade, Collectors.counting()));

    assertThat(perGrade.values()).anyMatch(n -> n >= 11).anyMatch(n -> n < 11).anyMatch(n -> n == 1);
    assertThat(perGrade.values().stream().filter(n -> n >= 11).count()).isGreaterThanOrEqualTo(15);
    assertThat(perGrade.values().stream().filter(n -> n < 11).count()).isGreaterThanOrEqualTo(10);
    assertThat(perGrade.values().stream().mapToLong(Long::longValue).sum()).isBetween(900L, 1100L);
  }

  @Test
  void citizenReportsMixPersonalDataWithPersonNamedPlaces() {
    List<Map<String, String>> rows = rows(DemoFiles.dataset("signalements-citoyens"));
    Pattern mobile = Pattern.compile("(0|\\+33 )[67]([ .]?\\d{2}){4}");
    Pattern email = Pattern.compile("[\\w.-]+@[\\w-]+\\.[a-z]{2,}");
    Pattern sixDecimals = Pattern.compile("\\d+\\.\\d{6}");

    assertThat(count(rows, r -> mobile.matcher(r.get("description")).find())).isGreaterThan(500);
    assertThat(count(rows, r -> email.matcher(r.get("description")).find())).isGreaterThan(300);
    assertThat(count(rows, r -> r.get("description").contains("\nCordialement,\n"))).isGreaterThan(100);
    assertThat(count(rows, r -> r.get("description").matches("(?s).*(rue Victor Hugo|avenue Jean Jaurès|place du "
        + "Général de Gaulle|Gymnase Jean Moulin).*"))).isGreaterThan(100);
    assertThat(count(rows, r -> !r.get("email_declarant").isEmpty())).isGreaterThan(8000);
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.get("latitude")).matches(sixDecimals);
      assertThat(r.get("longitude")).matches(sixDecimals);
      assertThat(new BigDecimal(r.get("latitude"))).isBetween(new BigDecimal("47.38"), new BigDecimal("47.44"));
    });
  }

  @Test
  void streetsAndFacilitiesBearPersonsNames() {
    Town town = new Town(DemoFiles.SEED);
    List<String> streets = town.streets().stream().map(Street::label).toList();
    List<String> facilities = rows(DemoFiles.dataset("equipements-publics")).stream().map(r -> r.get("EQUIP_NOM"))
        .toList();

    assertThat(streets).contains("rue Victor Hugo", "avenue Jean Jaurès", "place du Général de Gaulle");
    assertThat(streets).hasSizeGreaterThan(120);
    assertThat(facilities).contains("Gymnase Jean Moulin", "Médiathèque Paul-Louis Courier");
  }

  @Test
  void facilityContactsAreSwitchboardsAndServiceMailboxes() {
    List<Map<String, String>> rows = rows(DemoFiles.dataset("equipements-publics"));

    assertThat(rows).allSatisfy(r -> {
      assertThat(r.get("EQUIP_TEL")).matches("\\+33 2\\d{8}");
      assertThat(r.get("EQUIP_EMAIL")).endsWith("@valmont-sur-loire.fr");
    });
    assertThat(rows).anyMatch(r -> r.get("EQUIP_EMAIL").equals("piscine@valmont-sur-loire.fr"));
  }

  @Test
  void subsidiesGoToAssociationsAndAFewSoleTraders() {
    List<Map<String, String>> rows = rows(DemoFiles.dataset("subventions-2025-2026"));
    long soleTraders = count(rows, r -> r.get("nomBeneficiaire").matches("[A-ZÉ' -]{2,} \\p{Lu}\\p{Ll}+.* \\(.*\\)"));

    assertThat(soleTraders).isBetween(2L, 6L);
    assertThat(count(rows, r -> !r.get("rnaBeneficiaire").isEmpty())).isGreaterThan(20);
    assertThat(rows).anyMatch(r -> r.get("idBeneficiaire").isEmpty());
  }

  @Test
  void deliberationsAreReportedByCouncilMembersAndSomeNamePrivatePersons() {
    List<Map<String, String>> rows = rows(DemoFiles.dataset("deliberations-conseil-municipal"));
    Council council = new Council(DemoFiles.SEED);
    List<String> current = council.members().stream().map(Council.Member::fullName).toList();

    assertThat(count(rows, r -> r.get("DELIB_OBJET").matches(".*(M\\.|Mme) \\p{Lu}.*"))).isGreaterThan(5);
    assertThat(rows).filteredOn(r -> r.get("DELIB_DATE").compareTo("2026-03-27") >= 0).allSatisfy(r ->
        assertThat(current).contains(r.get(DeliberationsTable.RAPPORTEUR).replaceFirst("^(Mme|M\\.) ", "")));
  }

  @Test
  void contractsNameBuyersAndHoldersByLuhnValidSirets() {
    List<Map<String, String>> rows = rows(DemoFiles.dataset("marches-publics"));

    assertThat(rows).hasSizeGreaterThan(100).allSatisfy(r -> {
      assertThat(Siret.luhnValid(r.get("acheteur_id"))).as(r.get("acheteur_id")).isTrue();
      assertThat(Siret.luhnValid(r.get("titulaire_id"))).as(r.get("titulaire_id")).isTrue();
      assertThat(r.get("titulaire_id")).hasSize(14);
    });
    assertThat(rows.stream().map(r -> r.get("acheteur_id")).distinct()).hasSize(2);
  }

  @Test
  void budgetSectionsBalance() {
    Map<String, BigDecimal> totals = new HashMap<>();
    for (Map<String, String> r : rows(DemoFiles.dataset("budget-primitif-2026"))) {
      totals.merge(r.get("BGT_SECTION") + " " + r.get("BGT_CODRD"),
          new BigDecimal(r.get("BGT_MTPREV").replace(',', '.')), BigDecimal::add);
    }

    assertThat(totals.get("fonctionnement recette")).isEqualByComparingTo(totals.get("fonctionnement dépense"));
    assertThat(totals.get("investissement recette")).isEqualByComparingTo(totals.get("investissement dépense"));
    assertThat(totals.get("fonctionnement dépense")).isBetween(new BigDecimal("50000000"), new BigDecimal("75000000"));
  }

  @Test
  void townIdentifiersAreWellFormed() {
    Town town = new Town(DemoFiles.SEED);

    assertThat(town.siret).startsWith("21370299").hasSize(14);
    assertThat(Siret.luhnValid(town.siret)).isTrue();
    assertThat(Siret.luhnValid(town.siren)).isTrue();
    assertThat(Town.INSEE_CODE).matches("^([013-9]\\d|2[AB1-9])\\d{3}$");
    assertThat(town.population).isBetween(47_000, 49_000);
  }

  private static List<Map<String, String>> rows(DemoDataset dataset) {
    List<CsvRecord> records = DemoFiles.csv(dataset);
    List<String> header = records.getFirst().getFields();
    return records.subList(1, records.size()).stream().map(record -> {
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), record.getField(i));
      }
      return row;
    }).toList();
  }

  private static long count(List<Map<String, String>> rows, Function<Map<String, String>, Boolean> test) {
    return rows.stream().filter(test::apply).count();
  }
}
