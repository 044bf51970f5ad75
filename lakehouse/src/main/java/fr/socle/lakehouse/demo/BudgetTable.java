package fr.socle.lakehouse.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The 2026 primitive budget (budget primitif) of the main budget, in the SCDL budget schema (v0.8.3), by nature
 * (M57 chapters and accounts) crossed with functions. Both sections balance the way a voted budget must: the
 * surplus of operating revenue over operating expenditure funds the investment section through the transfer
 * (023/021) and depreciation (042/040), and new borrowing closes the investment section.
 */
final class BudgetTable implements DemoTable {
  private static final List<Column> COLUMNS = List.of(
      new Column("BGT_NATDEC", "Étape budgétaire : budget primitif."),
      new Column("BGT_ANNEE", "Année de l'exercice budgétaire."),
      new Column("BGT_SIRET", "SIRET de la commune."),
      new Column("BGT_NOM", "Nom de la collectivité et du budget."),
      new Column("BGT_CONTNAT", "Numéro de l'article (compte par nature) de la nomenclature M57."),
      new Column("BGT_CONTNAT_LABEL", "Libellé de l'article."),
      new Column("BGT_NATURE", "Numéro du chapitre par nature."),
      new Column("BGT_NATURE_LABEL", "Libellé du chapitre par nature."),
      new Column("BGT_FONCTION", "Code de la fonction (présentation croisée par fonction)."),
      new Column("BGT_FONCTION_LABEL", "Libellé de la fonction."),
      new Column("BGT_OPERATION", "Opération d'équipement pour information, le cas échéant."),
      new Column("BGT_SECTION", "Section : fonctionnement ou investissement."),
      new Column("BGT_OPBUDG", "Opération réelle ou d'ordre."),
      new Column("BGT_CODRD", "Sens : recette ou dépense."),
      new Column("BGT_MTREAL", "Montant réalisé (vide au budget primitif)."),
      new Column("BGT_MTBUDGPREC", "Montant voté au budget primitif de l'exercice précédent, en euros."),
      new Column("BGT_MTRARPREC", "Restes à réaliser de l'exercice précédent (vide au budget primitif)."),
      new Column("BGT_MTPROPNOUV", "Propositions nouvelles, en euros."),
      new Column("BGT_MTPREV", "Montant voté, en euros."),
      new Column("BGT_CREDOUV", "Crédits ouverts (vide au budget primitif)."),
      new Column("BGT_MTRAR3112", "Restes à réaliser au 31 décembre (vide au budget primitif)."),
      new Column("BGT_ARTSPE", "Article spécialisé ou non."));

  /** One line of the budget, amounts in cents. */
  private record Line(
      String section, String sense, String nature, String chapter, String chapterLabel, String account,
      String accountLabel, String function, String operation, long cents, long previousCents) {}

  private final Town town;
  private final List<Line> lines;
  private final DemoDataset dataset;

  BudgetTable(Town town, long seed) {
    this.town = town;
    this.lines = lines(DemoRandom.stream(seed, "budget"));
    this.dataset = DatasetBuilder.dataset("budget-primitif-2026")
        .table("finances", "budget_primitif_2026")
        .title("Budget primitif 2026 de la commune")
        .description("Budget primitif 2026 du budget principal de Valmont-sur-Loire, voté par le conseil municipal, "
            + "présenté par nature (chapitres et articles de la nomenclature M57) et croisé par fonction. Chaque "
            + "ligne donne le montant voté et, pour comparaison, celui du budget primitif 2025. Les deux sections "
            + "sont équilibrées : l'excédent de fonctionnement finance l'investissement par le virement (023/021) "
            + "et les amortissements (042/040), l'emprunt équilibre la section d'investissement. Fichier au format "
            + "du schéma SCDL « budget », exporté du tableur des finances (UTF-8 avec BOM, point-virgule, virgule "
            + "décimale).")
        .producer("finances", "alice")
        .theme("Économie et finances", "budget", "finances locales", "M57", "budget primitif", "SCDL")
        .updated("annual")
        .covering(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
        .scdl("scdl-budget")
        .csv("budget-primitif-2026.csv", CsvDialect.EXCEL_UTF8_FR)
        .intended(IntendedCase.COMMUNICABLE,
            "L312-1-1 et L2313-1 CGCT : le budget voté est communicable à tous et sa publication en ligne est "
                + "obligatoire ; aucune donnée personnelle ni secret protégé.")
        .columns(COLUMNS)
        .rows(lines.size())
        .build();
  }

  @Override
  public DemoDataset dataset() {
    return dataset;
  }

  @Override
  public long write(OutputStream out, LongConsumer progress) throws IOException {
    return CsvOutput.table(out, dataset.csvDialect(), COLUMNS, lines, (csv, line) -> {
      csv.text("budget primitif").integer(2026).text(town.siret).text(Town.OFFICIAL_NAME + " - Budget principal")
          .text(line.account()).text(line.accountLabel()).text(line.chapter()).text(line.chapterLabel())
          .text(line.function()).text(M57Plan.FUNCTIONS.get(line.function())).text(line.operation())
          .text(line.section().equals("F") ? "fonctionnement" : "investissement")
          .text(line.nature().equals("r") ? "réel" : "ordre")
          .text(line.sense().equals("R") ? "recette" : "dépense")
          .empty().cents(line.previousCents()).empty().cents(line.cents()).cents(line.cents()).empty().empty()
          .text("non spécialisé");
    });
  }

  long total(String section, String sense) {
    return lines.stream().filter(l -> l.section().equals(section) && l.sense().equals(sense))
        .mapToLong(Line::cents).sum();
  }

  private static List<Line> lines(DemoRandom random) {
    List<Line> result = new ArrayList<>();
    for (String entry : M57Plan.ACCOUNTS) {
      String[] p = entry.split("\\|", -1);
      long base = Long.parseLong(p[7]) * 1000 * 100;
      String[] shares = p[8].split(",");
      double weights = 0;
      for (String share : shares) {
        weights += Double.parseDouble(share.split(":")[1]);
      }
      for (String share : shares) {
        String[] fw = share.split(":");
        double amount = base * Double.parseDouble(fw[1]) / weights * random.between(0.9, 1.1);
        long cents = roundEuros(amount, random);
        long previous = roundEuros(amount * random.between(0.9, 1.04), random);
        result.add(new Line(p[0], p[1], p[2], p[3], p[4], p[5], p[6], fw[0], p[9], cents, previous));
      }
    }
    balance(result, random);
    return List.copyOf(result);
  }

  /**
   * Adds the order operations and the borrowing that balance both sections: depreciation (6811 = the 040
   * accounts), the transfer (023 = 021) of what operating revenue leaves, and the loan that closes investment.
   */
  private static void balance(List<Line> lines, DemoRandom random) {
    long depreciation = sum(lines, "I", "R", "o");
    lines.add(new Line("F", "D", "o", "042", "Opérations d'ordre de transfert entre sections", "6811",
        "Dotations aux amortissements des immobilisations", "01", "", depreciation, depreciation * 97 / 100));
    long transfer = sum(lines, "F", "R", "r") - sum(lines, "F", "D", "r") - depreciation;
    if (transfer <= 0) {
      throw new IllegalStateException("the operating section leaves nothing to invest");
    }
    lines.add(new Line("F", "D", "o", "023", "Virement à la section d'investissement", "023",
        "Virement à la section d'investissement", "01", "", transfer, transfer * 92 / 100));
    lines.add(new Line("I", "R", "o", "021", "Virement de la section de fonctionnement", "021",
        "Virement de la section de fonctionnement", "01", "", transfer, transfer * 92 / 100));
    long loan = sum(lines, "I", "D", null) - sum(lines, "I", "R", null);
    if (loan < 0) {
      throw new IllegalStateException("the investment section needs no loan: " + loan);
    }
    lines.add(new Line("I", "R", "r", "16", "Emprunts et dettes assimilées", "1641", "Emprunts en euros", "01", "",
        loan, roundEuros(loan * random.between(0.8, 1.2), random)));
  }

  private static long sum(List<Line> lines, String section, String sense, @Nullable String nature) {
    return lines.stream()
        .filter(l -> l.section().equals(section) && l.sense().equals(sense)
            && (nature == null || l.nature().equals(nature)))
        .mapToLong(Line::cents).sum();
  }

  /** Whole euros, and whole hundreds of euros for most lines, as budgets are voted. */
  private static long roundEuros(double cents, DemoRandom random) {
    long unit = random.chance(0.7) ? 100_00 : 100;
    return Math.max(unit, Math.round(cents / unit) * unit);
  }
}
