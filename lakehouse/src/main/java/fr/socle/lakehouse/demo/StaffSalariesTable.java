package fr.socle.lakehouse.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

/** The payroll extraction of the HR department: one row per agent, with name, birth date and 2025 gross pay. */
final class StaffSalariesTable implements DemoTable {
  private static final List<Column> COLUMNS = List.of(
      new Column("Matricule", "Matricule de l'agent dans le logiciel de paie."),
      new Column("Nom", "Nom d'usage de l'agent."),
      new Column("Prénom", "Prénom de l'agent."),
      new Column("Sexe", "Sexe de l'agent (F ou M)."),
      new Column("Date de naissance", "Date de naissance de l'agent."),
      new Column("Service", "Direction ou service d'affectation."),
      new Column("Grade", "Grade de la fonction publique territoriale (ou grade de référence du contractuel)."),
      new Column("Catégorie", "Catégorie hiérarchique : A, B ou C."),
      new Column("Filière", "Filière du cadre d'emplois."),
      new Column("Statut", "Titulaire, stagiaire, contractuel ou détaché sur emploi fonctionnel."),
      new Column("Temps de travail (%)", "Quotité de temps de travail."),
      new Column("Date d'entrée", "Date d'entrée dans la collectivité."),
      new Column("Rémunération brute annuelle 2025 (€)", "Rémunération brute versée en 2025 (traitement, régime "
          + "indemnitaire, NBI), en euros."));

  private static final int[] WIDTHS = {10, 18, 16, 6, 14, 48, 56, 10, 18, 34, 12, 14, 18};

  private final Staff staff;
  private final DemoDataset dataset;

  StaffSalariesTable(Staff staff) {
    this.staff = staff;
    this.dataset = DatasetBuilder.dataset("remunerations-agents-2025")
        .table("ressources_humaines", "remunerations_agents_2025")
        .title("Rémunérations individuelles des agents en 2025")
        .description("Extraction du logiciel de paie au 31 décembre 2025 : pour chacun des quelque mille agents de "
            + "la ville, nom, prénom, sexe, date de naissance, service, grade, catégorie, filière, statut, quotité, "
            + "date d'entrée et rémunération brute annuelle. Classeur Excel exporté par la direction des "
            + "ressources humaines. Les grands cadres d'emplois (adjoints techniques, ATSEM) comptent des "
            + "centaines d'agents ; certains grades n'en comptent qu'un (directeur général des services, médecin, "
            + "psychologue).")
        .producer("ressources-humaines", "dora")
        .theme("Gouvernement et secteur public", "ressources humaines", "rémunérations", "paie", "agents")
        .updated("monthly")
        .covering(LocalDate.of(2025, 1, 1), Staff.AS_OF)
        .xlsx("remunerations-agents-2025.xlsx", 1)
        .intended(IntendedCase.PERSON_CONCERNED_AGGREGATE_ONLY,
            "L311-6 1° : la rémunération individuelle et la date de naissance d'un agent relèvent de sa vie privée, "
                + "communicables à lui seul ; les lignes ne sont jamais publiées. Un agrégat par grade (effectif, "
                + "rémunération moyenne) est publiable si chaque case compte au moins 11 agents ; les grades à "
                + "faible effectif sont à regrouper ou supprimer (un grade à un seul agent révèle son salaire).")
        .columns(COLUMNS)
        .rows(staff.agents().size())
        .build();
  }

  @Override
  public DemoDataset dataset() {
    return dataset;
  }

  @Override
  public long write(OutputStream out, LongConsumer progress) throws IOException {
    XlsxOutput xlsx = new XlsxOutput("Agents au 31-12-2025", "Direction des ressources humaines");
    xlsx.header(Column.names(COLUMNS), WIDTHS);
    for (Staff.Agent a : staff.agents()) {
      xlsx.row().text(a.id()).text(a.surname()).text(a.firstName()).text(a.sex().name()).date(a.birthDate())
          .text(a.service()).text(a.grade()).text(a.category()).text(a.filiere()).text(a.status())
          .number(a.workingTimePercent()).date(a.hireDate()).money(a.grossAnnualCents());
    }
    xlsx.write(out);
    return staff.agents().size();
  }
}
