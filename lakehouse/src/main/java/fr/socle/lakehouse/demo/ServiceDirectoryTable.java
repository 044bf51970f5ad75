package fr.socle.lakehouse.demo;

import fr.socle.lakehouse.demo.PersonNames.Sex;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The directory of the town's services (organigramme): each direction's head, with a professional direct line and
 * a professional e-mail address. The same persons appear in the payroll extraction, where they are protected.
 */
final class ServiceDirectoryTable implements DemoTable {
  private static final List<Column> COLUMNS = List.of(
      new Column("direction", "Direction ou service."),
      new Column("fonction", "Fonction du responsable."),
      new Column("civilite", "Civilité (Mme, M.)."),
      new Column("prenom", "Prénom du responsable."),
      new Column("nom", "Nom du responsable."),
      new Column("telephone", "Ligne directe professionnelle (fixe)."),
      new Column("courriel", "Adresse électronique professionnelle (prenom.nom@valmont-sur-loire.fr)."),
      new Column("adresse", "Adresse postale du service."));

  private record Entry(String direction, String function, Staff.Agent head, String phone, String address) {}

  private final List<Entry> entries;
  private final DemoDataset dataset;

  ServiceDirectoryTable(Staff staff, Facilities facilities, long seed) {
    this.entries = entries(staff, facilities, DemoRandom.stream(seed, "directory"));
    this.dataset = DatasetBuilder.dataset("annuaire-services")
        .table("direction_generale", "annuaire_services")
        .title("Organigramme et annuaire des services municipaux")
        .description("Les directions et services de la ville et leurs responsables : direction générale, "
            + "directions fonctionnelles et opérationnelles, police municipale. Pour chacun : nom et prénom du "
            + "responsable, fonction, ligne directe professionnelle et adresse électronique professionnelle, "
            + "adresse du service. Ces mêmes agents figurent, avec leur rémunération, dans l'extraction de paie, "
            + "qui n'est pas publiable.")
        .producer("direction-generale", "dora")
        .theme("Gouvernement et secteur public", "organigramme", "annuaire", "services municipaux")
        .updated("irregular")
        .covering(null, Town.EXTRACTION_DATE)
        .csv("annuaire-services.csv", CsvDialect.SCDL)
        .intended(IntendedCase.D312_PUBLISHABLE_WITH_NAMES,
            "D312-1-3 1° (décret 2018-1117) : les organigrammes et annuaires des administrations sont publiables "
                + "sans anonymisation ; les coordonnées professionnelles des responsables ne relèvent pas de la "
                + "vie privée.")
        .columns(COLUMNS)
        .rows(entries.size())
        .build();
  }

  @Override
  public DemoDataset dataset() {
    return dataset;
  }

  @Override
  public long write(OutputStream out, LongConsumer progress) throws IOException {
    return CsvOutput.table(out, dataset.csvDialect(), COLUMNS, entries, (csv, e) -> {
      Staff.Agent a = e.head();
      csv.text(e.direction()).text(e.function()).text(a.sex() == Sex.F ? "Mme" : "M.").text(a.firstName())
          .text(a.surname()).text(e.phone())
          .text(PersonNames.asciiLower(a.firstName()) + "." + PersonNames.asciiLower(a.surname()) + "@"
              + Town.WEB_DOMAIN)
          .text(e.address());
    });
  }

  private static List<Entry> entries(Staff staff, Facilities facilities, DemoRandom random) {
    String townHall = facilities.named("Hôtel de ville").address().line() + " " + Town.POSTCODE + " " + Town.NAME;
    List<Entry> list = new ArrayList<>();
    Comparator<Staff.Agent> seniority = Comparator.comparing((Staff.Agent a) -> a.category())
        .thenComparing(a -> -a.grossAnnualCents());
    for (Map.Entry<String, String> service : Staff.SERVICES.entrySet()) {
      List<Staff.Agent> members = staff.agents().stream()
          .filter(a -> a.serviceCode().equals(service.getKey())).sorted(seniority).toList();
      if (members.isEmpty()) {
        continue;
      }
      String address = switch (service.getKey()) {
        case "PM" -> facilities.named("Poste de police municipale").address().line() + " " + Town.POSTCODE + " "
            + Town.NAME;
        case "VOI", "BAT" -> facilities.named("Centre technique municipal").address().line() + " " + Town.POSTCODE
            + " " + Town.NAME;
        default -> townHall;
      };
      int heads = service.getKey().equals("DGS") ? Math.min(4, members.size()) : 1;
      for (int i = 0; i < heads; i++) {
        Staff.Agent head = members.get(i);
        String function = service.getKey().equals("DGS")
            ? (i == 0 ? title(head, "Directeur général des services", "Directrice générale des services")
                : title(head, "Directeur général adjoint", "Directrice générale adjointe"))
            : service.getValue().startsWith("Direction") ? title(head, "Directeur", "Directrice")
                : title(head, "Chef de service", "Cheffe de service");
        list.add(new Entry(service.getValue(), function, head, "02 47 " + Contacts.pairs(random.digits(6), ' '),
            address));
      }
    }
    return List.copyOf(list);
  }

  private static String title(Staff.Agent agent, String masculine, String feminine) {
    return agent.sex() == Sex.F ? feminine : masculine;
  }
}
