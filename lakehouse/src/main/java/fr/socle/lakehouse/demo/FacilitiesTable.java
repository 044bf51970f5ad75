package fr.socle.lakehouse.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * The town's public facilities in the SCDL équipements schema (v0.1.5): WGS84 coordinates, OpenStreetMap opening
 * hours (commas inside, so quoted), switchboard landlines and service mailboxes. Functional contacts, not personal
 * data; and the names of persons in facility and street names are places, not people.
 */
final class FacilitiesTable implements DemoTable {
  private static final List<Column> COLUMNS = List.of(
      new Column("COLL_NOM", "Nom de la collectivité."),
      new Column("COLL_SIRET", "SIRET de la commune."),
      new Column("EQUIP_UID", "Identifiant unique : code INSEE de la commune et code de l'équipement."),
      new Column("EQUIP_THEME", "Thème de l'équipement (famille de la nomenclature des équipements collectifs)."),
      new Column("EQUIP_CODE", "Code du type d'équipement (8 chiffres) suivi d'un numéro d'ordre."),
      new Column("EQUIP_TYPE", "Type d'équipement."),
      new Column("EQUIP_NOM", "Nom d'usage de l'équipement ; les noms de personnes honorées désignent un lieu."),
      new Column("ADR_NUMERO", "Numéro dans la voie."),
      new Column("ADR_NOMVOIE", "Type et nom de la voie."),
      new Column("ADR_CODEPOSTAL", "Code postal."),
      new Column("ADR_COMMUNE", "Commune."),
      new Column("ADR_CLE_INTEROP", "Clé d'interopérabilité de l'adresse (INSEE_FANTOIR_numéro)."),
      new Column("ERP_ID", "Identifiant d'établissement recevant du public."),
      new Column("ERP_TYPE", "Type d'ERP (lettre de l'arrêté du 25 juin 1980)."),
      new Column("ERP_CATEGORIE", "Catégorie d'ERP, de 1 à 5, selon la capacité d'accueil."),
      new Column("EQUIP_LAT", "Latitude WGS84."),
      new Column("EQUIP_LONG", "Longitude WGS84."),
      new Column("EQUIP_OUVERTURE", "Horaires d'ouverture au format OpenStreetMap opening_hours."),
      new Column("EQUIP_TEL", "Numéro du standard ou de l'accueil de l'équipement (ligne fixe de service)."),
      new Column("EQUIP_EMAIL", "Adresse électronique fonctionnelle du service gestionnaire."),
      new Column("EQUIP_WEB", "Page de l'équipement sur le site de la ville."));

  private final Town town;
  private final Facilities facilities;
  private final DemoDataset dataset;

  FacilitiesTable(Town town, Facilities facilities) {
    this.town = town;
    this.facilities = facilities;
    this.dataset = DatasetBuilder.dataset("equipements-publics")
        .table("culture_sports", "equipements_publics")
        .title("Équipements publics de la ville")
        .description("Les équipements collectifs publics de Valmont-sur-Loire : mairie et services, écoles, "
            + "crèches, gymnases, stades, centre aquatique, médiathèque, conservatoire, musée, parkings, "
            + "cimetières. Pour chacun : adresse, position WGS84, catégorie d'établissement recevant du public, "
            + "horaires au format OpenStreetMap, numéro du standard et adresse électronique du service "
            + "(piscine@valmont-sur-loire.fr). Beaucoup d'équipements portent le nom d'une personnalité (Gymnase "
            + "Jean Moulin, Médiathèque Paul-Louis Courier) : ce sont des lieux, pas des données personnelles. "
            + "Format SCDL « équipements ».")
        .producer("culture-sports", "dora")
        .theme("Régions et villes", "équipements", "services publics", "sport", "culture", "SCDL")
        .updated("irregular")
        .covering(null, Town.EXTRACTION_DATE)
        .scdl("scdl-equipements")
        .csv("equipements-publics.csv", CsvDialect.SCDL)
        .point("EQUIP_LONG", "EQUIP_LAT")
        .intended(IntendedCase.COMMUNICABLE,
            "L312-1-1 : communicable et publiable tel quel. Les numéros de standard et les adresses électroniques "
                + "de service (accueil@, piscine@) sont des coordonnées fonctionnelles, pas des données "
                + "personnelles ; les noms de personnalités dans les noms d'équipements et de rues non plus.")
        .columns(COLUMNS)
        .rows(facilities.all().size())
        .build();
  }

  @Override
  public DemoDataset dataset() {
    return dataset;
  }

  @Override
  public long write(OutputStream out, LongConsumer progress) throws IOException {
    return CsvOutput.table(out, dataset.csvDialect(), COLUMNS, facilities.all(), (csv, f) -> {
      Address a = f.address();
      String street = a.street().officialLabel();
      String number = a.numberLabel();
      csv.text(Town.OFFICIAL_NAME).text(town.siret).text(Town.INSEE_CODE + "-" + f.code()).text(f.theme())
          .text(f.code()).text(f.type()).text(f.name()).text(number).text(street).text(Town.POSTCODE)
          .text(Town.NAME)
          .text(Town.INSEE_CODE + "_" + a.street().fantoir() + "_" + String.format(Locale.ROOT, "%05d",
              a.number()));
      if (f.erpType() == null) {
        csv.empty().empty().empty();
      } else {
        csv.text(Town.INSEE_CODE + "-" + camel(street) + "-" + a.number()).text(f.erpType())
            .integer(f.erpCategory());
      }
      csv.scaled(Town.FRAME.microLatitude(a.y()), 6).scaled(Town.FRAME.microLongitude(a.x()), 6)
          .text(f.openingHours()).text(f.phone()).text(f.mailbox() + "@" + Town.WEB_DOMAIN)
          .text(Town.WEBSITE + "/equipements/" + f.slug());
    });
  }

  /** « Rue Victor Hugo » → « RueVictorHugo », as ERP identifiers are built. */
  private static String camel(String street) {
    String ascii = Normalizer.normalize(street, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder sb = new StringBuilder();
    for (String word : ascii.split("[ '-]+")) {
      if (!word.isEmpty()) {
        sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return sb.toString();
  }
}
