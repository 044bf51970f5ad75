package fr.socle.lakehouse.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Monthly stack measurements of the district heating network's biomass boiler, reported by the private operator
 * under its public-service delegation. Environmental information: emissions into the air cannot be withheld on
 * business-secrecy grounds (Code de l'environnement L124-5 II), but the price the operator pays for its wood can.
 */
final class HeatingPlantEmissions implements DemoTable {
  private static final YearMonth FIRST = YearMonth.of(2023, 1);
  private static final YearMonth LAST = YearMonth.of(2026, 10);
  private static final String PLANT = "Chaufferie biomasse du réseau de chaleur des Grands Champs";
  private static final String OPERATOR = "Valmont Énergies Renouvelables SAS";

  private static final List<Column> COLUMNS = List.of(
      new Column("mois", "Mois de mesure (aaaa-mm)."),
      new Column("installation", "Installation de combustion."),
      new Column("exploitant", "Exploitant délégataire du service public."),
      new Column("siret_exploitant", "SIRET de l'exploitant."),
      new Column("polluant", "Polluant mesuré en sortie de cheminée."),
      new Column("concentration_moyenne_mg_nm3", "Concentration moyenne mensuelle, en mg/Nm³ à 6 % d'O₂."),
      new Column("valeur_limite_mg_nm3", "Valeur limite d'émission de l'arrêté préfectoral, en mg/Nm³."),
      new Column("flux_mensuel_kg", "Masse émise dans le mois, en kg."),
      new Column("heures_fonctionnement", "Heures de fonctionnement de la chaudière dans le mois."),
      new Column("bois_livre_tonnes", "Plaquettes forestières livrées dans le mois, en tonnes."),
      new Column("prix_achat_bois_eur_tonne", "Prix d'achat des plaquettes payé par l'exploitant, en euros HT par "
          + "tonne."));

  /** pollutant | emission limit | typical share of the limit. */
  private static final String[][] POLLUTANTS = {
      {"Oxydes d'azote (NOx)", "300", "0.62"}, {"Poussières totales", "20", "0.35"},
      {"Monoxyde de carbone (CO)", "200", "0.30"}, {"Dioxyde de soufre (SO2)", "200", "0.08"}};

  private record Measure(
      YearMonth month, String pollutant, long concentrationTenths, long limit, long fluxKgTenths, int hours,
      long woodTonnes, long priceCents) {}

  private final String operatorSiret;
  private final List<Measure> measures;
  private final DemoDataset dataset;

  HeatingPlantEmissions(long seed) {
    DemoRandom random = DemoRandom.stream(seed, "emissions");
    this.operatorSiret = Siret.siret(Siret.siren(random, "8"), 1);
    this.measures = generate(random);
    this.dataset = DatasetBuilder.dataset("emissions-chaufferie-biomasse")
        .table("urbanisme", "emissions_chaufferie_biomasse")
        .title("Émissions atmosphériques de la chaufferie biomasse du réseau de chaleur")
        .description("Mesures mensuelles en sortie de cheminée de la chaufferie biomasse qui alimente le réseau de "
            + "chaleur des Grands Champs, transmises par l'exploitant délégataire : concentrations moyennes et "
            + "flux de NOx, poussières, CO et SO2, comparés aux valeurs limites de l'arrêté préfectoral, heures de "
            + "fonctionnement, tonnages de plaquettes forestières livrés et prix d'achat du bois. Ce sont des "
            + "informations environnementales reçues par la ville au titre du contrat de délégation de service "
            + "public ; le dépassement de la valeur limite des poussières en janvier 2025 y figure.")
        .producer("urbanisme", "bruno")
        .theme("Environnement", "qualité de l'air", "émissions", "chaufferie", "réseau de chaleur", "biomasse")
        .updated("monthly")
        .covering(FIRST.atDay(1), LAST.atEndOfMonth())
        .csv("emissions-chaufferie-biomasse.csv", CsvDialect.EXCEL_UTF8_FR)
        .intended(IntendedCase.COMMUNICABLE_AFTER_OCCULTATION,
            "Code de l'environnement L124-5 II : les informations relatives aux émissions de substances dans "
                + "l'environnement ne peuvent être refusées au titre du secret des affaires (L311-6 1°) : "
                + "concentrations, flux et heures sont publiables. Seul le prix d'achat du bois, élément de la "
                + "stratégie commerciale du délégataire, est à occulter (L311-6 1°, L311-7).")
        .columns(COLUMNS)
        .rows(measures.size())
        .build();
  }

  @Override
  public DemoDataset dataset() {
    return dataset;
  }

  @Override
  public long write(OutputStream out, LongConsumer progress) throws IOException {
    return CsvOutput.table(out, dataset.csvDialect(), COLUMNS, measures, (csv, m) -> {
      csv.text(m.month().toString()).text(PLANT).text(OPERATOR).text(operatorSiret).text(m.pollutant())
          .scaled(m.concentrationTenths(), 1).integer(m.limit()).scaled(m.fluxKgTenths(), 1).integer(m.hours())
          .integer(m.woodTonnes()).cents(m.priceCents());
    });
  }

  private static List<Measure> generate(DemoRandom random) {
    List<Measure> measures = new ArrayList<>();
    double price = random.between(98, 110);
    for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
      int m = month.getMonthValue();
      boolean winter = m <= 3 || m >= 11;
      boolean shoulder = m == 4 || m == 10;
      int hours = winter ? random.between(690, 744) : shoulder ? random.between(420, 600) : random.between(120, 300);
      double load = winter ? random.between(0.75, 0.95) : shoulder ? random.between(0.45, 0.6) : random.between(0.2,
          0.3);
      long tonnes = Math.round(hours * load * 1.45);
      price *= random.between(0.995, 1.012);
      double flue = hours * load * 18_000; // Nm³ per hour at full load × hours
      for (String[] p : POLLUTANTS) {
        long limit = Long.parseLong(p[1]);
        double concentration = limit * Double.parseDouble(p[2]) * random.between(0.75, 1.25);
        if (month.equals(YearMonth.of(2025, 1)) && p[1].equals("20")) {
          concentration = limit * 1.4; // a filter failure, reported: the kind of fact L124-5 makes public
        }
        measures.add(new Measure(month, p[0], Math.round(concentration * 10), limit,
            Math.round(concentration * flue / 1e6 * 10), hours, tonnes, Numbers.cents(price)));
      }
    }
    return List.copyOf(measures);
  }
}
