package fr.socle.lakehouse.demo;

import java.util.List;

/**
 * About 300 surnames common in France, roughly most frequent first. Some are also first names (Martin, Thomas,
 * Nicolas), words (Petit, Blanc, Roux) or places (Paris): exactly what makes surname detection hard.
 */
final class Surnames {
  private Surnames() {}

  static final List<String> COMMON = List.of(
      "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
      "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
      "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefèvre", "Faure", "André",
      "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
      "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
      "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier",
      "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud",
      "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron",
      "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe",
      "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte",
      "Lopez", "Jean", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sanchez", "Dupuis", "Moulin",
      "Louis", "Deschamps", "Huet", "Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein", "Jacquet",
      "Adam", "Paris", "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charles", "Renault", "Charpentier",
      "Ménard", "Maillard", "Baron", "Bertin", "Bailly", "Hervé", "Schneider", "Fernandez", "Le Gall", "Collet",
      "Léger", "Bouvier", "Julien", "Prévost", "Millet", "Perrot", "Daniel", "Le Roux", "Cousin", "Germain",
      "Breton", "Besson", "Langlois", "Rémy", "Le Goff", "Pelletier", "Lévêque", "Perrier", "Leblanc", "Barré",
      "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger", "Jacob", "Monnier", "Michaud", "Rodriguez",
      "Guichard", "Gillet", "Étienne", "Grondin", "Poulain", "Tessier", "Chevallier", "Collin", "Chauvin",
      "Da Silva", "Bouchet", "Gay", "Lemaître", "Bénard", "Maréchal", "Humbert", "Reynaud", "Antoine", "Hoarau",
      "Perret", "Barthélemy", "Cordier", "Pichon", "Lejeune", "Gilbert", "Lamy", "Delaunay", "Pasquier",
      "Carlier", "Laporte", "Nguyen", "Ferreira", "Pereira", "Dos Santos", "Rodrigues", "Martins", "Gomes",
      "Lopes", "Alves", "Moreira", "Ribeiro", "Marques", "Silva", "Da Costa", "Diallo", "Traoré", "Camara",
      "Keita", "Diop", "Ndiaye", "Sow", "Fofana", "Cissé", "Benali", "Haddad", "Benhamou", "Bensaïd",
      "Mansouri", "Belkacem", "Amrani", "Cohen", "Lévy", "Kaya", "Yilmaz", "Tran", "Pham", "Le",
      "Gros", "Lebon", "Courtois", "Tanguy", "Jourdan", "Maillet", "Hardy", "Riviere", "Boutin", "Texier",
      "Bouchard", "Foucher", "Joubert", "Pineau", "Chartier", "Gaudin", "Rousset", "Bigot", "Moulinier", "Ollivier",
      "Bodin", "Brunel", "Guillon", "Marin", "Devaux", "Navarro", "Fleurant", "Hamel", "Labbé", "Rocher",
      "Besnard", "Lecoq", "Blondel", "Poulet", "Delmas", "Coulon", "Thibault", "Mignot", "Verdier", "Barreau",
      "Tournier", "Chauveau", "Raynaud", "Dubreuil", "Grenier", "Ferrand", "Chevrier", "Delorme", "Millot",
      "Cartier", "Guillet", "Lacombe", "Boulay", "Pottier", "Roussey", "Leconte", "Prat", "Gallet", "Buisson",
      "Hoareau", "Lesage", "Gosselin", "Poirot", "Lagarde", "Rigaud", "Aubin", "Bazin", "Vallée", "Grégoire",
      "Valentin", "Chauvet", "Métayer", "Bruneau", "Tardy", "Vigneron", "Savary", "Gilles", "Lebreton", "Jamet");
}
