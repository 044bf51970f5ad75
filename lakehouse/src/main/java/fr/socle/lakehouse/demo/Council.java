package fr.socle.lakehouse.demo;

import fr.socle.lakehouse.demo.PersonNames.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The municipal council: 43 members (communes of 40,000 to 49,999 inhabitants, CGCT L2121-2) elected on
 * 22 March 2026 from parity lists, installed on 27 March 2026; the mayor, twelve deputies (the legal maximum, 30 %
 * of the council) and five delegated councillors. The executive of the 2020–2026 term is kept too: it reported the
 * deliberations voted before the election.
 */
final class Council {
  static final int SEATS = 43;
  static final LocalDate ELECTION = LocalDate.of(2026, 3, 22);
  static final LocalDate INSTALLATION = LocalDate.of(2026, 3, 27);
  static final LocalDate PREVIOUS_INSTALLATION = LocalDate.of(2020, 7, 3);

  /** A list that won seats, with the Ministry of the Interior's nuance. */
  record ListResult(String name, String nuance, int seats) {}

  static final List<ListResult> LISTS = List.of(
      new ListResult("Valmont, notre avenir commun", "Liste divers gauche (LDVG)", 33),
      new ListResult("Agir pour Valmont", "Liste divers droite (LDVD)", 7),
      new ListResult("Valmont écologie et solidarités", "Liste écologiste (LECO)", 2),
      new ListResult("Rassemblement pour Valmont", "Liste Rassemblement national (LRN)", 1));

  /** The deputies' portfolios, in order of rank; they also decide who reports which deliberation. */
  static final List<String> DEPUTY_PORTFOLIOS = List.of(
      "Finances, budget et commande publique", "Urbanisme, aménagement et habitat", "Éducation et enfance",
      "Solidarités et action sociale", "Voirie, travaux et mobilités", "Culture et patrimoine",
      "Sports et vie associative", "Transition écologique", "Sécurité et tranquillité publique",
      "Commerce, artisanat et développement économique", "Jeunesse et démocratie participative",
      "Ressources humaines et administration générale");

  private static final List<String> DELEGATED_PORTFOLIOS = List.of(
      "Numérique et simplification administrative", "Jumelages et relations internationales",
      "Handicap et accessibilité", "Cimetières et affaires funéraires", "Fêtes et cérémonies");

  private static final List<String> PROFESSIONS = List.of(
      "Cadres de la fonction publique", "Professeurs, professions scientifiques", "Retraités",
      "Employés civils et agents de service de la fonction publique", "Professions libérales",
      "Cadres administratifs et commerciaux d'entreprise", "Ingénieurs et cadres techniques d'entreprise",
      "Professions intermédiaires de la santé et du travail social", "Artisans", "Commerçants et assimilés",
      "Employés administratifs d'entreprise", "Agriculteurs sur moyenne exploitation", "Ouvriers qualifiés",
      "Professeurs des écoles, instituteurs et assimilés", "Sans profession déclarée");

  /** One elected member, as the register of elected officials (RNE) describes them. */
  record Member(
      String surname, String firstName, Sex sex, String profession, ListResult list, LocalDate mandateStart,
      boolean communityCouncillor, String function, String portfolio, @Nullable LocalDate functionStart) {

    String fullName() {
      return firstName + " " + surname;
    }
  }

  private final List<Member> members;
  private final List<Member> previousExecutive;

  Council(long seed) {
    DemoRandom random = DemoRandom.stream(seed, "council");
    PersonNames names = PersonNames.get();
    Set<String> used = new HashSet<>();
    List<Member> all = new ArrayList<>();
    Sex mayorSex = random.chance(0.5) ? Sex.F : Sex.M;
    int community = 0;
    for (ListResult list : LISTS) {
      Sex head = list == LISTS.getFirst() ? mayorSex : random.chance(0.5) ? Sex.F : Sex.M;
      for (int position = 0; position < list.seats(); position++) {
        Sex sex = position % 2 == 0 ? head : opposite(head); // parity lists alternate
        String first;
        String surname;
        do {
          first = names.commonFirstName(random, sex, 220);
          surname = names.surname(random);
        } while (!used.add(first + " " + surname));
        boolean replacement = position == list.seats() - 1 && list.seats() > 3;
        LocalDate start = replacement ? LocalDate.of(2026, 9, 14 + random.nextInt(10)) : ELECTION;
        boolean inCommunity = position < (list == LISTS.getFirst() ? 16 : 2) && community < 20;
        community += inCommunity ? 1 : 0;
        all.add(new Member(surname, first, sex, random.pick(PROFESSIONS), list, start, inCommunity,
            "Conseiller municipal", "", null));
      }
    }
    members = assignFunctions(all, random);
    previousExecutive = previousExecutive(members, random, names, used);
  }

  private static Sex opposite(Sex sex) {
    return sex == Sex.F ? Sex.M : Sex.F;
  }

  private static List<Member> assignFunctions(List<Member> all, DemoRandom random) {
    List<Member> result = new ArrayList<>(all);
    result.set(0, withFunction(all.get(0), "Maire", "", INSTALLATION));
    for (int i = 0; i < DEPUTY_PORTFOLIOS.size(); i++) {
      Member m = all.get(i + 1);
      String rank = i == 0 ? (m.sex() == Sex.F ? "1re" : "1er") : (i + 1) + "e";
      String title = rank + (m.sex() == Sex.F ? " adjointe au maire" : " adjoint au maire");
      result.set(i + 1, withFunction(m, title, DEPUTY_PORTFOLIOS.get(i), INSTALLATION));
    }
    for (int i = 0; i < DELEGATED_PORTFOLIOS.size(); i++) {
      Member m = all.get(13 + i);
      String title = m.sex() == Sex.F ? "Conseillère municipale déléguée" : "Conseiller municipal délégué";
      LocalDate start = INSTALLATION.plusDays(random.between(0, 10));
      result.set(13 + i, withFunction(m, title, DELEGATED_PORTFOLIOS.get(i), start));
    }
    for (int i = 13 + DELEGATED_PORTFOLIOS.size(); i < result.size(); i++) {
      Member m = result.get(i);
      result.set(i, withFunction(m, m.sex() == Sex.F ? "Conseillère municipale" : "Conseiller municipal", "", null));
    }
    return List.copyOf(result);
  }

  private static Member withFunction(Member m, String function, String portfolio, @Nullable LocalDate start) {
    return new Member(m.surname(), m.firstName(), m.sex(), m.profession(), m.list(), m.mandateStart(),
        m.communityCouncillor(), function, portfolio, start);
  }

  /** The mayor was re-elected and half the deputies kept a portfolio; the others left in 2026. */
  private static List<Member> previousExecutive(
      List<Member> current, DemoRandom random, PersonNames names, Set<String> used) {
    List<Member> previous = new ArrayList<>();
    previous.add(current.getFirst());
    for (int i = 0; i < DEPUTY_PORTFOLIOS.size(); i++) {
      Member now = current.get(i + 1);
      if (random.chance(0.5)) {
        previous.add(now);
      } else {
        String first;
        String surname;
        do {
          first = names.commonFirstName(random, now.sex(), 220);
          surname = names.surname(random);
        } while (!used.add(first + " " + surname));
        previous.add(new Member(surname, first, now.sex(), random.pick(PROFESSIONS), LISTS.getFirst(),
            LocalDate.of(2020, 6, 28), false, now.function(), DEPUTY_PORTFOLIOS.get(i), PREVIOUS_INSTALLATION));
      }
    }
    return List.copyOf(previous);
  }

  List<Member> members() {
    return members;
  }

  Member mayor() {
    return members.getFirst();
  }

  /**
   * Who reports a deliberation on {@code portfolio} (an index in {@link #DEPUTY_PORTFOLIOS}, or -1 for the mayor)
   * at {@code date}: the deputy in office then.
   */
  Member rapporteur(int portfolio, LocalDate date) {
    List<Member> executive = date.isBefore(INSTALLATION) ? previousExecutive : members;
    return portfolio < 0 ? executive.getFirst() : executive.get(portfolio + 1);
  }
}
