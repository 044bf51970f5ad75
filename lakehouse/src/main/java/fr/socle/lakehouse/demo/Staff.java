package fr.socle.lakehouse.demo;

import fr.socle.lakehouse.demo.PersonNames.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The town's agents at 31 December 2025: about a thousand, by grade of the territorial civil service, with the
 * headcounts a town of 48,000 has. Big grades (adjoint technique: about 200) and one-person grades (the director
 * general, the doctor, the psychologist) are both there, so that an aggregate by grade has cells above and below
 * any secrecy threshold.
 */
final class Staff {
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  /** service code → name. */
  static final Map<String, String> SERVICES = services();

  /** grade | category | filière | headcount | gross annual k€ min | max | services (code[:weight]). */
  private static final String[] GRADES = {
      "Directeur général des services|A|Administrative|1|88|96|DGS",
      "Directeur général adjoint des services|A|Administrative|3|66|76|DGS",
      "Directeur des services techniques|A|Technique|1|74|80|VOI",
      "Ingénieur en chef|A|Technique|2|60|70|BAT,URB",
      "Ingénieur principal|A|Technique|5|48|60|VOI,BAT,DSI,URB",
      "Ingénieur|A|Technique|8|38|48|VOI,BAT,DSI,URB",
      "Attaché principal|A|Administrative|7|50|62|FIN,RH,CIT,CP,EDU,CS,COM",
      "Attaché|A|Administrative|16|36|47|FIN,RH,CP,URB,CIT,EDU,CS,COM,DGS",
      "Rédacteur principal de 1re classe|B|Administrative|12|31|37|FIN,RH,CP,CIT,URB,EDU",
      "Rédacteur|B|Administrative|22|25|31|FIN,RH,CP,CIT,URB,EDU,CS,COM",
      "Adjoint administratif principal de 1re classe|C|Administrative|30|25|29|FIN,RH,CIT:3,URB,EDU,VOI,CS",
      "Adjoint administratif principal de 2e classe|C|Administrative|45|23|26|FIN,RH,CIT:3,URB,EDU,VOI,CS,PM",
      "Adjoint administratif|C|Administrative|55|21|24|FIN,RH,CIT:4,URB,EDU:2,VOI,CS,CP",
      "Technicien principal de 1re classe|B|Technique|9|33|40|VOI,BAT,DSI",
      "Technicien|B|Technique|20|26|33|VOI,BAT,DSI,URB",
      "Agent de maîtrise principal|C|Technique|18|28|34|VOI,BAT,EDU",
      "Agent de maîtrise|C|Technique|28|25|30|VOI,BAT,EDU,CS",
      "Adjoint technique principal de 1re classe|C|Technique|70|25|30|VOI:2,BAT,EDU:2,CS",
      "Adjoint technique principal de 2e classe|C|Technique|150|22|27|VOI:3,BAT:2,EDU:4,CS:2",
      "Adjoint technique|C|Technique|210|20.5|24|VOI:3,BAT:2,EDU:5,CS:2",
      "Agent spécialisé principal de 1re classe des écoles maternelles|C|Médico-sociale|20|24|28|EDU",
      "Agent spécialisé principal de 2e classe des écoles maternelles|C|Médico-sociale|45|22|25|EDU",
      "Auxiliaire de puériculture|B|Médico-sociale|18|24|29|EDU",
      "Éducateur de jeunes enfants|A|Médico-sociale|8|30|38|EDU",
      "Puéricultrice|A|Médico-sociale|3|36|44|EDU",
      "Infirmier en soins généraux|A|Médico-sociale|2|32|40|EDU",
      "Psychologue|A|Médico-sociale|1|38|44|RH",
      "Médecin|A|Médico-sociale|1|62|72|RH",
      "Animateur principal de 1re classe|B|Animation|4|31|36|EDU,CS",
      "Animateur|B|Animation|10|25|31|EDU,CS",
      "Adjoint d'animation principal de 2e classe|C|Animation|20|22|26|EDU",
      "Adjoint d'animation|C|Animation|60|20.5|23.5|EDU",
      "Conseiller des activités physiques et sportives|A|Sportive|1|40|48|CS",
      "Éducateur des activités physiques et sportives|B|Sportive|12|26|34|CS",
      "Opérateur des activités physiques et sportives|C|Sportive|4|21|25|CS",
      "Conservateur des bibliothèques|A|Culturelle|1|50|58|CS",
      "Bibliothécaire|A|Culturelle|2|36|44|CS",
      "Assistant de conservation du patrimoine et des bibliothèques|B|Culturelle|8|26|33|CS",
      "Adjoint du patrimoine|C|Culturelle|14|21|25|CS",
      "Professeur d'enseignement artistique|A|Culturelle|12|36|48|CS",
      "Assistant d'enseignement artistique|B|Culturelle|15|25|33|CS",
      "Directeur de police municipale|A|Police municipale|1|50|58|PM",
      "Chef de service de police municipale|B|Police municipale|2|33|40|PM",
      "Brigadier-chef principal|C|Police municipale|12|29|34|PM",
      "Gardien-brigadier|C|Police municipale|10|24|28|PM",
      "Agent social|C|Sociale|6|21|24|EDU"};

  /** Grades held after a career: directors, chief engineers, principal attachés, doctors, curators. */
  private static final Pattern SENIOR =
      Pattern.compile("^(Directeur|Ingénieur en chef|Attaché principal|Conservateur|Médecin)");

  /** One agent; salary in cents, for the year 2025, at the agent's working time. */
  record Agent(
      String id, String surname, String firstName, Sex sex, LocalDate birthDate, String serviceCode, String grade,
      String category, String filiere, String status, int workingTimePercent, LocalDate hireDate,
      long grossAnnualCents) {

    String service() {
      return SERVICES.get(serviceCode);
    }
  }

  private final List<Agent> agents;

  Staff(long seed) {
    DemoRandom random = DemoRandom.stream(seed, "staff");
    PersonNames names = PersonNames.get();
    List<Agent> list = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (String line : GRADES) {
      String[] g = line.split("\\|");
      int headcount = Integer.parseInt(g[3]);
      if (headcount > 5) {
        headcount = (int) Math.round(headcount * random.between(0.9, 1.1));
      }
      Weighted<String> services = services(g[6]);
      for (int i = 0; i < headcount; i++) {
        Sex sex = sexFor(g[0], g[2], random);
        boolean senior = SENIOR.matcher(g[0]).find();
        int age = senior ? random.between(40, 63) : g[1].equals("A") ? random.between(26, 64)
            : g[1].equals("B") ? random.between(22, 64) : random.between(19, 64);
        LocalDate birth = AS_OF.minusYears(age).minusDays(random.nextInt(365));
        LocalDate hired = LocalDate.of(Math.min(2025, birth.getYear() + 20 + random.nextInt(Math.max(1, age - 19))),
            1 + random.nextInt(12), 1);
        boolean functional = g[0].startsWith("Directeur général") || g[0].equals("Directeur des services techniques");
        String status = functional ? "Détachement sur emploi fonctionnel"
            : random.chance(0.12) ? "Contractuel" : random.chance(0.03) ? "Stagiaire" : "Titulaire";
        int time = senior || !random.chance(0.1) ? 100 : random.pick(50, 80, 90);
        double min = Double.parseDouble(g[4]);
        double max = Double.parseDouble(g[5]);
        double seniority = Math.min(1, (AS_OF.getYear() - hired.getYear()) / 25.0);
        double salary = (min + (max - min) * (0.6 * seniority + 0.4 * random.nextDouble())) * 1000 * time / 100.0;
        String id;
        do {
          id = "A" + random.digits(5);
        } while (!ids.add(id));
        list.add(new Agent(id, names.surname(random), names.commonFirstName(random, sex, 500), sex, birth,
            services.draw(random), g[0], g[1], g[2], status, time, hired, Numbers.cents(salary)));
      }
    }
    agents = List.copyOf(list);
  }

  List<Agent> agents() {
    return agents;
  }

  /** Occupations still held mostly by women or by men in French local government, as the statistics show. */
  private static Sex sexFor(String grade, String filiere, DemoRandom random) {
    double women = switch (filiere) {
      case "Médico-sociale", "Sociale" -> 0.95;
      case "Administrative" -> 0.8;
      case "Animation" -> 0.7;
      case "Culturelle" -> 0.65;
      case "Technique" -> grade.startsWith("Adjoint technique") ? 0.45 : 0.2;
      case "Police municipale" -> 0.25;
      default -> 0.4;
    };
    return random.chance(women) ? Sex.F : Sex.M;
  }

  private static Weighted<String> services(String spec) {
    List<String> codes = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (String part : spec.split(",")) {
      String[] cw = part.split(":");
      codes.add(cw[0]);
      weights.add(cw.length > 1 ? Double.parseDouble(cw[1]) : 1.0);
    }
    return Weighted.of(codes, weights.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static Map<String, String> services() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("DGS", "Direction générale des services");
    s.put("FIN", "Direction des finances");
    s.put("CP", "Service de la commande publique");
    s.put("RH", "Direction des ressources humaines");
    s.put("URB", "Direction de l'urbanisme et de l'aménagement");
    s.put("VOI", "Direction de la voirie et des espaces publics");
    s.put("BAT", "Direction des bâtiments et de l'énergie");
    s.put("CIT", "Direction de la citoyenneté (état civil, élections, accueil)");
    s.put("PM", "Police municipale");
    s.put("CS", "Direction de la culture et des sports");
    s.put("EDU", "Direction de l'éducation et de l'enfance");
    s.put("DSI", "Direction des systèmes d'information");
    s.put("COM", "Direction de la communication");
    return Collections.unmodifiableMap(s);
  }
}
