package fr.socle.lakehouse.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The part of the M57 budget nomenclature a town of 48,000 uses in its primitive budget: chapters and accounts by
 * nature with the amounts voted (k€) and how they split across functions, and the function labels.
 */
final class M57Plan {
  private M57Plan() {}

  /** Function code → label. */
  static final Map<String, String> FUNCTIONS = functions();
  private static final String BUILDINGS = "020:3,211:2,212:3,313:1,321:2,325:3,422:1,311:1,331:1";
  private static final String STAFF =
      "020:18,021:1,11:4,211:6,212:8,281:7,311:3,313:3,321:4,325:3,331:4,422:8,511:5,722:6,843:8,026:1";
  private static final String SPREAD = "020:2,212:1,321:1,511:1,843:1";

  /** section | sense | real/order | chapter | chapter label | account | account label | k€ | functions | operation. */
  static final String[] ACCOUNTS = {
      "F|D|r|011|Charges à caractère général|60611|Eau et assainissement|380|" + BUILDINGS + ",511:4|",
      "F|D|r|011|Charges à caractère général|60612|Énergie - électricité|2100|" + BUILDINGS + ",512:9|",
      "F|D|r|011|Charges à caractère général|60613|Chauffage urbain|650|" + BUILDINGS + "|",
      "F|D|r|011|Charges à caractère général|60621|Combustibles|180|" + BUILDINGS + "|",
      "F|D|r|011|Charges à caractère général|60622|Carburants|260|843:4,722:3,11:1,020:1|",
      "F|D|r|011|Charges à caractère général|60623|Alimentation|1450|281:10,422:2,331:1|",
      "F|D|r|011|Charges à caractère général|60632|Fournitures de petit équipement|420|" + SPREAD + "|",
      "F|D|r|011|Charges à caractère général|6064|Fournitures administratives|110|020:4,211:1,212:2|",
      "F|D|r|011|Charges à caractère général|6067|Fournitures scolaires|230|211:1,212:2|",
      "F|D|r|011|Charges à caractère général|611|Contrats de prestations de services|2300|"
          + "281:3,722:4,020:2,311:1,331:1|",
      "F|D|r|011|Charges à caractère général|6135|Locations mobilières|260|020:2,024:1,311:1|",
      "F|D|r|011|Charges à caractère général|615221|Entretien et réparations - bâtiments publics|1350|" + BUILDINGS
          + "|",
      "F|D|r|011|Charges à caractère général|615231|Entretien et réparations - voiries|900|843:1|",
      "F|D|r|011|Charges à caractère général|61521|Entretien et réparations - terrains|380|511:3,322:1|",
      "F|D|r|011|Charges à caractère général|6156|Maintenance|620|020:3,325:1,313:1,11:1|",
      "F|D|r|011|Charges à caractère général|616|Primes d'assurances|340|020:1|",
      "F|D|r|011|Charges à caractère général|6184|Versements à des organismes de formation|160|020:1|",
      "F|D|r|011|Charges à caractère général|6231|Annonces et insertions|60|020:1|",
      "F|D|r|011|Charges à caractère général|6232|Fêtes et cérémonies|320|024:1|",
      "F|D|r|011|Charges à caractère général|6237|Publications|140|023:1|",
      "F|D|r|011|Charges à caractère général|6247|Transports collectifs|210|212:2,331:1|",
      "F|D|r|011|Charges à caractère général|6261|Frais d'affranchissement|70|020:1|",
      "F|D|r|011|Charges à caractère général|6262|Frais de télécommunications|190|020:1|",
      "F|D|r|011|Charges à caractère général|6283|Frais de nettoyage des locaux|540|" + BUILDINGS + "|",
      "F|D|r|012|Charges de personnel et frais assimilés|64111|Rémunération principale - titulaires|15200|" + STAFF
          + "|",
      "F|D|r|012|Charges de personnel et frais assimilés|64112|NBI, supplément familial de traitement et "
          + "indemnité de résidence|520|" + STAFF + "|",
      "F|D|r|012|Charges de personnel et frais assimilés|64118|Autres indemnités - titulaires|3100|" + STAFF + "|",
      "F|D|r|012|Charges de personnel et frais assimilés|64131|Rémunérations - non titulaires|3900|" + STAFF + "|",
      "F|D|r|012|Charges de personnel et frais assimilés|6451|Cotisations à l'URSSAF|2700|" + STAFF + "|",
      "F|D|r|012|Charges de personnel et frais assimilés|6453|Cotisations aux caisses de retraite|5600|" + STAFF
          + "|",
      "F|D|r|012|Charges de personnel et frais assimilés|6455|Cotisations pour assurance du personnel|420|020:1|",
      "F|D|r|012|Charges de personnel et frais assimilés|6458|Cotisations aux autres organismes sociaux|260|"
          + STAFF + "|",
      "F|D|r|012|Charges de personnel et frais assimilés|6475|Médecine du travail, pharmacie|70|020:1|",
      "F|D|r|012|Charges de personnel et frais assimilés|6488|Autres charges de personnel|150|020:1|",
      "F|D|r|014|Atténuations de produits|739223|Fonds de péréquation des ressources communales et "
          + "intercommunales|310|01:1|",
      "F|D|r|65|Autres charges de gestion courante|6531|Indemnités des élus|560|021:1|",
      "F|D|r|65|Autres charges de gestion courante|6533|Cotisations de retraite des élus|40|021:1|",
      "F|D|r|65|Autres charges de gestion courante|6534|Cotisations de sécurité sociale des élus - part "
          + "patronale|60|021:1|",
      "F|D|r|65|Autres charges de gestion courante|65548|Autres contributions|420|020:1,722:2|",
      "F|D|r|65|Autres charges de gestion courante|6558|Autres contributions obligatoires|380|212:1|",
      "F|D|r|65|Autres charges de gestion courante|657362|Subventions de fonctionnement au CCAS|1650|42:1|",
      "F|D|r|65|Autres charges de gestion courante|65748|Subventions de fonctionnement aux autres personnes de "
          + "droit privé|1450|025:3,311:2,321:2,331:1|",
      "F|D|r|66|Charges financières|66111|Intérêts réglés à l'échéance|880|01:1|",
      "F|D|r|66|Charges financières|66112|Intérêts - rattachement des ICNE|20|01:1|",
      "F|D|r|67|Charges spécifiques|673|Titres annulés sur exercices antérieurs|40|020:1|",
      "F|D|r|68|Dotations aux provisions et dépréciations|6817|Dotations aux dépréciations des actifs "
          + "circulants|50|01:1|",
      "F|R|r|013|Atténuations de charges|6419|Remboursements sur rémunérations du personnel|260|020:1|",
      "F|R|r|70|Produits des services, du domaine et ventes diverses|70311|Concessions dans les cimetières|60|026:1|",
      "F|R|r|70|Produits des services, du domaine et ventes diverses|70323|Redevance d'occupation du domaine "
          + "public|240|843:1|",
      "F|R|r|70|Produits des services, du domaine et ventes diverses|7062|Redevances et droits des services à "
          + "caractère culturel|380|311:1,313:1,314:1|",
      "F|R|r|70|Produits des services, du domaine et ventes diverses|70631|Redevances et droits des services à "
          + "caractère sportif|290|325:3,321:1|",
      "F|R|r|70|Produits des services, du domaine et ventes diverses|7066|Redevances et droits des services à "
          + "caractère social|1150|422:1|",
      "F|R|r|70|Produits des services, du domaine et ventes diverses|7067|Redevances et droits des services "
          + "périscolaires et d'enseignement|2450|281:4,331:1|",
      "F|R|r|70|Produits des services, du domaine et ventes diverses|70846|Mise à disposition de personnel "
          + "facturée au GFP de rattachement|540|020:1|",
      "F|R|r|731|Fiscalité locale|73111|Impôts directs locaux|33500|01:1|",
      "F|R|r|731|Fiscalité locale|73211|Attribution de compensation|5900|01:1|",
      "F|R|r|731|Fiscalité locale|7351|Taxe sur la consommation finale d'électricité|690|01:1|",
      "F|R|r|731|Fiscalité locale|7368|Taxe locale sur la publicité extérieure|110|01:1|",
      "F|R|r|731|Fiscalité locale|7381|Taxe additionnelle aux droits de mutation|1550|01:1|",
      "F|R|r|74|Dotations et participations|7411|Dotation forfaitaire|6400|01:1|",
      "F|R|r|74|Dotations et participations|74123|Dotation de solidarité urbaine|1850|01:1|",
      "F|R|r|74|Dotations et participations|74127|Dotation nationale de péréquation|720|01:1|",
      "F|R|r|74|Dotations et participations|74718|Participations - État - autres|420|212:1,52:1|",
      "F|R|r|74|Dotations et participations|7478|Participations - autres organismes|2300|422:3,331:1|",
      "F|R|r|74|Dotations et participations|74834|Compensation au titre des exonérations des taxes foncières|950|"
          + "01:1|",
      "F|R|r|75|Autres produits de gestion courante|752|Revenus des immeubles|420|020:1,55:1|",
      "F|R|r|75|Autres produits de gestion courante|7588|Autres produits divers de gestion courante|90|020:1|",
      "F|R|r|77|Produits spécifiques|7788|Produits exceptionnels divers|60|01:1|",
      "I|D|r|16|Emprunts et dettes assimilées|1641|Emprunts en euros|4300|01:1|",
      "I|D|r|16|Emprunts et dettes assimilées|165|Dépôts et cautionnements reçus|15|020:1|",
      "I|D|r|20|Immobilisations incorporelles|202|Frais liés à la réalisation des documents d'urbanisme|180|515:1|"
          + "Révision générale du PLU",
      "I|D|r|20|Immobilisations incorporelles|2031|Frais d'études|380|515:1,212:1|",
      "I|D|r|20|Immobilisations incorporelles|2051|Concessions et droits similaires|260|020:1|",
      "I|D|r|204|Subventions d'équipement versées|20422|Personnes de droit privé - bâtiments et installations|250|"
          + "55:1|Ravalement des façades du centre-ville",
      "I|D|r|21|Immobilisations corporelles|2111|Terrains nus|450|515:1|",
      "I|D|r|21|Immobilisations corporelles|2128|Autres agencements et aménagements de terrains|600|511:2,322:1|",
      "I|D|r|21|Immobilisations corporelles|21312|Bâtiments scolaires|1900|212:2,211:1|"
          + "Restructuration du groupe scolaire Jules Ferry",
      "I|D|r|21|Immobilisations corporelles|21318|Autres bâtiments publics|900|020:1,313:1,321:1|",
      "I|D|r|21|Immobilisations corporelles|2151|Réseaux de voirie|2300|843:1|Requalification de l'avenue Jean Jaurès",
      "I|D|r|21|Immobilisations corporelles|21534|Réseaux d'électrification|600|512:1|",
      "I|D|r|21|Immobilisations corporelles|2152|Installations de voirie|450|843:1|",
      "I|D|r|21|Immobilisations corporelles|2158|Autres installations, matériel et outillage techniques|260|11:1|"
          + "Extension de la vidéoprotection",
      "I|D|r|21|Immobilisations corporelles|2182|Matériel de transport|450|843:1,722:1|",
      "I|D|r|21|Immobilisations corporelles|2183|Matériel de bureau et matériel informatique|380|020:3,212:1|",
      "I|D|r|21|Immobilisations corporelles|2184|Mobilier|180|212:1,313:1|",
      "I|D|r|21|Immobilisations corporelles|2188|Autres immobilisations corporelles|320|" + SPREAD + "|",
      "I|D|r|23|Immobilisations en cours|2313|Constructions|3300|212:2,325:1|"
          + "Rénovation énergétique du centre aquatique Les Ondines",
      "I|D|r|23|Immobilisations en cours|2315|Installations, matériel et outillage techniques|1100|843:1,75:1|",
      "I|R|r|10|Dotations, fonds divers et réserves|10222|Fonds de compensation de la TVA|1700|01:1|",
      "I|R|r|10|Dotations, fonds divers et réserves|10226|Taxe d'aménagement|380|01:1|",
      "I|R|r|13|Subventions d'investissement|1321|État et établissements nationaux|1200|212:1,843:1|",
      "I|R|r|13|Subventions d'investissement|1322|Régions|600|212:1|",
      "I|R|r|13|Subventions d'investissement|1323|Départements|450|843:1|",
      "I|R|r|13|Subventions d'investissement|1328|Autres subventions d'investissement|250|422:1|",
      "I|R|r|13|Subventions d'investissement|13251|GFP de rattachement|300|843:1|",
      "I|R|r|024|Produits des cessions d'immobilisations|024|Produits des cessions d'immobilisations|550|01:1|",
      "I|R|r|16|Emprunts et dettes assimilées|165|Dépôts et cautionnements reçus|15|020:1|",
      "I|R|o|040|Opérations d'ordre de transfert entre sections|28031|Amortissements des frais d'études|150|01:1|",
      "I|R|o|040|Opérations d'ordre de transfert entre sections|2802|Amortissements des frais liés aux documents "
          + "d'urbanisme|60|01:1|",
      "I|R|o|040|Opérations d'ordre de transfert entre sections|28051|Amortissements des concessions et droits "
          + "similaires|220|01:1|",
      "I|R|o|040|Opérations d'ordre de transfert entre sections|281318|Amortissements des autres bâtiments "
          + "publics|600|01:1|",
      "I|R|o|040|Opérations d'ordre de transfert entre sections|28182|Amortissements du matériel de transport|350|"
          + "01:1|",
      "I|R|o|040|Opérations d'ordre de transfert entre sections|28183|Amortissements du matériel de bureau et "
          + "informatique|420|01:1|",
      "I|R|o|040|Opérations d'ordre de transfert entre sections|28188|Amortissements des autres immobilisations "
          + "corporelles|450|01:1|"};

  private static Map<String, String> functions() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("01", "Opérations non ventilables");
    f.put("020", "Administration générale de la collectivité");
    f.put("021", "Assemblée locale");
    f.put("023", "Information, communication, publicité");
    f.put("024", "Fêtes et cérémonies");
    f.put("025", "Aides aux associations");
    f.put("026", "Cimetières et pompes funèbres");
    f.put("11", "Police, sécurité, justice");
    f.put("211", "Écoles maternelles");
    f.put("212", "Écoles primaires");
    f.put("281", "Hébergement et restauration scolaires");
    f.put("311", "Activités artistiques, actions et manifestations culturelles");
    f.put("313", "Bibliothèques et médiathèques");
    f.put("314", "Musées");
    f.put("321", "Salles de sport, gymnases");
    f.put("322", "Stades");
    f.put("325", "Piscines");
    f.put("331", "Centres de loisirs");
    f.put("42", "Action sociale");
    f.put("422", "Petite enfance");
    f.put("511", "Espaces verts urbains");
    f.put("512", "Éclairage public");
    f.put("515", "Opérations d'aménagement");
    f.put("52", "Politique de la ville");
    f.put("55", "Habitat (logement)");
    f.put("722", "Propreté urbaine");
    f.put("75", "Politique de l'énergie");
    f.put("843", "Voirie communale");
    return Map.copyOf(f);
  }
}
