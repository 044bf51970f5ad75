package fr.socle.lakehouse.demo;

import fr.socle.lakehouse.demo.PersonNames.Sex;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Public contracts awarded by the town and its CCAS since 2023, as the essential data of public procurement
 * (DECP) flattened to one row per contract and holder, with the buyer-profile fields of the Etalab DECP-DPA schema
 * (the buyer's SIRET and profile URL). Suppliers are fictional companies with Luhn-valid SIRETs; one is a sole
 * trader, whose registered name is his own.
 */
final class PublicContractsTable implements DemoTable {
  private static final List<Column> COLUMNS = List.of(
      new Column("id", "Identifiant du marché chez l'acheteur (année-rang)."),
      new Column("acheteur_id", "SIRET de l'acheteur (siretAcheteur du schéma DECP-DPA)."),
      new Column("acheteur_nom", "Nom de l'acheteur."),
      new Column("urlProfilAcheteur", "Adresse du profil d'acheteur où sont publiées les consultations."),
      new Column("nature", "Nature du contrat : marché, accord-cadre, marché subséquent."),
      new Column("objet", "Objet du marché."),
      new Column("codeCPV", "Code du vocabulaire commun des marchés publics (CPV)."),
      new Column("procedure", "Procédure de passation."),
      new Column("lieuExecution_code", "Code du lieu d'exécution."),
      new Column("lieuExecution_typeCode", "Type de code du lieu d'exécution."),
      new Column("lieuExecution_nom", "Nom du lieu d'exécution."),
      new Column("dureeMois", "Durée du marché en mois."),
      new Column("dateNotification", "Date de notification au titulaire."),
      new Column("datePublicationDonnees", "Date de publication des données essentielles."),
      new Column("montant", "Montant du marché (ou maximum de l'accord-cadre), en euros HT."),
      new Column("formePrix", "Forme du prix : ferme, ferme et actualisable, révisable."),
      new Column("titulaire_id", "SIRET du titulaire."),
      new Column("titulaire_typeIdentifiant", "Type d'identifiant du titulaire."),
      new Column("titulaire_denominationSociale", "Raison sociale du titulaire."));

  /**
   * object | CPV | nature | procedure | k€ min | k€ max | months | supplier kind | contracts a year (expected, or
   * « @year » for exactly one that year).
   */
  private static final String[] TEMPLATES = {
      "Travaux de réfection de la chaussée {rue}|45233140-2|Marché|Procédure adaptée|80|400|4|BTP|9",
      "Entretien des espaces verts - lot {n}|77310000-6|Accord-cadre|Appel d'offres ouvert|120|600|48|ESP|0.6",
      "Nettoyage des bâtiments communaux|90910000-9|Accord-cadre|Appel d'offres ouvert|300|900|48|NET|0.3",
      "Fourniture de repas pour la restauration scolaire|55523100-3|Accord-cadre|Appel d'offres ouvert|1200|2400|48|"
          + "RES|0.25",
      "Fourniture de denrées alimentaires - lot {n}|15000000-8|Accord-cadre|Appel d'offres ouvert|150|500|36|ALIM|2",
      "Fourniture d'électricité pour les bâtiments et l'éclairage public|09310000-5|Marché subséquent|Procédure "
          + "adaptée|1000|2000|24|ENER|0.5",
      "Fourniture de gaz naturel|09123000-7|Marché subséquent|Procédure adaptée|300|700|24|ENER|0.5",
      "Fournitures de bureau et papier|30192000-1|Accord-cadre|Procédure adaptée|40|90|36|BUR|0.4",
      "Acquisition de postes informatiques pour les écoles|30213000-5|Marché|Procédure adaptée|60|180|12|INFO|1",
      "Logiciel de gestion des ressources humaines et de la paie|48000000-8|Marché|Procédure adaptée|50|150|48|INFO|"
          + "0.25",
      "Infogérance et maintenance du système d'information|72000000-5|Accord-cadre|Procédure adaptée|80|200|36|INFO|"
          + "0.35",
      "Maîtrise d'œuvre pour la restructuration du groupe scolaire Jules Ferry|71000000-8|Marché|Procédure "
          + "concurrentielle avec négociation|350|600|48|MOE|0.25",
      "Étude de révision générale du plan local d'urbanisme|71410000-5|Marché|Procédure adaptée|90|160|30|URBA|0.25",
      "Installation et maintenance de caméras de vidéoprotection|35125300-2|Marché|Procédure adaptée|120|300|36|SECU|"
          + "0.5",
      "Travaux d'éclairage public {rue}|45316110-9|Marché|Procédure adaptée|100|250|4|ELEC|3.5",
      "Rénovation énergétique du centre aquatique Les Ondines - lot {n}|45331000-6|Marché|Appel d'offres ouvert|200|"
          + "900|10|CVC|2",
      "Travaux de maçonnerie - {equip}|45262520-2|Marché|Procédure adaptée|30|150|3|BTP|6",
      "Entretien des installations de chauffage et de ventilation|50700000-2|Accord-cadre|Appel d'offres ouvert|200|"
          + "400|48|CVC|0.25",
      "Collecte des encombrants et des dépôts sauvages|90511000-2|Marché|Procédure adaptée|60|150|36|NET|0.35",
      "Création d'une aire de jeux - square Édith Piaf|37535200-9|Marché|Procédure adaptée|40|90|3|JEUX|0.5",
      "Fourniture de mobilier scolaire|39160000-1|Accord-cadre|Procédure adaptée|30|80|36|MOB|0.35",
      "Acquisition de livres et documents pour la médiathèque|22110000-4|Accord-cadre|Procédure adaptée|40|80|36|"
          + "LIV|0.35",
      "Spectacle pyrotechnique du 14 juillet|92312000-1|Marché|Marché passé sans publicité ni mise en concurrence "
          + "préalable|15|35|1|ART|1",
      "Assurances de la commune - lot {n}|66510000-8|Marché|Appel d'offres ouvert|50|250|48|ASS|0.5",
      "Acquisition de véhicules électriques pour les services techniques|34144900-7|Marché|Procédure adaptée|80|200|"
          + "6|AUTO|0.5",
      "Transport des élèves pour les sorties scolaires et périscolaires|60130000-8|Accord-cadre|Appel d'offres "
          + "ouvert|150|300|48|TRANS|0.25",
      "Gardiennage et sécurité des manifestations|79710000-4|Accord-cadre|Procédure adaptée|30|90|36|SECU|0.35",
      "Impression du magazine municipal|79810000-5|Accord-cadre|Procédure adaptée|60|120|36|IMP|0.35",
      "Restauration des boiseries de l'église Saint-Martin|45453000-7|Marché|Procédure adaptée|25|60|5|EI|@2024",
      "CCAS:Portage de repas à domicile|55521100-9|Accord-cadre|Appel d'offres ouvert|300|500|48|RES|0.25",
      "CCAS:Fourniture de produits d'hygiène pour la résidence autonomie|33700000-7|Accord-cadre|Procédure "
          + "adaptée|20|60|36|BUR|0.35"};

  private static final Map<String, String[]> SUPPLIERS = Map.ofEntries(
      Map.entry("BTP", new String[] {"Touraine Travaux Publics", "Loire Enrobés SAS", "Entreprise Moreau Bâtiment",
          "SARL Girard Maçonnerie", "Val de Loire Construction", "Bâti-Centre SAS"}),
      Map.entry("ESP", new String[] {"Jardins de Touraine SARL", "Loire Paysages", "Vert Horizon Insertion"}),
      Map.entry("NET", new String[] {"Propreté Val de Loire", "Net'Services Centre", "Clean Touraine SAS"}),
      Map.entry("RES", new String[] {"Saveurs de Loire Restauration", "Cuisine collective du Centre SAS"}),
      Map.entry("ALIM", new String[] {"Primeurs du Val", "Boucherie Lefèvre Frères", "Laiterie coopérative de "
          + "Touraine", "Coop Bio Centre"}),
      Map.entry("ENER", new String[] {"Énergies du Centre SA", "Gaz Val de Loire"}),
      Map.entry("BUR", new String[] {"Bureau Centre Fournitures", "Papeterie Dubois SARL"}),
      Map.entry("INFO", new String[] {"Digital Loire SAS", "Info-Services Touraine", "Logiciels Publics SA"}),
      Map.entry("MOE", new String[] {"Atelier d'architecture Marchand & associés", "Cabinet Archi-Loire"}),
      Map.entry("URBA", new String[] {"Agence Territoires & Paysages"}),
      Map.entry("SECU", new String[] {"Sécurité Vidéo Centre", "Protect Loire SAS"}),
      Map.entry("ELEC", new String[] {"Électricité Générale Perrin", "Lumière Réseaux Centre"}),
      Map.entry("CVC", new String[] {"Thermique Services Touraine", "Clim & Chauffage du Val"}),
      Map.entry("JEUX", new String[] {"Aires Ludiques de France SAS"}),
      Map.entry("MOB", new String[] {"Mobilier Collectivités Centre"}),
      Map.entry("LIV", new String[] {"Librairie des Écoles SARL", "La Boîte à Livres SCOP"}),
      Map.entry("ART", new String[] {"Loire Pyrotechnie"}),
      Map.entry("ASS", new String[] {"Mutuelle des Collectivités du Centre", "Assurances Territoriales SA"}),
      Map.entry("AUTO", new String[] {"Garage Renard Automobiles", "Centre Véhicules Électriques"}),
      Map.entry("TRANS", new String[] {"Cars de Touraine", "Transports Val de Loire Voyageurs"}),
      Map.entry("IMP", new String[] {"Imprimerie Chevalier", "Imprim'Loire"}));

  private record Contract(
      String id, String buyerSiret, String buyerName, String nature, String object, String cpv, String procedure,
      int months, LocalDate notified, LocalDate published, long cents, String priceForm, String holderSiret,
      String holderName) {}

  private final List<Contract> contracts;
  private final DemoDataset dataset;

  PublicContractsTable(Town town, Facilities facilities, long seed) {
    this.contracts = generate(town, facilities, DemoRandom.stream(seed, "contracts"));
    this.dataset = DatasetBuilder.dataset("marches-publics")
        .table("commande_publique", "marches_publics")
        .title("Données essentielles des marchés publics")
        .description("Marchés publics et accords-cadres notifiés par la ville et son CCAS depuis 2023 : objet, code "
            + "CPV, procédure, durée, montant, forme du prix, dates de notification et de publication, titulaire "
            + "et son SIRET. Une ligne par marché, à plat, avec les champs du profil d'acheteur du schéma Etalab "
            + "DECP-DPA (SIRET de l'acheteur, adresse du profil d'acheteur). Export du logiciel de la commande "
            + "publique (UTF-8, point-virgule, point décimal).")
        .producer("commande-publique", "dora")
        .theme("Économie et finances", "marchés publics", "DECP", "commande publique", "achats")
        .updated("monthly")
        .covering(LocalDate.of(2023, 1, 1), Town.EXTRACTION_DATE)
        .csv("marches-publics.csv", CsvDialect.UTF8_SEMICOLON)
        .intended(IntendedCase.COMMUNICABLE,
            "L312-1-1 et R2196-1 du code de la commande publique : les données essentielles des marchés sont "
                + "publiées ; le montant global et le titulaire ne relèvent pas du secret des affaires, à la "
                + "différence du détail des offres (prix unitaires, mémoire technique), absent ici.")
        .columns(COLUMNS)
        .rows(contracts.size())
        .build();
  }

  @Override
  public DemoDataset dataset() {
    return dataset;
  }

  @Override
  public long write(OutputStream out, LongConsumer progress) throws IOException {
    return CsvOutput.table(out, dataset.csvDialect(), COLUMNS, contracts, (csv, c) -> {
      csv.text(c.id()).text(c.buyerSiret()).text(c.buyerName()).text("https://marches.valmont-sur-loire.fr/profil")
          .text(c.nature()).text(c.object()).text(c.cpv()).text(c.procedure()).text(Town.POSTCODE)
          .text("Code postal").text(Town.NAME).integer(c.months()).date(c.notified()).date(c.published())
          .cents(c.cents()).text(c.priceForm()).text(c.holderSiret()).text("SIRET").text(c.holderName());
    });
  }

  private static List<Contract> generate(Town town, Facilities facilities, DemoRandom random) {
    Map<String, String> sirets = new HashMap<>();
    PersonNames names = PersonNames.get();
    String soleTrader = names.surname(random).toUpperCase(Locale.ROOT) + " "
        + names.commonFirstName(random, Sex.M, 200) + " (EI) - Ébénisterie d'art";
    List<Contract> contracts = new ArrayList<>();
    for (int year = 2023; year <= 2026; year++) {
      List<Contract> ofYear = new ArrayList<>();
      for (String line : TEMPLATES) {
        String[] t = line.split("\\|");
        int count;
        if (t[8].startsWith("@")) {
          count = Integer.parseInt(t[8].substring(1)) == year ? 1 : 0;
        } else {
          double expected = Double.parseDouble(t[8]);
          count = (int) expected + (random.chance(expected - Math.floor(expected)) ? 1 : 0);
        }
        for (int i = 0; i < count; i++) {
          boolean ccas = t[0].startsWith("CCAS:");
          String object = (ccas ? t[0].substring(5) : t[0])
              .replace("{rue}", random.pick(town.streets()).label())
              .replace("{n}", Integer.toString(random.between(1, 4)))
              .replace("{equip}", random.pick(facilities.all()).name());
          String holder = t[7].equals("EI") ? soleTrader : random.pick(SUPPLIERS.get(t[7]));
          String holderSiret = sirets.computeIfAbsent(holder, h -> Siret.siret(Siret.siren(random,
              random.pick("3", "4", "5", "7", "8")), random.between(1, 40)));
          LocalDate notified = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
          if (notified.isAfter(Town.EXTRACTION_DATE.minusDays(5))) {
            continue;
          }
          LocalDate published = notified.plusDays(random.between(3, 55));
          if (published.isAfter(Town.EXTRACTION_DATE)) {
            published = Town.EXTRACTION_DATE;
          }
          long cents = Math.round(random.between(Double.parseDouble(t[4]), Double.parseDouble(t[5])) * 1000) * 100;
          ofYear.add(new Contract("", ccas ? town.ccasSiret : town.siret,
              ccas ? Town.CCAS_NAME : Town.OFFICIAL_NAME, t[2], object, t[1],
              t[3], Integer.parseInt(t[6]), notified, published, cents,
              Integer.parseInt(t[6]) > 12 ? random.pick("Révisable", "Ferme et actualisable") : "Ferme", holderSiret,
              holder));
        }
      }
      ofYear.sort(Comparator.comparing(Contract::notified));
      int rank = 0;
      int ccasRank = 0;
      for (Contract c : ofYear) {
        boolean ccas = !c.buyerSiret().equals(town.siret);
        String id = ccas ? "CCAS-" + year + "-" + String.format(Locale.ROOT, "%03d", ++ccasRank)
            : year + "-" + String.format(Locale.ROOT, "%04d", ++rank);
        contracts.add(new Contract(id, c.buyerSiret(), c.buyerName(), c.nature(), c.object(), c.cpv(),
            c.procedure(), c.months(), c.notified(), c.published(), c.cents(), c.priceForm(), c.holderSiret(),
            c.holderName()));
      }
    }
    return List.copyOf(contracts);
  }
}
