package fr.socle.policies.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The decision point's own work, without HTTP: the policy of a collectivité with 1,000 datasets (12 services, three
 * visibilities) and 3,000 grants, asked what Trino asks for a partner's query (may it select these columns, its row
 * filter, the mask of a column) and for an agent's (may it see a table). {@code deploy/bench/run jmh DecisionBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecisionBenchmarks {
  private static final List<String> SERVICES = List.of("finances", "rh", "urbanisme", "voirie", "citoyennete",
      "culture", "sports", "education", "environnement", "police-municipale", "communication", "direction-generale");
  private EnginePolicy policy;
  private Subject partner;
  private Subject agent;
  private TableRef granted;
  private TableRef otherService;

  @Setup
  public void setUp() {
    Map<String, ValueType> columns = new LinkedHashMap<>();
    for (String name : List.of("id", "commune", "categorie", "montant", "jour", "statut", "quartier", "note")) {
      columns.put(name, name.equals("montant") ? ValueType.DECIMAL : name.equals("jour") ? ValueType.DATE
          : ValueType.STRING);
    }
    List<DatasetFacts> datasets = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      String service = SERVICES.get(i % SERVICES.size());
      datasets.add(new DatasetFacts("jeu-" + i, new TableRef("internal", service.replace('-', '_'), "table_" + i),
          service, "steward" + i, Visibility.values()[i % Visibility.values().length], i % 2 == 0, true, columns));
    }
    Instant now = Instant.parse("2026-12-01T10:00:00Z");
    List<Grant> grants = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      grants.add(new Grant("g" + i, "jeu-" + (i * 7 % 1000), i % 3 == 0 ? new Grantee.Organisation("org-" + i % 40)
          : new Grantee.User("user" + i % 300), i % 4 == 0 ? null : Set.of("id", "commune", "categorie", "montant"),
          i % 5 == 0, List.of(new RowFilter("commune", RowFilter.Operator.IN, List.of("37261", "37109"))),
          now.plusSeconds(86_400), "étude", "convention", "dora", now.minusSeconds(3600), null, null));
    }
    grants.add(new Grant("chloe-1", "jeu-42", new Grantee.Organisation("labo-mobilite"),
        Set.of("id", "commune", "categorie", "jour"), false,
        List.of(new RowFilter("quartier", RowFilter.Operator.IN, List.of("Centre-Ville", "Saint-Martin"))),
        now.plusSeconds(86_400), "thèse", "convention 2026-014", "dora", now.minusSeconds(3600), null, null));
    grants.add(new Grant("chloe-2", "jeu-42", new Grantee.User("chloe"), Set.of("montant"), false, List.of(),
        now.plusSeconds(86_400), "thèse", "convention 2026-014", "dora", now.minusSeconds(3600), null, null));
    policy = new EnginePolicy(new PolicySnapshot(datasets, grants).at(now));
    partner = new Subject("chloe", Set.of(Role.PARTNER), Set.of("/partenaires/labo-mobilite"));
    agent = new Subject("bruno", Set.of(Role.AGENT), Set.of("/services/urbanisme"));
    granted = datasets.get(42).table();
    otherService = datasets.get(43).table();
  }

  @Benchmark
  public AccessDecision partnerSelectsGrantedColumns() {
    return policy.select(partner, granted, Set.of("id", "categorie", "montant"));
  }

  @Benchmark
  public Object partnerRowFilter() {
    return policy.rowFilter(partner, granted);
  }

  @Benchmark
  public Object partnerColumnMask() {
    return policy.columnMask(partner, granted, "categorie", "varchar");
  }

  @Benchmark
  public AccessDecision agentSeesAnotherServicesTable() {
    return policy.seeTable(agent, otherService);
  }
}
