package fr.socle.lakehouse.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * The town's street names, grouped by neighbourhood the way French towns name them: writers and the Republic's
 * figures in the centre, the river trades along the Loire, flowers and trees in the housing estates, Europe and
 * women of the twentieth century in the newest district. Roads out of town are named after where they lead.
 */
final class StreetNames {
  private StreetNames() {}

  private static final String[][] BY_QUARTIER = {
      { // Centre-Ville
          "place|du Général de Gaulle", "rue|Nationale", "Grande Rue|", "rue|de la République", "place|du Marché",
          "rue|de l'Église", "rue|du Château", "rue|des Écoles", "rue|Victor Hugo", "avenue|Jean Jaurès",
          "boulevard|Gambetta", "rue|Émile Zola", "rue|Georges Clemenceau", "rue|Pasteur", "rue|Voltaire",
          "rue|Rabelais", "rue|Ronsard", "rue|Descartes", "rue|Honoré de Balzac", "rue|du Commerce", "rue|des Halles",
          "rue|Paul-Louis Courier", "rue|Anatole France", "rue|Aristide Briand", "rue|Jules Ferry", "rue|de la Paix",
          "rue|du 8 Mai 1945", "rue|du 11 Novembre 1918", "rue|de la Libération", "place|Léonard de Vinci",
          "rue|Alfred de Vigny", "rue|Molière"},
      { // Les Bords de Loire
          "quai|des Mariniers", "levée|de la Loire", "quai|du Port", "rue|des Pêcheurs", "rue|des Bateliers",
          "chemin|de Halage", "rue|des Saules", "allée|des Peupliers", "rue|du Moulin", "impasse|des Gabares",
          "rue|du Bac", "route|d'Amboise"},
      { // Saint-Martin
          "rue|Saint-Martin", "place|Saint-Martin", "avenue|de la Gare", "rue|Denis Papin", "rue|Gustave Eiffel",
          "allée|Marie Curie", "rue|Jean Moulin", "rue|Lucie Aubrac", "rue|Pierre Brossolette", "rue|Jean Zay",
          "avenue|du Maréchal Leclerc", "rue|Charles Péguy", "impasse|des Cheminots", "rue|Danton"},
      { // La Varenne
          "route|de Tours", "chemin|des Vignes", "chemin|de la Varenne", "rue|des Prés", "chemin|des Marais",
          "rue|de la Ferme", "impasse|des Noyers", "chemin|du Bois Joli", "rue|des Vergers", "chemin|des Chaumes"},
      { // Les Grands Champs
          "route|de Blois", "avenue|de l'Europe", "rue|Robert Schuman", "rue|Jean Monnet", "rue|Simone Veil",
          "rue|Olympe de Gouges", "rue|Rosa Parks", "rue|Nelson Mandela", "allée|Joséphine Baker",
          "rue|Germaine Tillion", "rue|des Coquelicots", "rue|des Bleuets", "allée|des Tournesols",
          "rue|Antoine de Saint-Exupéry", "rue|Marcel Pagnol"},
      { // Beaulieu
          "avenue|Pierre Mendès France", "rue|Léon Blum", "rue|Alphonse Daudet", "rue|Jean de La Fontaine",
          "rue|Jacques Prévert", "rue|Albert Camus", "rue|Paul Éluard", "rue|Louis Aragon", "rue|Guy de Maupassant",
          "rue|George Sand", "rue|Colette", "rue|Alfred de Musset", "allée|des Lilas", "allée|des Acacias",
          "rue|des Tilleuls", "rue|des Érables", "route|de Bléré"},
      { // La Croix-Blanche
          "rue|de la Croix-Blanche", "route|de Montrichard", "rue|du Stade", "rue|Pierre de Coubertin",
          "rue|Léo Lagrange", "rue|Suzanne Lenglen", "rue|des Sports", "rue|Gaston Bachelard", "rue|Françoise Dolto",
          "rue|Louise Michel", "rue|Martin Luther King", "impasse|des Mésanges", "rue|des Fauvettes",
          "rue|des Hirondelles"},
      { // Le Plessis
          "rue|du Plessis", "rue|des Jardins", "rue|des Roses", "rue|des Glycines", "allée|des Châtaigniers",
          "rue|Jean-Baptiste Clément", "rue|Paul Bert", "rue|Camille Claudel", "rue|Berthe Morisot",
          "rue|Claude Monet", "rue|Auguste Renoir", "rue|Henri Matisse", "rue|Paul Cézanne", "square|Édith Piaf",
          "rue|Jacques Brel", "rue|Georges Brassens"}};

  /** Lays every street on the town's plane; roads out of town run from their neighbourhood outwards. */
  static List<Street> lay(Town town, DemoRandom random) {
    List<Street> streets = new ArrayList<>();
    int fantoir = 10;
    for (int quartier = 0; quartier < BY_QUARTIER.length; quartier++) {
      for (String entry : BY_QUARTIER[quartier]) {
        String[] parts = entry.split("\\|", -1);
        String type = parts[0].toLowerCase(Locale.ROOT);
        String name = parts[1];
        if (name.isEmpty()) { // « Grande Rue »: the type is the whole name
          type = "Grande";
          name = "Rue";
        }
        boolean road = parts[0].equals("route") || parts[0].equals("levée") || parts[0].equals("quai");
        LineString axis = streets.isEmpty() // the town hall's square is the origin of the plane
            ? town.clip(-45, 0, 45, 0) : axis(town, random, quartier, road, parts[0]);
        int houses = (int) Math.max(6, Math.round(axis.getLength() / (road ? 28 : 14)));
        Coordinate a = axis.getCoordinateN(0);
        Coordinate b = axis.getCoordinateN(axis.getNumPoints() - 1);
        String code = String.format(Locale.ROOT, "%04d", fantoir);
        fantoir += 10 + random.nextInt(15);
        streets.add(new Street(type, name, code, quartier, round(a.x), round(a.y), round(b.x), round(b.y),
            houses + (houses % 2)));
      }
    }
    return List.copyOf(streets);
  }

  private static LineString axis(Town town, DemoRandom random, int quartier, boolean road, String type) {
    double[] centre = town.quartierCentre(quartier);
    for (int attempt = 0; attempt < 200; attempt++) {
      double[] start = type.equals("place") || type.equals("square")
          ? town.pointIn(random, quartier) : road ? centre : town.pointIn(random, quartier);
      double angle;
      double length;
      if (type.equals("place") || type.equals("square")) {
        angle = random.between(0, Math.PI);
        length = random.between(60, 120);
      } else if (road) {
        angle = StrictMath.atan2(centre[1], centre[0]) + random.between(-0.35, 0.35);
        length = random.between(1200, 2600);
      } else {
        angle = random.between(0, Math.PI * 2);
        length = random.between(180, quartier == 0 ? 520 : 900);
      }
      LineString clipped = town.clip(start[0], start[1],
          start[0] + length * StrictMath.cos(angle), start[1] + length * StrictMath.sin(angle));
      if (clipped != null && clipped.getLength() > Math.min(50, length * 0.6)) {
        return clipped;
      }
    }
    throw new IllegalStateException("could not lay a street in quartier " + quartier);
  }

  private static double round(double metres) {
    return Math.round(metres * 100) / 100.0;
  }
}
