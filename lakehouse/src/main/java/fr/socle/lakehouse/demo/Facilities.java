package fr.socle.lakehouse.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The town's public facilities. Many bear a person's name (« Gymnase Jean Moulin », « Médiathèque Paul-Louis
 * Courier »): a facility, not a person. Their contacts are functional (switchboard landlines, service mailboxes),
 * publishable as such.
 */
final class Facilities {
  /** One facility; {@code code} is the 8-digit type code of EQUIP_CODE, {@code mailbox} the local part. */
  record Facility(
      String theme, String code, String type, String name, Address address, @Nullable String erpType,
      @Nullable Integer erpCategory, String openingHours, String mailbox, String phone, String slug) {

    /** « le Gymnase Jean Moulin », « l'École maternelle Marie Curie », « les Archives municipales ». */
    String withArticle() {
      return switch (gender()) {
        case 'p' -> "les " + name;
        case 'v' -> "l'" + name;
        case 'f' -> "la " + name;
        default -> "le " + name;
      };
    }

    /** « du Gymnase Jean Moulin », « de l'École maternelle Marie Curie », « des Archives municipales ». */
    String afterDe() {
      return switch (gender()) {
        case 'p' -> "des " + name;
        case 'v' -> "de l'" + name;
        case 'f' -> "de la " + name;
        default -> "du " + name;
      };
    }

    private char gender() {
      int end = 0;
      while (end < name.length() && name.charAt(end) != ' ' && name.charAt(end) != '-') {
        end++;
      }
      String first = name.substring(0, end);
      if (first.endsWith("s") && !first.equals("CCAS") && !first.equals("Parcours")) {
        return 'p';
      }
      if ("AEÉÈÊHIOUaeéiou".indexOf(first.charAt(0)) >= 0) {
        return 'v';
      }
      return FEMININE.contains(first) ? 'f' : 'm';
    }
  }

  private static final Set<String> FEMININE = Set.of(
      "Mairie", "Maison", "Crèche", "Résidence", "Halle", "Cuisine", "Médiathèque", "Bibliothèque", "Salle", "Gare",
      "Base");

  // theme | code | type | name | street | number | ERP type | ERP category | opening hours | mailbox
  private static final String[] CATALOGUE = {
      "Equipement administratif|01010101|Mairie|Hôtel de ville|place du Général de Gaulle|1|W|3|Mo-Fr 08:30-12:00,13:30-17:30; Sa 09:00-12:00|accueil",
      "Equipement administratif|01010102|Mairie annexe|Mairie annexe des Grands Champs|avenue de l'Europe|12|W|5|Tu,Th 09:00-12:00,14:00-17:00|mairie-annexe",
      "Equipement administratif|01020101|Police municipale|Poste de police municipale|rue Nationale|24|W|5|Mo-Sa 08:00-19:00|police-municipale",
      "Equipement administratif|01030101|Espace France Services|Maison France Services|rue Jean Zay|3|W|5|Mo-Fr 09:00-12:30,13:30-17:00|france-services",
      "Equipement administratif|01040101|Centre communal d'action sociale|CCAS de Valmont-sur-Loire|rue Léon Blum|8|W|5|Mo-Fr 08:30-12:00,13:30-17:00|ccas",
      "Equipement administratif|01050101|Archives|Archives municipales|rue du Château|5|W|5|Tu-Th 09:00-12:00,14:00-17:00|archives",
      "Equipement administratif|01060101|Office de tourisme|Office de tourisme du Val de Loire|place du Marché|2|W|5|Mo-Sa 09:30-12:30,14:00-18:00|tourisme",
      "Equipement administratif|01070101|Centre technique municipal|Centre technique municipal|chemin des Marais|40|||Mo-Fr 07:30-12:00,13:30-16:30|ctm",
      "Equipement de justice|02010101|Point-justice|Point-justice de Valmont-sur-Loire|rue Jean Zay|5|W|5|We 14:00-17:00; Fr 09:00-12:00|point-justice",
      "Equipement sanitaire|03010101|Centre de santé|Centre municipal de santé Louis Pasteur|rue Pasteur|17|U|5|Mo-Fr 08:00-19:00; Sa 08:00-12:00|centre-sante",
      "Equipement social et d'animation|04010101|Crèche|Crèche municipale Les P'tits Loups|rue des Coquelicots|6|R|5|Mo-Fr 07:30-18:45|creche-ptits-loups",
      "Equipement social et d'animation|04010102|Multi-accueil|Multi-accueil Les Lucioles|rue des Glycines|11|R|5|Mo-Fr 07:30-18:30|multi-accueil-lucioles",
      "Equipement social et d'animation|04010201|Relais petite enfance|Relais petite enfance|rue Léon Blum|10|W|5|Mo,Tu,Th 09:00-12:00,13:30-17:30|rpe",
      "Equipement social et d'animation|04020101|Maison de quartier|Maison de quartier Louise Michel|rue Louise Michel|4|L|4|Mo-Fr 09:00-12:00,14:00-19:00|maison-quartier-louise-michel",
      "Equipement social et d'animation|04020102|Centre social|Centre social Nelson Mandela|rue Nelson Mandela|9|L|4|Mo-Fr 09:00-12:00,13:30-18:30; Sa 09:00-12:00|centre-social",
      "Equipement social et d'animation|04030101|Résidence autonomie|Résidence autonomie Les Tilleuls|rue des Tilleuls|20|J|4|Mo-Su 00:00-24:00|residence-tilleuls",
      "Equipement social et d'animation|04040101|Maison des associations|Maison des associations|rue des Halles|7|L|4|Mo-Fr 09:00-12:00,14:00-21:00; Sa 09:00-12:00|associations",
      "Equipement social et d'animation|04050101|Espace jeunesse|Espace jeunesse Rosa Parks|rue Rosa Parks|2|L|5|Tu-Fr 14:00-19:00; Sa 10:00-18:00|jeunesse",
      "Equipement sportif et de loisirs|05010101|Gymnase|Gymnase Jean Moulin|rue Jean Moulin|15|X|3|Mo-Fr 08:00-22:00; Sa 08:00-18:00|gymnase-jean-moulin",
      "Equipement sportif et de loisirs|05010102|Gymnase|Gymnase Léo Lagrange|rue Léo Lagrange|3|X|3|Mo-Fr 08:00-22:00; Sa 08:00-18:00|gymnase-leo-lagrange",
      "Equipement sportif et de loisirs|05010103|Salle multisports|Halle des sports Suzanne Lenglen|rue Suzanne Lenglen|1|X|2|Mo-Su 08:00-23:00|halle-des-sports",
      "Equipement sportif et de loisirs|05020101|Stade|Stade municipal Pierre de Coubertin|rue Pierre de Coubertin|2|PA|2|Mo-Su 08:00-22:00|stades",
      "Equipement sportif et de loisirs|05020102|Terrain de grands jeux|Stade des Grands Champs|route de Blois|30|PA|4|Mo-Su 08:00-22:00|stades",
      "Equipement sportif et de loisirs|05030101|Piscine|Centre aquatique Les Ondines|rue des Sports|10|X|2|Mo-Fr 12:00-14:00,17:00-21:00; We 10:00-21:00; Sa,Su 09:00-19:00|piscine",
      "Equipement sportif et de loisirs|05040101|Dojo|Dojo municipal Jigoro Kano|rue du Stade|8|X|4|Mo-Fr 17:00-22:00; Sa 09:00-18:00|dojo",
      "Equipement sportif et de loisirs|05050101|Court de tennis|Courts de tennis de Beaulieu|rue Albert Camus|6|PA|5|Mo-Su 08:00-22:00|tennis",
      "Equipement sportif et de loisirs|05060101|Base nautique|Base nautique de la Loire|quai du Port|4|PA|5|Apr-Oct Mo-Su 10:00-19:00|base-nautique",
      "Equipement sportif et de loisirs|05070101|Plateau multisports|City stade du Plessis|rue du Plessis|14|||Mo-Su 08:00-22:00|sports",
      "Equipement sportif et de loisirs|05080101|Skatepark|Skatepark de la Croix-Blanche|rue de la Croix-Blanche|16|||Mo-Su 08:00-22:00|sports",
      "Equipement sportif et de loisirs|05090101|Parcours sportif|Parcours de santé du Bois Joli|chemin du Bois Joli|1|||Mo-Su sunrise-sunset|sports",
      "Equipement d'enseignement|06010101|École maternelle|École maternelle Marie Curie|allée Marie Curie|2|R|4|Mo,Tu,Th,Fr 08:20-11:50,13:35-16:35|ecole-marie-curie",
      "Equipement d'enseignement|06010102|École maternelle|École maternelle Les Coquelicots|rue des Coquelicots|14|R|4|Mo,Tu,Th,Fr 08:20-11:50,13:35-16:35|ecole-coquelicots",
      "Equipement d'enseignement|06010103|École maternelle|École maternelle Jacques Prévert|rue Jacques Prévert|5|R|4|Mo,Tu,Th,Fr 08:30-12:00,13:45-16:45|ecole-jacques-prevert",
      "Equipement d'enseignement|06010104|École maternelle|École maternelle Paul Bert|rue Paul Bert|9|R|4|Mo,Tu,Th,Fr 08:30-12:00,13:45-16:45|ecole-paul-bert",
      "Equipement d'enseignement|06010105|École maternelle|École maternelle George Sand|rue George Sand|3|R|4|Mo,Tu,Th,Fr 08:30-12:00,13:45-16:45|ecole-george-sand",
      "Equipement d'enseignement|06010201|École élémentaire|École élémentaire Jules Ferry|rue Jules Ferry|12|R|3|Mo,Tu,Th,Fr 08:30-11:45,13:45-16:30|ecole-jules-ferry",
      "Equipement d'enseignement|06010202|École élémentaire|École élémentaire Jean Zay|rue Jean Zay|14|R|3|Mo,Tu,Th,Fr 08:30-11:45,13:45-16:30|ecole-jean-zay",
      "Equipement d'enseignement|06010203|École élémentaire|École élémentaire Louise Michel|rue Louise Michel|18|R|3|Mo,Tu,Th,Fr 08:30-11:45,13:45-16:30|ecole-louise-michel",
      "Equipement d'enseignement|06010204|École élémentaire|École élémentaire Antoine de Saint-Exupéry|rue Antoine de Saint-Exupéry|4|R|3|Mo,Tu,Th,Fr 08:30-11:45,13:45-16:30|ecole-saint-exupery",
      "Equipement d'enseignement|06010205|École élémentaire|École élémentaire Camille Claudel|rue Camille Claudel|7|R|3|Mo,Tu,Th,Fr 08:30-11:45,13:45-16:30|ecole-camille-claudel",
      "Equipement d'enseignement|06010301|Groupe scolaire|Groupe scolaire Simone Veil|rue Simone Veil|1|R|3|Mo,Tu,Th,Fr 08:30-11:45,13:45-16:30|groupe-scolaire-simone-veil",
      "Equipement d'enseignement|06020101|Restauration scolaire|Cuisine centrale municipale|rue de la Ferme|6|||Mo-Fr 06:30-15:00|restauration",
      "Equipement cultuel|07010101|Église|Église Saint-Martin|place Saint-Martin|1|V|3|Mo-Su 09:00-18:00|patrimoine",
      "Equipement cultuel|07010102|Église|Église Notre-Dame-de-Loire|rue de l'Église|2|V|4|Mo-Su 09:00-18:00|patrimoine",
      "Equipement culturel|08010101|Médiathèque|Médiathèque Paul-Louis Courier|rue Paul-Louis Courier|6|S|3|Tu,Th,Fr 14:00-18:30; We,Sa 10:00-18:00|mediatheque",
      "Equipement culturel|08010102|Bibliothèque|Bibliothèque de quartier Colette|rue Colette|3|S|5|We 10:00-12:00,14:00-18:00; Sa 10:00-12:30|mediatheque",
      "Equipement culturel|08020101|Conservatoire|Conservatoire à rayonnement communal Francis Poulenc|rue Ronsard|9|R|4|Mo-Fr 13:30-21:00; Sa 09:00-17:00|conservatoire",
      "Equipement culturel|08030101|Musée|Musée de la marine de Loire|quai des Mariniers|21|Y|4|Tu-Su 10:00-12:30,14:00-18:00|musee",
      "Equipement culturel|08040101|Cinéma|Cinéma municipal Le Balzac|rue Honoré de Balzac|4|L|3|Mo-Su 14:00-23:00|cinema",
      "Equipement culturel|08050101|Salle de spectacle|Espace culturel Jacques Brel|rue Jacques Brel|2|L|2|Tu-Sa 14:00-18:00|espace-brel",
      "Equipement culturel|08060101|Salle polyvalente|Salle des fêtes des Halles|rue des Halles|15|L|3|Mo-Su 08:00-24:00|reservation-salles",
      "Equipement culturel|08070101|École d'arts plastiques|Atelier municipal d'arts plastiques Berthe Morisot|rue Berthe Morisot|5|R|5|We 10:00-18:00; Sa 10:00-13:00|arts-plastiques",
      "Equipement de mobilité|09010101|Gare routière|Gare routière de Valmont-sur-Loire|avenue de la Gare|1|GA|5|Mo-Sa 06:00-21:00|mobilites",
      "Equipement de mobilité|09020101|Parc relais|Parking relais de la Gare|avenue de la Gare|18|||Mo-Su 00:00-24:00|stationnement",
      "Equipement de mobilité|09020102|Parc de stationnement|Parking du Château|rue du Château|20|||Mo-Su 00:00-24:00|stationnement",
      "Equipement de mobilité|09030101|Aire de covoiturage|Aire de covoiturage de la route de Tours|route de Tours|60|||Mo-Su 00:00-24:00|mobilites",
      "Equipement de mobilité|09040101|Stationnement vélos|Abri vélos sécurisé de la gare|avenue de la Gare|16|||Mo-Su 05:00-24:00|mobilites",
      "Autre équipement|10010101|Cimetière|Cimetière communal|rue du Moulin|30|||Mo-Su 08:00-18:00|cimetieres",
      "Autre équipement|10010102|Cimetière|Cimetière paysager des Grands Champs|route de Blois|80|||Mo-Su 08:00-18:00|cimetieres",
      "Autre équipement|10020101|Marché couvert|Halles du marché couvert|place du Marché|4|M|3|Tu,Fr 07:00-13:00; Sa 07:00-13:30|marches",
      "Autre équipement|10030101|Jardins familiaux|Jardins familiaux de la Varenne|chemin de la Varenne|25|||Mo-Su 08:00-20:00|jardins",
      "Autre équipement|10040101|Camping|Camping municipal des Bords de Loire|levée de la Loire|15|PA|5|Apr-Sep Mo-Su 08:00-21:00|camping"};

  private final List<Facility> facilities;

  Facilities(Town town, long seed) {
    DemoRandom random = DemoRandom.stream(seed, "facilities");
    List<Facility> list = new ArrayList<>();
    Map<String, String> phones = new HashMap<>();
    Map<String, Integer> order = new HashMap<>();
    for (String line : CATALOGUE) {
      String[] f = line.split("\\|", -1);
      Address address = town.address(town.street(f[4]), Integer.parseInt(f[5]));
      String mailbox = f[9];
      String phone = mailbox.equals("accueil") ? town.switchboard
          : phones.computeIfAbsent(mailbox, k -> "+33 247" + random.digits(6));
      int rank = order.merge(f[1], 1, Integer::sum);
      String slug = PersonNames.asciiLower(f[3].replace(' ', '-').replace('\'', '-')).replaceAll("-+", "-");
      list.add(new Facility(f[0], f[1] + "-" + String.format(Locale.ROOT, "%03d", rank), f[2], f[3],
          address, f[6].isEmpty() ? null : f[6], f[7].isEmpty() ? null : Integer.valueOf(f[7]), f[8], mailbox, phone,
          slug));
    }
    facilities = List.copyOf(list);
  }

  List<Facility> all() {
    return facilities;
  }

  Facility named(String name) {
    return facilities.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }
}
