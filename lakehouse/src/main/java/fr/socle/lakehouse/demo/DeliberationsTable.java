package fr.socle.lakehouse.demo;

import fr.socle.lakehouse.demo.PersonNames.Sex;
import java.io.IOException;
import java.io.OutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The council's deliberations from January 2024 to November 2026, in the SCDL délibérations schema (v2.1.5) plus one
 * column the SCDL does not have: the elected rapporteur. Some objects name private persons (a land sale, a debt
 * write-off, legal protection of an agent): occultation material, unlike the names of streets and facilities.
 */
final class DeliberationsTable implements DemoTable {
  static final String RAPPORTEUR = "RAPPORTEUR";

  private static final List<Column> COLUMNS = List.of(
      new Column("COLL_NOM", "Nom de la collectivité délibérante."),
      new Column("COLL_SIRET", "SIRET de la commune."),
      new Column("DELIB_ID", "Numéro de la délibération (Dannée-rang)."),
      new Column("DELIB_DATE", "Date de la séance du conseil municipal."),
      new Column("DELIB_MATIERE_CODE", "Code de matière de la nomenclature ACTES (niveau 2)."),
      new Column("DELIB_MATIERE_NOM", "Matière et sous-matière de la nomenclature ACTES."),
      new Column("DELIB_OBJET", "Objet de la délibération ; peut citer des particuliers (cessions, remises de dette)."),
      new Column("BUDGET_ANNEE", "Exercice budgétaire concerné, si la délibération a une incidence budgétaire."),
      new Column("BUDGET_NOM", "Budget concerné, si la délibération a une incidence budgétaire."),
      new Column("PREF_ID", "Préfecture exerçant le contrôle de légalité."),
      new Column("PREF_DATE", "Date de réception en préfecture (contrôle de légalité)."),
      new Column("VOTE_EFFECTIF", "Nombre de conseillers municipaux en exercice."),
      new Column("VOTE_REEL", "Nombre de votants (présents et représentés)."),
      new Column("VOTE_POUR", "Votes pour."),
      new Column("VOTE_CONTRE", "Votes contre."),
      new Column("VOTE_ABSTENTION", "Abstentions."),
      new Column("DELIB_URL", "Lien vers l'acte signé (PDF)."),
      new Column(RAPPORTEUR, "Élu rapporteur de la délibération (colonne propre à la ville, absente du schéma "
          + "SCDL)."));

  /** ACTES matter code | matter name | portfolio (-1: the mayor) | budget (B or -) | object templates « ¦ ». */
  private static final String[] MATTERS = {
      "1.1|commande publique/marchés publics|0|B|Attribution du marché de travaux de {travaux}¦Groupement de "
          + "commandes pour la fourniture d'électricité et de gaz naturel¦Avenant n° 1 au marché de maîtrise "
          + "d'œuvre du groupe scolaire Jules Ferry",
      "1.2|commande publique/délégation de service public|7|-|Rapport annuel du délégataire du réseau de chaleur "
          + "pour l'exercice {prev}",
      "2.1|urbanisme/documents d'urbanisme|1|-|Modification simplifiée n° 2 du plan local d'urbanisme¦Bilan de "
          + "la concertation sur la révision du plan local d'urbanisme",
      "2.2|urbanisme/actes relatifs au droit d'occupation ou d'utilisation des sols|1|-|Autorisation donnée au "
          + "maire de déposer une demande de permis de construire pour {equip_le}",
      "2.3|urbanisme/droit de préemption urbain|1|B|Exercice du droit de préemption urbain sur l'immeuble sis "
          + "{adresse}",
      "3.1|domaine et patrimoine/acquisitions|1|B|Acquisition de la parcelle cadastrée {parcelle} appartenant à "
          + "{particuliers}¦Acquisition amiable de l'immeuble sis {adresse}",
      "3.2|domaine et patrimoine/aliénations|1|B|Cession de la parcelle cadastrée {parcelle} à {particulier}"
          + "¦Déclassement et cession d'un délaissé de voirie {rue}",
      "3.3|domaine et patrimoine/locations|9|B|Bail commercial du local communal sis {adresse}¦Convention "
          + "d'occupation du domaine public pour les terrasses {annee}",
      "3.5|domaine et patrimoine/autres actes de gestion du domaine public|-1|-|Dénomination de la {rue_nouvelle} "
          + "dans le quartier des Grands Champs¦Classement dans le domaine public communal de la voirie du "
          + "lotissement des Coquelicots",
      "4.1|fonction publique/personnel titulaires et stagiaires de la F.P.T.|11|B|Modification du tableau des "
          + "emplois¦Création de postes d'adjoint technique pour la restauration scolaire¦Protection "
          + "fonctionnelle accordée à {agent}",
      "4.2|fonction publique/personnel contractuel|11|B|Recrutement d'agents contractuels pour les besoins "
          + "saisonniers {annee}",
      "4.5|fonction publique/régime indemnitaire|11|B|Mise à jour du régime indemnitaire (RIFSEEP)",
      "5.7|institutions et vie politique/intercommunalité|-1|-|Rapport d'activité de la communauté de communes "
          + "pour l'année {prev}¦Modification des statuts de la communauté de communes",
      "5.8|institutions et vie politique/décision d'ester en justice|-1|-|Autorisation donnée au maire d'ester "
          + "en justice : recours contre un permis de construire accordé rue des Vergers",
      "6.1|libertés publiques et pouvoirs de police/police municipale|8|B|Convention de coordination entre la "
          + "police municipale et les forces de sécurité de l'État¦Extension du système de vidéoprotection : "
          + "demande de subvention au titre du FIPD",
      "7.1|finances locales/décisions budgétaires|0|B|Décision modificative n° {n} du budget principal",
      "7.2|finances locales/fiscalité|0|B|Taxe locale sur la publicité extérieure : tarifs {annee}",
      "7.3|finances locales/emprunts|0|B|Garantie d'emprunt accordée à Val de Loire Habitat pour la construction "
          + "de {n} logements sociaux {rue}",
      "7.5|finances locales/subventions|6|B|Subvention exceptionnelle à l'association {association}",
      "7.10|finances locales/divers|0|B|Admission en non-valeur de créances irrécouvrables¦Remise gracieuse de "
          + "la dette de restauration scolaire de {particulier}¦Tarifs municipaux pour l'année {annee}",
      "8.1|domaines de compétences par thèmes/enseignement|2|B|Participation aux frais de fonctionnement des "
          + "écoles privées sous contrat¦Périmètres scolaires des écoles publiques pour la rentrée {annee}",
      "8.2|domaines de compétences par thèmes/aide sociale|3|B|Convention territoriale globale avec la caisse "
          + "d'allocations familiales",
      "8.3|domaines de compétences par thèmes/voirie|4|B|Programme de travaux de voirie {annee}¦Requalification "
          + "de l'avenue Jean Jaurès : demande de subvention au Département",
      "8.4|domaines de compétences par thèmes/aménagement du territoire|1|B|Zone d'aménagement concerté des "
          + "Grands Champs : compte rendu annuel à la collectivité",
      "8.5|domaines de compétences par thèmes/politique de la ville-habitat-logement|3|-|Avis de la commune sur "
          + "le projet de programme local de l'habitat",
      "8.8|domaines de compétences par thèmes/environnement|7|-|Rapport sur le prix et la qualité du service "
          + "public de l'eau pour {prev}¦Adhésion à la démarche Territoire engagé pour la transition écologique",
      "8.9|domaines de compétences par thèmes/culture|5|B|Tarifs de la médiathèque et du conservatoire pour "
          + "{annee}¦Convention d'objectifs avec l'association {association}",
      "9.4|autres domaines de compétences/vœux et motions|-1|-|Vœu pour le maintien du bureau de poste du quartier "
          + "Saint-Martin¦Motion de soutien à la maternité du centre hospitalier"};

  private static final String[] WORKS = {"voirie de la rue des Écoles", "rénovation de la toiture du Gymnase Jean "
      + "Moulin", "restructuration du groupe scolaire Jules Ferry", "réfection de l'éclairage public de la route de "
      + "Blois", "rénovation énergétique du centre aquatique Les Ondines"};

  /** One deliberation. */
  record Deliberation(
      String id, LocalDate date, String matterCode, String matterName, String object, @Nullable String budgetYear,
      @Nullable String budgetName, LocalDate prefectureDate, int sitting, int voters, int against, int abstentions,
      String rapporteur) {}

  private final Town town;
  private final List<Deliberation> deliberations;
  private final DemoDataset dataset;

  DeliberationsTable(Town town, Council council, Facilities facilities, long seed) {
    this.town = town;
    this.deliberations = generate(town, council, facilities, DemoRandom.stream(seed, "deliberations"));
    this.dataset = DatasetBuilder.dataset("deliberations-conseil-municipal")
        .table("citoyennete", "deliberations_conseil_municipal")
        .title("Délibérations du conseil municipal")
        .description("Délibérations adoptées par le conseil municipal depuis janvier 2024 : objet, matière de la "
            + "nomenclature ACTES, incidence budgétaire, transmission au contrôle de légalité et décompte des votes. "
            + "L'export du logiciel des assemblées ajoute une colonne absente du schéma SCDL, le nom de l'élu "
            + "rapporteur. Certains objets citent des particuliers (cession ou acquisition d'une parcelle, remise "
            + "gracieuse de dette, protection fonctionnelle d'un agent). Les noms de rues et d'équipements cités "
            + "(rue Victor Hugo, Gymnase Jean Moulin) ne sont pas des données personnelles.")
        .producer("citoyennete", "dora")
        .theme("Gouvernement et secteur public", "délibérations", "conseil municipal", "actes", "SCDL")
        .updated("monthly")
        .covering(LocalDate.of(2024, 1, 1), Town.EXTRACTION_DATE)
        .scdl("scdl-deliberations")
        .csv("deliberations-conseil-municipal.csv", CsvDialect.SCDL)
        .intended(IntendedCase.COMMUNICABLE_AFTER_OCCULTATION,
            "L311-7 et L312-1-2 : les délibérations sont communicables à tous (L2121-26 CGCT), mais leur diffusion "
                + "en ligne suit le schéma SCDL, sans la colonne RAPPORTEUR, et occulte les noms des particuliers "
                + "cités dans l'objet (vie privée, L311-6 1° ; protection fonctionnelle d'un agent, L311-6 3°), "
                + "remplacés par « un particulier » ou « un agent ».")
        .columns(COLUMNS)
        .rows(deliberations.size())
        .build();
  }

  @Override
  public DemoDataset dataset() {
    return dataset;
  }

  /** The deliberation that granted the associations' subsidies for {@code year}. */
  Deliberation subsidies(int year) {
    String object = "Attribution des subventions de fonctionnement aux associations pour l'année " + year;
    return deliberations.stream().filter(d -> d.object().equals(object)).findFirst().orElseThrow();
  }

  @Override
  public long write(OutputStream out, LongConsumer progress) throws IOException {
    return CsvOutput.table(out, dataset.csvDialect(), COLUMNS, deliberations, (csv, d) -> {
      csv.text(Town.OFFICIAL_NAME).text(town.siret).text(d.id()).date(d.date()).text(d.matterCode())
          .text(d.matterName()).text(d.object()).textOrEmpty(d.budgetYear()).textOrEmpty(d.budgetName())
          .text(Town.PREFECTURE_ID).date(d.prefectureDate()).integer(d.sitting()).integer(d.voters())
          .integer(d.voters() - d.against() - d.abstentions()).integer(d.against()).integer(d.abstentions())
          .text(Town.WEBSITE + "/deliberations/" + d.date().getYear() + "/" + d.id() + ".pdf")
          .text(d.rapporteur());
    });
  }

  private static List<Deliberation> generate(Town town, Council council, Facilities facilities, DemoRandom random) {
    List<Deliberation> result = new ArrayList<>();
    PersonNames names = PersonNames.get();
    for (LocalDate session : sessions()) {
      int year = session.getYear();
      int rank = (int) result.stream().filter(d -> d.date().getYear() == year).count();
      List<String[]> agenda = new ArrayList<>();
      if (session.equals(Council.INSTALLATION)) {
        agenda.add(new String[] {"5.1", "institutions et vie politique/élection exécutif", "-1", "-",
            "Élection du maire"});
        agenda.add(new String[] {"5.1", "institutions et vie politique/élection exécutif", "-1", "-",
            "Détermination du nombre d'adjoints au maire"});
        agenda.add(new String[] {"5.1", "institutions et vie politique/élection exécutif", "-1", "-",
            "Élection des adjoints au maire"});
        agenda.add(new String[] {"5.6", "institutions et vie politique/exercice des mandats locaux", "-1", "B",
            "Indemnités de fonction du maire, des adjoints et des conseillers délégués"});
        agenda.add(new String[] {"5.4", "institutions et vie politique/délégation de fonctions", "-1", "-",
            "Délégations du conseil municipal au maire (article L2122-22 du CGCT)"});
        agenda.add(new String[] {"5.3", "institutions et vie politique/désignation de représentants", "-1", "-",
            "Désignation des représentants au conseil d'administration du CCAS"});
      }
      if (session.getMonthValue() == 12) { // the December session votes next year's budget and subsidies
        agenda.add(new String[] {"7.1", "finances locales/décisions budgétaires", "0", "B:" + (year + 1),
            "Budget primitif " + (year + 1) + " du budget principal"});
        agenda.add(new String[] {"7.5", "finances locales/subventions", "6", "B:" + (year + 1),
            "Attribution des subventions de fonctionnement aux associations pour l'année " + (year + 1)});
      }
      if (session.getMonthValue() == 6) {
        agenda.add(new String[] {"7.1", "finances locales/décisions budgétaires", "0", "B:" + (year - 1),
            "Compte financier unique " + (year - 1) + " du budget principal"});
      }
      int items = random.between(12, 22);
      while (agenda.size() < items) {
        String[] matter = MATTERS[random.nextInt(MATTERS.length)].split("\\|", -1);
        String[] templates = matter[4].split("¦");
        agenda.add(new String[] {matter[0], matter[1], matter[2], matter[3], random.pick(templates)});
      }
      for (String[] item : agenda) {
        rank++;
        String object = fill(item[4], town, facilities, names, random, year);
        int portfolio = Integer.parseInt(item[2]);
        String budgetYear = item[3].startsWith("B") ? (item[3].contains(":") ? item[3].substring(2) : "" + year) : null;
        int absent = random.between(0, 6);
        int voters = Council.SEATS - absent;
        boolean unanimous = random.chance(0.62);
        int against = unanimous ? 0 : random.between(0, 10);
        int abstentions = unanimous ? 0 : random.between(0, Math.min(3, voters - against));
        if (item[4].startsWith("Budget primitif") || item[4].startsWith("Élection")) {
          against = Council.SEATS - 33 - random.between(0, 2);
          abstentions = 0;
        }
        Council.Member rapporteur = council.rapporteur(portfolio, session);
        result.add(new Deliberation(
            "D" + year + "-" + String.format(Locale.ROOT, "%03d", rank), session, item[0], item[1], object,
            budgetYear, budgetYear == null ? null : "Budget principal", session.plusDays(random.between(1, 8)),
            Council.SEATS, voters, against, abstentions,
            (rapporteur.sex() == Sex.F ? "Mme " : "M. ") + rapporteur.fullName()));
      }
    }
    return List.copyOf(result);
  }

  /** Council sessions: usually a Thursday a month but in August, the installation after the 2026 election. */
  private static List<LocalDate> sessions() {
    List<LocalDate> sessions = new ArrayList<>();
    for (int year = 2024; year <= 2026; year++) {
      for (int month : new int[] {2, 3, 5, 6, 7, 9, 10, 11, 12}) {
        if (year == 2026 && month == 3) {
          sessions.add(Council.INSTALLATION);
          continue;
        }
        LocalDate session = LocalDate.of(year, month, 1)
            .with(TemporalAdjusters.dayOfWeekInMonth(month == 12 ? 2 : 3, DayOfWeek.THURSDAY));
        if (!session.isAfter(Town.EXTRACTION_DATE)) {
          sessions.add(session);
        }
      }
    }
    return sessions;
  }

  private static String fill(
      String template, Town town, Facilities facilities, PersonNames names, DemoRandom random, int year) {
    String text = template;
    if (text.contains("{particuliers}")) {
      text = text.replace("{particuliers}", "M. et Mme " + names.surname(random));
    }
    if (text.contains("{particulier}")) {
      Sex sex = random.chance(0.5) ? Sex.F : Sex.M;
      text = text.replace("{particulier}", (sex == Sex.F ? "Mme " : "M. ")
          + names.commonFirstName(random, sex, 300) + " " + names.surname(random));
    }
    if (text.contains("{agent}")) {
      Sex sex = random.chance(0.5) ? Sex.F : Sex.M;
      text = text.replace("{agent}", random.chance(0.5) ? "un agent de police municipale"
          : (sex == Sex.F ? "Mme " : "M. ") + names.commonFirstName(random, sex, 300) + " " + names.surname(random)
              + (sex == Sex.F ? ", brigadière-cheffe principale" : ", brigadier-chef principal"));
    }
    return text
        .replace("{travaux}", random.pick(WORKS))
        .replace("{prev}", Integer.toString(year - 1))
        .replace("{annee}", Integer.toString(year))
        .replace("{n}", Integer.toString(random.between(1, 3) * (template.contains("logements") ? 12 : 1)))
        .replace("{parcelle}", random.pick("AB", "AC", "BK", "BL", "CD", "ZA", "ZB") + " " + random.between(12, 480))
        .replace("{adresse}", town.residentialAddress(random).line())
        .replace("{rue}", random.pick(town.streets()).label())
        .replace("{rue_nouvelle}", random.pick("allée Joséphine Baker", "rue Germaine Tillion", "rue Rosa Parks"))
        .replace("{equip_le}", random.pick(facilities.all()).withArticle())
        .replace("{association}", random.pick(Associations.NAMES));
  }
}
