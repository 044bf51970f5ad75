package fr.socle.lakehouse.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The register of the town's elected officials and their mandates, as the elections office keeps it in a
 * spreadsheet: a row of merged group titles (« Élu », « Mandat », « Fonction exécutive ») above the column names.
 */
final class ElectedOfficialsRegister implements DemoTable {
  private static final List<Column> COLUMNS = List.of(
      new Column("Nom", "Nom de famille de l'élu."),
      new Column("Prénom", "Prénom de l'élu."),
      new Column("Sexe", "Sexe de l'élu (F ou M), pour le suivi de la parité."),
      new Column("Catégorie socio-professionnelle", "Catégorie socio-professionnelle déclarée, comme au "
          + "répertoire national des élus."),
      new Column("Mandat", "Mandat exercé."),
      new Column("Liste", "Liste sur laquelle l'élu a été élu aux élections municipales de mars 2026."),
      new Column("Nuance politique", "Nuance de la liste attribuée par le ministère de l'Intérieur."),
      new Column("Date de début du mandat", "Date d'élection, ou d'entrée au conseil en remplacement d'un élu "
          + "démissionnaire."),
      new Column("Conseiller communautaire", "Siège aussi au conseil de la communauté de communes (oui/non)."),
      new Column("Fonction", "Fonction exécutive : maire, adjoint, conseiller délégué, ou simple conseiller."),
      new Column("Délégation", "Domaine délégué par le maire, le cas échéant."),
      new Column("Date de début de la fonction", "Date de l'élection ou de l'arrêté de délégation."));

  private static final List<XlsxOutput.Group> GROUPS = List.of(
      new XlsxOutput.Group("Élu", 4), new XlsxOutput.Group("Mandat", 5),
      new XlsxOutput.Group("Fonction exécutive", 3));
  private static final int[] WIDTHS = {18, 16, 6, 44, 20, 32, 36, 14, 14, 34, 44, 14};

  private final Council council;
  private final DemoDataset dataset;

  ElectedOfficialsRegister(Council council) {
    this.council = council;
    this.dataset = DatasetBuilder.dataset("repertoire-elus")
        .table("citoyennete", "repertoire_elus")
        .title("Répertoire des élus du conseil municipal et de leurs mandats")
        .description("Les 43 conseillers municipaux élus en mars 2026 : nom, prénom, sexe, catégorie "
            + "socio-professionnelle, liste et nuance politique, date de début du mandat, fonction exécutive "
            + "(maire, adjoints, conseillers délégués) et délégation. Tenu par le service des élections dans un "
            + "classeur Excel dont l'en-tête occupe deux lignes : une ligne de titres de groupes fusionnés "
            + "(« Élu », « Mandat », « Fonction exécutive ») au-dessus des noms de colonnes.")
        .producer("citoyennete", "dora")
        .theme("Gouvernement et secteur public", "élus", "conseil municipal", "mandats", "répertoire national des élus")
        .updated("irregular")
        .covering(Council.ELECTION, Town.EXTRACTION_DATE)
        .xlsx("repertoire-elus.xlsx", 2)
        .intended(IntendedCase.D312_PUBLISHABLE_WITH_NAMES,
            "D312-1-3 (décret 2018-1117) : le répertoire des élus et de leurs mandats fait partie des catégories "
                + "de documents publiables sans anonymisation, dès lors qu'ils sont communicables à tous et "
                + "nécessaires à l'information du public : les noms des élus sont publiés tels quels.")
        .columns(COLUMNS)
        .rows(council.members().size())
        .build();
  }

  @Override
  public DemoDataset dataset() {
    return dataset;
  }

  @Override
  public long write(OutputStream out, LongConsumer progress) throws IOException {
    XlsxOutput xlsx = new XlsxOutput("Élus 2026", "Service des élections - Ville de Valmont-sur-Loire");
    xlsx.groups(GROUPS);
    xlsx.header(Column.names(COLUMNS), WIDTHS);
    for (Council.Member m : council.members()) {
      xlsx.row().text(m.surname()).text(m.firstName()).text(m.sex().name()).text(m.profession())
          .text("Conseiller municipal").text(m.list().name()).text(m.list().nuance()).date(m.mandateStart())
          .text(m.communityCouncillor() ? "oui" : "non").text(m.function());
      if (m.portfolio().isEmpty()) {
        xlsx.empty();
      } else {
        xlsx.text(m.portfolio());
      }
      if (m.functionStart() == null) {
        xlsx.empty();
      } else {
        xlsx.date(m.functionStart());
      }
    }
    xlsx.write(out);
    return council.members().size();
  }
}
