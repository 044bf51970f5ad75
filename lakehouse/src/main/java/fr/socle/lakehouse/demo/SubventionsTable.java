package fr.socle.lakehouse.demo;

import fr.socle.lakehouse.demo.PersonNames.Sex;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Subsidies granted in 2025 and 2026, in the SCDL subventions schema (v2.1.1), exported from the finance
 * department's spreadsheet on Windows: Windows-1252, semicolons, decimal commas (the schema itself wants a decimal
 * point: the ingestion normalises). Beneficiaries are associations with a Luhn-valid SIRET or, for in-kind help to
 * an association without one, an RNA number; the CCAS; and a few sole traders (entrepreneurs individuels), whose
 * registered name is their own.
 */
final class SubventionsTable implements DemoTable {
  private static final List<Column> COLUMNS = List.of(
      new Column("nomAttribuant", "Collectivité qui attribue la subvention."),
      new Column("idAttribuant", "SIRET de la collectivité qui attribue la subvention."),
      new Column("dateConvention", "Date de la convention ou de la notification de la subvention."),
      new Column("referenceDecision", "Numéro de la délibération d'attribution."),
      new Column("nomBeneficiaire", "Nom officiel ou raison sociale du bénéficiaire."),
      new Column("idBeneficiaire", "SIRET du bénéficiaire."),
      new Column("rnaBeneficiaire", "Numéro RNA de l'association bénéficiaire."),
      new Column("objet", "Objet de la subvention."),
      new Column("montant", "Montant total de la subvention, en euros."),
      new Column("nature", "Aide en numéraire et/ou en nature."),
      new Column("conditionsVersement", "Versement unique, échelonné ou autre."),
      new Column("datesPeriodeVersement", "Date ou période de versement."),
      new Column("idRAE", "Identifiant au répertoire des aides aux entreprises, pour les aides aux entreprises."),
      new Column("notificationUE", "Aide d'État notifiée à la Commission européenne (oui/non)."),
      new Column("pourcentageSubvention", "Part du montant total versée à ce bénéficiaire (1 = 100 %)."),
      new Column("dispositifAide", "Identifiant du dispositif d'aide, le cas échéant."));

  private record Grant(
      LocalDate convention, String decision, String beneficiary, @Nullable String siret, @Nullable String rna,
      String object, long cents, String nature, String conditions, String payment, @Nullable String rae,
      long sharePercent, @Nullable String scheme) {}

  private final Town town;
  private final List<Grant> grants;
  private final DemoDataset dataset;

  SubventionsTable(Town town, DeliberationsTable deliberations, long seed) {
    this.town = town;
    this.grants = generate(town, deliberations, DemoRandom.stream(seed, "subventions"));
    this.dataset = DatasetBuilder.dataset("subventions-2025-2026")
        .table("finances", "subventions_2025_2026")
        .title("Subventions attribuées par la commune en 2025 et 2026")
        .description("Subventions de fonctionnement et de projet attribuées par la ville aux associations, au CCAS "
            + "et, dans le cadre du dispositif de revitalisation commerciale « Cœur de Valmont », à quelques "
            + "commerçants entrepreneurs individuels, avec le numéro de la délibération d'attribution. Données "
            + "essentielles des conventions de subvention (décret 2017-779) au format SCDL « subventions ». "
            + "Fichier exporté du tableur de la direction des finances sous Windows : encodage Windows-1252, "
            + "point-virgule, virgule décimale.")
        .producer("finances", "alice")
        .theme("Économie et finances", "subventions", "associations", "vie associative", "SCDL")
        .updated("annual")
        .covering(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31))
        .scdl("scdl-subventions")
        .csv("subventions-2025-2026.csv", CsvDialect.EXCEL_WINDOWS_1252_FR)
        .intended(IntendedCase.COMMUNICABLE,
            "L312-1-1 et décret 2017-779 : les données essentielles des conventions de subvention sont publiées ; "
                + "bénéficiaires personnes morales. Les entrepreneurs individuels figurent sous leur dénomination "
                + "au répertoire SIRENE, elle-même publique (sauf diffusion partielle) : leur nom n'est pas à "
                + "occulter.")
        .columns(COLUMNS)
        .rows(grants.size())
        .build();
  }

  @Override
  public DemoDataset dataset() {
    return dataset;
  }

  @Override
  public long write(OutputStream out, LongConsumer progress) throws IOException {
    return CsvOutput.table(out, dataset.csvDialect(), COLUMNS, grants, (csv, g) -> {
      csv.text(Town.OFFICIAL_NAME).text(town.siret).date(g.convention()).text(g.decision()).text(g.beneficiary())
          .textOrEmpty(g.siret()).textOrEmpty(g.rna()).text(g.object()).cents(g.cents()).text(g.nature())
          .text(g.conditions()).text(g.payment()).textOrEmpty(g.rae()).text("non").scaled(g.sharePercent(), 2)
          .textOrEmpty(g.scheme());
    });
  }

  private static List<Grant> generate(Town town, DeliberationsTable deliberations, DemoRandom random) {
    record Beneficiary(String name, @Nullable String siret, String rna, long yearly) {}
    List<Beneficiary> associations = new ArrayList<>();
    for (String line : Associations.CATALOGUE) {
      String[] a = line.split("\\|");
      String siren = Siret.siren(random, random.pick("38", "41", "44", "49", "50", "51", "52", "53", "75", "78",
          "79", "80", "81", "82", "83", "84", "85", "88", "89", "90"));
      associations.add(new Beneficiary(a[0], a[2].equals("o") ? Siret.siret(siren, random.between(1, 3)) : null,
          "W372" + random.digits(6), Long.parseLong(a[1]) * 100));
    }
    PersonNames names = PersonNames.get();
    List<Grant> grants = new ArrayList<>();
    for (int year = 2025; year <= 2026; year++) {
      DeliberationsTable.Deliberation decision = deliberations.subsidies(year);
      LocalDate start = LocalDate.of(year, 1, 1);
      for (Beneficiary b : associations) {
        if (!random.chance(0.88)) {
          continue;
        }
        LocalDate convention = start.plusDays(random.between(5, 80));
        long cents = roundTo50(b.yearly() * random.between(0.85, 1.15));
        String nature = b.siret() == null ? "aide en nature"
            : random.chance(0.2) ? "aide en numéraire;aide en nature" : "aide en numéraire";
        boolean staged = cents > 23_000_00;
        String conditions = staged ? "échelonné" : random.chance(0.1)
            ? "50 % à la signature de la convention, solde sur présentation du bilan de l'action" : "unique";
        LocalDate paid = convention.plusDays(random.between(10, 45));
        String payment = staged ? paid + "/" + LocalDate.of(year, 10, 15) : paid.toString();
        grants.add(new Grant(convention, decision.id(), b.name(), b.siret(), b.siret() == null || random.chance(0.6)
            ? b.rna() : null, "Subvention de fonctionnement " + year + (nature.contains("nature")
            ? " (dont mise à disposition gratuite de locaux municipaux)" : ""), cents, nature, conditions, payment,
            null, 100, null));
      }
      // a project shared by two associations: one amount, two shares
      LocalDate festival = LocalDate.of(year, 4, random.between(2, 25));
      long total = roundTo50(random.between(14_000, 19_000) * 100.0);
      for (int i : new int[] {32, 15}) {
        Beneficiary b = associations.get(i);
        grants.add(new Grant(festival, decision.id(), b.name(), b.siret(), b.rna(),
            "Organisation de la Fête de la Loire " + year + " (projet commun)", total, "aide en numéraire",
            "unique", festival.plusDays(20).toString(), null, i == 32 ? 60 : 40, null));
      }
      grants.add(new Grant(start.plusDays(random.between(10, 20)), decision.id(),
          Town.CCAS_NAME, town.ccasSiret, null,
          "Subvention d'équilibre du budget du CCAS " + year, roundTo50(random.between(1_600_000, 1_700_000) * 100.0),
          "aide en numéraire", "échelonné", start.plusDays(30) + "/" + LocalDate.of(year, 12, 15), null, 100, null));
      String[] shops = {"Boulangerie Au Fournil de la Loire", "Librairie La Page Blanche", "Fleuriste Les Jardins "
          + "de Valmont", "Cordonnerie du Marché"};
      for (int i = 0; i < 2; i++) {
        Sex sex = random.chance(0.5) ? Sex.F : Sex.M;
        String owner = names.surname(random).toUpperCase(Locale.ROOT) + " " + names.commonFirstName(random, sex, 250);
        LocalDate convention = LocalDate.of(year, random.between(3, 10), random.between(1, 28));
        grants.add(new Grant(convention, "AM-" + year + "-" + random.between(100, 480), // a mayor's order
            owner + " (" + shops[(year - 2025) * 2 + i] + ")", Siret.siret(Siret.siren(random, "9"), 1), null,
            "Aide à la rénovation de la devanture commerciale (dispositif Cœur de Valmont)",
            roundTo50(random.between(3_000, 9_000) * 100.0), "aide en numéraire", "unique",
            convention.plusDays(30).toString(), random.digits(5), 100,
            "cdv-" + Long.toHexString(random.nextLong() & 0xffffffffL) + "-devantures"));
      }
    }
    return List.copyOf(grants);
  }

  private static long roundTo50(double cents) {
    return Math.max(50_00, Math.round(cents / 50_00) * 50_00);
  }
}
