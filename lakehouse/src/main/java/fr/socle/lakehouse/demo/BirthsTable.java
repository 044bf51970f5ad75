package fr.socle.lakehouse.demo;

import fr.socle.lakehouse.demo.PersonNames.Sex;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Births registered by the civil registry (état civil) from 2018 to 2025: the town has the area's maternity, so
 * about 40 % of the parents live in neighbouring communes. First names are drawn from INSEE's lists with Zipf
 * weights by rank: a yearly aggregate has frequent names (several per year) and a long tail of names given once.
 */
final class BirthsTable implements DemoTable {
  static final int FIRST_YEAR = 2018;
  static final int LAST_YEAR = 2025;

  private static final List<Column> COLUMNS = List.of(
      new Column("numero_acte", "Numéro de l'acte de naissance (année-rang)."),
      new Column("date_naissance", "Date de naissance de l'enfant (jj/mm/aaaa)."),
      new Column("heure_naissance", "Heure de naissance (hh:mm)."),
      new Column("sexe", "Sexe de l'enfant (F ou M)."),
      new Column("prenom", "Premier prénom de l'enfant."),
      new Column("autres_prenoms", "Autres prénoms, séparés par des virgules."),
      new Column("nom", "Nom de famille de l'enfant (double nom séparé par une espace)."),
      new Column("lieu_naissance", "Lieu de naissance."),
      new Column("adresse_parents", "Adresse du domicile des parents (numéro et voie)."),
      new Column("code_postal_parents", "Code postal du domicile des parents."),
      new Column("commune_parents", "Commune du domicile des parents."));

  /** Neighbouring communes (fictional) whose parents give birth at Valmont's maternity. */
  private static final String[][] NEIGHBOURS = {
      {"Saint-Aubin-de-Loire", "37490"}, {"Chanceaux-lès-Valmont", "37490"}, {"Villiers-en-Varenne", "37530"},
      {"Mosnay-la-Forêt", "37530"}, {"Souvray-sur-Loire", "41150"}, {"Lussault-les-Prés", "37400"}};
  private static final String[] RURAL_STREETS = {"rue de la Mairie", "rue des Écoles", "route de Valmont",
      "Grande Rue", "rue du Stade", "chemin des Vignes", "impasse des Lilas", "rue de la Fontaine", "rue du Lavoir",
      "allée des Charmes", "route de la Forêt", "rue Saint-Jean"};
  private static final String[] HAMLETS = {"La Bretonnière", "Les Aulnays", "La Gaudinière", "Le Grand Moulin"};

  private record Birth(
      LocalDate date, int minute, Sex sex, String firstName, String otherNames, String surname, String address,
      String postcode, String commune, boolean home) {}

  private final List<Birth> births;
  private final DemoDataset dataset;

  BirthsTable(Town town, long seed) {
    this.births = generate(town, DemoRandom.stream(seed, "births"));
    this.dataset = DatasetBuilder.dataset("naissances-etat-civil")
        .table("citoyennete", "naissances_etat_civil")
        .title("Naissances enregistrées à l'état civil")
        .description("Extraction du logiciel d'état civil : les naissances enregistrées à Valmont-sur-Loire de "
            + FIRST_YEAR + " à " + LAST_YEAR + ", avec le numéro d'acte, la date et l'heure, le sexe, les prénoms "
            + "et le nom de l'enfant, le lieu de naissance et l'adresse du domicile des parents. La ville accueille "
            + "la maternité du secteur : une part des parents habite les communes voisines. Les prénoms suivent "
            + "la distribution nationale (prénoms fréquents et prénoms rares).")
        .producer("citoyennete", "dora")
        .theme("Population et société", "état civil", "naissances", "prénoms")
        .updated("daily")
        .covering(LocalDate.of(FIRST_YEAR, 1, 1), LocalDate.of(LAST_YEAR, 12, 31))
        .csv("naissances-etat-civil.csv", CsvDialect.UTF8_FRENCH_DATES)
        .intended(IntendedCase.PERSON_CONCERNED_AGGREGATE_ONLY,
            "L311-6 1° : vie privée des enfants et de leurs parents ; les actes de naissance ne sont communicables "
                + "au public qu'après 75 ans (Code du patrimoine L213-2 I 4° e) et les lignes ne sont jamais "
                + "publiées. L'agrégat annuel des prénoms (schéma SCDL « prénoms » : année, sexe, prénom, nombre) "
                + "est publiable ; les prénoms rares y appellent une vigilance (seuil de diffusion).")
        .columns(COLUMNS)
        .rows(births.size())
        .build();
  }

  @Override
  public DemoDataset dataset() {
    return dataset;
  }

  @Override
  public long write(OutputStream out, LongConsumer progress) throws IOException {
    try (CsvOutput csv = new CsvOutput(out, dataset.csvDialect())) {
      csv.header(Column.names(COLUMNS));
      int year = 0;
      int rank = 0;
      for (Birth b : births) {
        rank = b.date().getYear() == year ? rank + 1 : 1;
        year = b.date().getYear();
        StringBuilder time = new StringBuilder(5);
        Numbers.appendTwoDigits(time, b.minute() / 60);
        time.append(':');
        Numbers.appendTwoDigits(time, b.minute() % 60);
        csv.text(year + "-" + String.format(Locale.ROOT, "%04d", rank)).date(b.date()).text(time.toString())
            .text(b.sex().name()).text(b.firstName()).text(b.otherNames()).text(b.surname())
            .text(b.home() ? "Domicile" : "Centre hospitalier de Valmont-sur-Loire, maternité")
            .text(b.address()).text(b.postcode()).text(b.commune()).endRow();
      }
    }
    return births.size();
  }

  private static List<Birth> generate(Town town, DemoRandom random) {
    PersonNames names = PersonNames.get();
    List<Birth> all = new ArrayList<>();
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      int count = 600 + random.between(-30, 30) - (year - FIRST_YEAR) * 4; // the birth rate falls, as in France
      List<Birth> births = new ArrayList<>(count);
      LocalDate first = LocalDate.of(year, 1, 1);
      int days = first.lengthOfYear();
      for (int i = 0; i < count; i++) {
        Sex sex = random.chance(0.512) ? Sex.M : Sex.F;
        String firstName = names.firstName(random, sex);
        int others = random.chance(0.25) ? 0 : random.chance(0.6) ? 1 : 2;
        List<String> otherNames = new ArrayList<>();
        for (int k = 0; k < others; k++) {
          otherNames.add(names.commonFirstName(random, sex, 300));
        }
        String surname = names.surname(random);
        if (random.chance(0.12)) {
          surname = surname + " " + names.surname(random);
        }
        String address;
        String postcode;
        String commune;
        if (random.chance(0.58)) {
          address = town.residentialAddress(random).line();
          postcode = Town.POSTCODE;
          commune = Town.NAME;
        } else {
          String[] neighbour = random.pick(NEIGHBOURS);
          address = random.chance(0.08) ? "lieu-dit " + random.pick(HAMLETS)
              : random.between(1, 45) + " " + random.pick(RURAL_STREETS);
          postcode = neighbour[1];
          commune = neighbour[0];
        }
        births.add(new Birth(first.plusDays(random.nextInt(days)), random.nextInt(24 * 60), sex, firstName,
            String.join(", ", otherNames), surname, address, postcode, commune, random.chance(0.004)));
      }
      births.sort(Comparator.comparing(Birth::date).thenComparingInt(Birth::minute));
      all.addAll(births);
    }
    return List.copyOf(all);
  }
}
