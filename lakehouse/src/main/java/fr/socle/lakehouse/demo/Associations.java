package fr.socle.lakehouse.demo;

import java.util.List;

/** The town's associations (fictional), with the usual size of their yearly operating subsidy in euros. */
final class Associations {
  private Associations() {}

  /** name | yearly subsidy in euros | has a SIRET (an association without employees may have only an RNA number). */
  static final List<String> CATALOGUE = List.of(
      "Association sportive valmontoise - section football|38000|o",
      "Valmont Basket Club|14500|o",
      "Judo Club de Valmont-sur-Loire|6200|o",
      "Les Nageurs de la Loire|9800|o",
      "Tennis Club de Beaulieu|4300|o",
      "Valmont Athlétisme|5100|o",
      "Union cycliste valmontoise|2800|o",
      "Aviron Val de Loire|7400|o",
      "Gymnastique volontaire de Valmont|1900|o",
      "Handball Club Valmont-sur-Loire|11200|o",
      "Pétanque des Bords de Loire|900|n",
      "Rugby Club du Val de Loire|16800|o",
      "Les Chemins de Touraine - club de randonnée|650|n",
      "Valmont Escalade|2100|o",
      "Badminton Club valmontois|1500|o",
      "Union musicale de Valmont-sur-Loire|12500|o",
      "Chorale À Cœur Joie de Valmont|1200|n",
      "Théâtre du Mascaret|8600|o",
      "Les Amis de la Médiathèque Paul-Louis Courier|800|n",
      "Société d'histoire et d'archéologie de Valmont|1100|o",
      "Festival Jazz en Loire|24000|o",
      "Ciné-club Le Balzac|1400|o",
      "Compagnie de danse Terpsichore|3900|o",
      "Atelier photo valmontois|500|n",
      "Les Amis du musée de la marine de Loire|1300|o",
      "Épicerie solidaire La Passerelle|18500|o",
      "Entraide valmontoise|7200|o",
      "Aide à domicile du Val de Loire|26000|o",
      "Association des parents d'élèves de l'école Jules Ferry|600|n",
      "Centre de loisirs Les Globe-Trotteurs|42000|o",
      "Scouts et guides de Valmont|1000|o",
      "Maison des jeunes et de la culture de Valmont|86000|o",
      "Comité des fêtes de Valmont-sur-Loire|24500|o",
      "Comité de jumelage Valmont – Bad Waldheim|3200|o",
      "Association des commerçants « Cœur de Valmont »|9500|o",
      "Les Jardiniers de la Varenne|700|n",
      "Amicale des sapeurs-pompiers de Valmont|1800|o",
      "Club de l'amitié des aînés valmontois|1600|o",
      "Anciens combattants - section de Valmont|450|n",
      "Protection animale du Val de Loire|3500|o",
      "Loire Nature Environnement Valmont|4200|o",
      "Valmont Vélo Mobilité|1700|o",
      "Radio Val de Loire FM|6800|o",
      "Réseau d'échanges réciproques de savoirs|900|o",
      "Association Accueil des villes françaises de Valmont|750|n",
      "Les Petites Mains de Beaulieu - atelier couture|400|n",
      "Association culturelle franco-portugaise de Valmont|1500|o",
      "Club d'échecs du Val de Loire|850|o");

  static final List<String> NAMES = CATALOGUE.stream().map(line -> line.split("\\|")[0]).toList();
}
