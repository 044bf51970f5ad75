package fr.socle.policies.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Realistic French values for tests and the evaluation set, drawn from a seeded {@link Random}: people, contacts,
 * identifiers with valid check digits, places, facilities, organisations, free text. Deterministic for a seed.
 */
final class FrenchData {
  final Random random;

  FrenchData(long seed) {
    this.random = new Random(seed);
  }

  static final List<String> FIRST_NAMES = firstNames();

  static final List<String> SURNAMES = List.of(
      "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
      "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel",
      "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand",
      "Garnier", "Faure", "Rousseau", "Blanc", "Guerin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin",
      "Mathieu", "Clement", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Sanchez",
      "Gerard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger", "Roche", "Roy", "Noel",
      "Meyer", "Lucas", "Meunier", "Jean", "Perez", "Marchand", "Dufour", "Blanchard", "Marie", "Barbier", "Brun",
      "Dumas", "Brunet", "Schmitt", "Leroux", "Colin", "Fernandez", "Pierre", "Renard", "Arnaud", "Rolland", "Caron",
      "Aubert", "Giraud", "Leclerc", "Vidal", "Bourgeois", "Renaud", "Lemoine", "Picard", "Gaillard", "Philippe",
      "Leclercq", "Lacroix", "Fabre", "Dupuis", "Olivier", "Rodriguez", "Da Silva", "Hubert", "Louis", "Charles",
      "Guillot", "Rivière", "Le Gall", "Le Goff", "Diallo", "Benali", "N'Diaye", "Traoré", "Dos Santos", "Haddad",
      "Kowalski", "Pereira", "Collet", "Prévost", "Carpentier", "Besnard", "Tessier", "Hamon", "Poirier", "Maillard");

  static final List<String> EPONYMS = List.of(
      "Victor Hugo", "Jean Jaurès", "Jean Moulin", "Jules Ferry", "Louis Pasteur", "Simone Veil", "Marie Curie",
      "Pierre de Coubertin", "Jacques Prévert", "Léo Lagrange", "Georges Brassens", "Antoine de Saint-Exupéry",
      "Paul Éluard", "Joséphine Baker", "Albert Camus", "Lucie Aubrac", "Nelson Mandela", "Charles Péguy", "Jean Zay",
      "Émile Zola", "Anatole France", "Marcel Pagnol", "Paul Bert", "Georges Clemenceau", "Aristide Briand",
      "Pierre Brossolette", "Gabriel Péri", "Charles de Gaulle", "Jean Macé", "Louise Michel", "Olympe de Gouges",
      "Jean de La Fontaine", "Alexandre Dumas", "Claude Debussy", "Maurice Ravel", "Paul Langevin", "Henri Wallon",
      "Frédéric Mistral", "Gustave Eiffel", "Jacques Brel", "Édith Piaf", "Romain Rolland", "Danielle Casanova");

  static final List<String> STREET_NAMES = List.of(
      "de la République", "Pasteur", "Gambetta", "du Général de Gaulle", "des Lilas", "de la Gare", "de la Paix",
      "Voltaire", "du Stade", "des Écoles", "de l'Église", "du Moulin", "des Tilleuls", "Nationale", "du Commerce",
      "des Acacias", "du Château", "de la Mairie", "Saint-Martin", "des Jardins", "du Port", "de Verdun", "Foch",
      "du 8 Mai 1945", "du 11 Novembre", "des Peupliers", "de Paris", "de Lyon", "du Maréchal Leclerc", "Carnot");

  static final List<String> VOIES = List.of("rue", "rue", "rue", "avenue", "boulevard", "place", "impasse",
      "allée", "chemin", "route", "quai", "square", "Rue", "Avenue", "Bd", "av.");

  static final List<String[]> COMMUNES = List.of(
      new String[] {"75011", "Paris"}, new String[] {"69003", "Lyon"}, new String[] {"13001", "Marseille"},
      new String[] {"31000", "Toulouse"}, new String[] {"06000", "Nice"}, new String[] {"44000", "Nantes"},
      new String[] {"67000", "Strasbourg"}, new String[] {"34000", "Montpellier"}, new String[] {"33000", "Bordeaux"},
      new String[] {"59000", "Lille"}, new String[] {"35000", "Rennes"}, new String[] {"51100", "Reims"},
      new String[] {"69100", "Villeurbanne"}, new String[] {"93100", "Montreuil"}, new String[] {"64500",
          "Saint-Jean-de-Luz"}, new String[] {"38000", "Grenoble"}, new String[] {"21000", "Dijon"},
      new String[] {"49000", "Angers"}, new String[] {"30000", "Nîmes"}, new String[] {"29200", "Brest"},
      new String[] {"20000", "Ajaccio"}, new String[] {"97400", "Saint-Denis"}, new String[] {"73000", "Chambéry"},
      new String[] {"87000", "Limoges"}, new String[] {"25000", "Besançon"}, new String[] {"42000", "Saint-Étienne"},
      new String[] {"14000", "Caen"}, new String[] {"57000", "Metz"}, new String[] {"54000", "Nancy"},
      new String[] {"26000", "Valence"}, new String[] {"01000", "Bourg-en-Bresse"}, new String[] {"71100",
          "Chalon-sur-Saône"}, new String[] {"94000", "Créteil"}, new String[] {"45000", "Orléans"});

  static final List<String> FACILITY_TYPES = List.of("Gymnase", "École élémentaire", "École maternelle",
      "Groupe scolaire", "Collège", "Lycée", "Stade", "Salle polyvalente", "Médiathèque", "Bibliothèque", "Piscine",
      "Centre social", "Maison de quartier", "Espace", "Complexe sportif", "Crèche", "Halle", "Théâtre",
      "Conservatoire", "Salle des fêtes", "Dojo", "Maison des associations", "Centre culturel", "Parc");

  static final List<String> WEBMAILS = List.of("gmail.com", "gmail.com", "orange.fr", "wanadoo.fr", "free.fr",
      "laposte.net", "hotmail.fr", "hotmail.com", "outlook.fr", "yahoo.fr", "sfr.fr", "icloud.com", "live.fr");

  static final List<String> SERVICE_MAILBOXES = List.of("accueil", "mairie", "contact", "urbanisme", "etat-civil",
      "secretariat", "communication", "services-techniques", "ccas", "mediatheque", "piscine", "enfance", "culture",
      "sports", "police-municipale", "info", "population", "scolaire", "finances", "dgs", "rh");

  static final List<String> CLEAN_COMMENTS = List.of(
      "Nid-de-poule important sur la chaussée", "Lampadaire en panne depuis trois jours", "Dépôt sauvage d'encombrants",
      "Demande de rendez-vous pour un permis de construire", "Tag sur le mur de l'école", "Arbre tombé après l'orage",
      "Bruit de voisinage signalé en soirée", "Poubelles non collectées cette semaine",
      "Trottoir encombré par des travaux", "Demande d'information sur les horaires d'ouverture",
      "Fuite d'eau sur la voie publique", "Feu tricolore en panne",
      "Demande de subvention pour la fête du quartier", "Signalement transmis au service voirie", "Dossier complet",
      "Pièces justificatives manquantes", "Relance envoyée le 12/03/2024", "Intervention prévue la semaine prochaine",
      "Le Conseil municipal a approuvé le projet", "RAS", "Vu avec le service urbanisme", "Attente devis",
      "Réparation effectuée", "Nouveau passage prévu en avril", "Plainte classée sans suite", "Demande acceptée",
      "Voir courrier du 3 mai", "Pas de suite à donner", "Transmis à la métropole", "Devis de 12 500 € validé");

  static final List<String> ASSOCIATIONS = List.of("Association Les Amis de %s", "Comité des fêtes de %c",
      "Club de judo de %c", "Amicale des locataires %c", "Association sportive de %c", "Union musicale de %c",
      "Harmonie municipale de %c", "Les Restos du Cœur", "Secours populaire français", "Société de chasse de %c",
      "Association des parents d'élèves de l'école %s", "Office de tourisme de %c", "Club des aînés de %c",
      "Compagnie théâtrale La Belle Étoile", "Association Culture et Loisirs", "Foyer rural de %c");

  static final List<String> BUSINESSES = List.of("SARL %n Frères", "Boulangerie %n", "SAS %n Bâtiment",
      "Garage du Centre", "Entreprise %n TP", "EURL %n Conseil", "Pharmacie de la Gare", "Cabinet %n & Associés",
      "Transports %n", "SCI Les Tilleuls", "Restaurant Le Relais", "Menuiserie %n", "Orange SA", "EDF",
      "Veolia Eau", "La Poste", "Bouygues Bâtiment", "Eiffage Route", "Colas", "SNCF Réseau");

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  int between(int lo, int hi) {
    return lo + random.nextInt(hi - lo + 1);
  }

  String firstName() {
    return capitalise(FIRST_NAMES.get((int) Math.min(FIRST_NAMES.size() - 1, Math.abs(random.nextGaussian()) * 150)));
  }

  String surname() {
    return pick(SURNAMES);
  }

  String fullName() {
    String first = firstName();
    String last = surname();
    return switch (random.nextInt(6)) {
      case 0, 1 -> first + " " + last;
      case 2 -> last.toUpperCase(Locale.ROOT) + " " + first;
      case 3 -> first + " " + last.toUpperCase(Locale.ROOT);
      case 4 -> (chance(0.5) ? "M. " : "Mme ") + last;
      default -> (chance(0.5) ? "Monsieur " : "Madame ") + first + " " + last.toUpperCase(Locale.ROOT);
    };
  }

  String personalEmail() {
    String first = ascii(firstName());
    String last = ascii(surname()).replace(" ", "").replace("'", "");
    String local = switch (random.nextInt(6)) {
      case 0, 1 -> first + "." + last;
      case 2 -> first.charAt(0) + "." + last;
      case 3 -> first + last + between(1, 99);
      case 4 -> first + "_" + last;
      default -> last + "." + first;
    };
    return local + "@" + pick(WEBMAILS);
  }

  String serviceEmail() {
    String commune = ascii(pick(COMMUNES)[1]).replace(" ", "-");
    return pick(SERVICE_MAILBOXES) + "@" + (chance(0.5) ? "ville-" : "mairie-") + commune + ".fr";
  }

  String professionalEmail() {
    String commune = ascii(pick(COMMUNES)[1]).replace(" ", "-");
    return ascii(firstName()) + "." + ascii(surname()).replace(" ", "") + "@ville-" + commune + ".fr";
  }

  String mobile() {
    return phone(chance(0.7) ? 6 : 7);
  }

  String landline() {
    return phone(between(1, 5));
  }

  String phone(int national) {
    int[] d = new int[8];
    for (int i = 0; i < 8; i++) {
      d[i] = random.nextInt(10);
    }
    String pairs = String.format("%d%d %d%d %d%d %d%d", d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]);
    return switch (random.nextInt(8)) {
      case 0, 1, 2 -> "0" + national + " " + pairs;
      case 3 -> "0" + national + "." + pairs.replace(' ', '.');
      case 4 -> "0" + national + pairs.replace(" ", "");
      case 5 -> "+33 " + national + " " + pairs;
      case 6 -> "0" + national + "-" + pairs.replace(' ', '-');
      default -> "+33" + national + pairs.replace(" ", "");
    };
  }

  String nir() {
    int sex = between(1, 2);
    int year = between(30, 99);
    int month = between(1, 12);
    String dept = chance(0.05) ? (chance(0.5) ? "2A" : "2B") : String.format("%02d", between(1, 95));
    if (dept.equals("20")) {
      dept = "21";
    }
    int commune = between(1, 999);
    int order = between(1, 999);
    String body = String.format("%d%02d%02d%s%03d%03d", sex, year, month, dept, commune, order);
    long number = Long.parseLong(body.replace("2A", "19").replace("2B", "18"));
    long key = 97 - number % 97;
    return chance(0.5)
        ? String.format("%d %02d %02d %s %03d %03d %02d", sex, year, month, dept, commune, order, key)
        : body + String.format("%02d", key);
  }

  String iban() {
    StringBuilder bban = new StringBuilder();
    for (int i = 0; i < 23; i++) {
      bban.append(random.nextInt(10));
    }
    String rearranged = bban + "1527" + "00"; // F=15 R=27
    int check = 98 - new java.math.BigInteger(rearranged).mod(java.math.BigInteger.valueOf(97)).intValue();
    String iban = "FR" + String.format("%02d", check) + bban;
    if (chance(0.6)) {
      StringBuilder spaced = new StringBuilder();
      for (int i = 0; i < iban.length(); i++) {
        if (i > 0 && i % 4 == 0) {
          spaced.append(' ');
        }
        spaced.append(iban.charAt(i));
      }
      return spaced.toString();
    }
    return iban;
  }

  String siren(boolean publicBody) {
    int[] d = new int[9];
    d[0] = publicBody ? between(1, 2) : between(3, 9);
    for (int i = 1; i < 8; i++) {
      d[i] = random.nextInt(10);
    }
    d[8] = luhnDigit(d, 8);
    StringBuilder s = new StringBuilder();
    for (int digit : d) {
      s.append(digit);
    }
    return s.toString();
  }

  String siret(boolean publicBody) {
    String siren = siren(publicBody);
    int[] d = new int[14];
    for (int i = 0; i < 9; i++) {
      d[i] = siren.charAt(i) - '0';
    }
    d[9] = 0;
    d[10] = 0;
    d[11] = random.nextInt(10);
    d[12] = random.nextInt(10);
    d[13] = luhnDigit(d, 13);
    StringBuilder s = new StringBuilder();
    for (int digit : d) {
      s.append(digit);
    }
    return chance(0.3) ? s.substring(0, 3) + " " + s.substring(3, 6) + " " + s.substring(6, 9) + " " + s.substring(9)
        : s.toString();
  }

  private static int luhnDigit(int[] d, int length) {
    for (int candidate = 0; candidate < 10; candidate++) {
      d[length] = candidate;
      int sum = 0;
      for (int i = 0; i <= length; i++) {
        int v = d[length - i];
        if (i % 2 == 1) {
          v *= 2;
          if (v > 9) {
            v -= 9;
          }
        }
        sum += v;
      }
      if (sum % 10 == 0) {
        return candidate;
      }
    }
    throw new AssertionError();
  }

  String plate() {
    String letters = "ABCDEFGHJKLMNPQRSTVWXYZ";
    if (chance(0.75)) {
      String a = letters(letters, 2);
      String b = letters(letters, 2);
      if (a.equals("SS")) {
        a = "SA";
      }
      if (b.equals("SS")) {
        b = "ST";
      }
      int n = between(1, 999);
      return chance(0.7) ? String.format("%s-%03d-%s", a, n, b) : String.format("%s %03d %s", a, n, b);
    }
    String series = letters(letters, chance(0.5) ? 3 : 2);
    return between(1, 9999) + " " + series + " " + String.format("%02d", between(1, 95));
  }

  private String letters(String alphabet, int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  String street() {
    return pick(VOIES) + " " + (chance(0.4) ? pick(EPONYMS) : pick(STREET_NAMES));
  }

  String houseAddress() {
    String[] commune = pick(COMMUNES);
    String number = between(1, 180) + (chance(0.1) ? " bis" : "");
    return switch (random.nextInt(4)) {
      case 0 -> number + " " + street();
      case 1 -> number + ", " + street() + " " + commune[0] + " " + commune[1];
      case 2 -> number + " " + street() + ", " + commune[0] + " " + commune[1].toUpperCase(Locale.ROOT);
      default -> number + " " + street() + " " + commune[0] + " " + commune[1];
    };
  }

  String facility() {
    String type = pick(FACILITY_TYPES);
    return switch (random.nextInt(4)) {
      case 0, 1 -> type + " " + pick(EPONYMS);
      case 2 -> type + " " + pick(List.of("municipal", "du Centre", "des Tilleuls", "de la Plaine", "Nord", "Sud"));
      default -> type.toUpperCase(Locale.ROOT) + " " + pick(EPONYMS).toUpperCase(Locale.ROOT);
    };
  }

  String association() {
    return pick(ASSOCIATIONS).replace("%s", pick(EPONYMS)).replace("%c", pick(COMMUNES)[1]);
  }

  String business() {
    return pick(BUSINESSES).replace("%n", surname());
  }

  String birthDate() {
    int y = between(1930, 2015);
    int m = between(1, 12);
    int d = between(1, 28);
    return chance(0.6) ? String.format("%02d/%02d/%d", d, m, y) : String.format("%d-%02d-%02d", y, m, d);
  }

  String date() {
    int y = between(2015, 2025);
    int m = between(1, 12);
    int d = between(1, 28);
    return chance(0.5) ? String.format("%02d/%02d/%d", d, m, y) : String.format("%d-%02d-%02d", y, m, d);
  }

  String amount() {
    return switch (random.nextInt(5)) {
      case 0 -> String.format(Locale.FRANCE, "%,.2f", random.nextDouble() * 100_000).replace('\u202f', ' ');
      case 1 -> String.valueOf(between(10_000, 99_999));
      case 2 -> String.format(Locale.ROOT, "%.2f", random.nextDouble() * 10_000);
      case 3 -> between(100, 50_000) + " €";
      default -> String.valueOf(between(1, 999_999));
    };
  }

  double lat() {
    return 43.0 + random.nextDouble() * 6;
  }

  double lon() {
    return -1.0 + random.nextDouble() * 8;
  }

  static String capitalise(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == '-' || c == ' ';
    }
    return out.toString();
  }

  static String ascii(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replace(" ", "-");
  }

  private static List<String> firstNames() {
    List<String> names = new ArrayList<>();
    List<String> f = read("prenoms-feminins-insee.txt");
    List<String> m = read("prenoms-masculins-insee.txt");
    for (int i = 0; i < 400; i++) {
      names.add(f.get(i));
      names.add(m.get(i));
    }
    return List.copyOf(names);
  }

  private static List<String> read(String resource) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        FrenchData.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      return reader.lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
