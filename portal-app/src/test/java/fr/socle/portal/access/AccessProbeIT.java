package fr.socle.portal.access;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.lakehouse.query.TrinoGateway;
import fr.socle.lakehouse.query.TrinoSettings;
import fr.socle.lakehouse.testing.Stack;
import fr.socle.policies.access.DatasetFacts;
import fr.socle.policies.access.DatasetPolicy;
import fr.socle.policies.access.Grant;
import fr.socle.policies.access.Grantee;
import fr.socle.policies.access.ReadScope;
import fr.socle.policies.access.Role;
import fr.socle.policies.access.RowFilter;
import fr.socle.policies.access.Subject;
import fr.socle.policies.access.TableRef;
import fr.socle.policies.access.ValueType;
import fr.socle.policies.access.Visibility;
import fr.socle.portal.testing.ItDatasets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A randomized probe of enforcement: random users, datasets, columns, filters and channels (a person's own token,
 * the portal acting for them), each compared with an oracle computed in Java from the policy model on the full
 * data (row filters and masks evaluated here, not in SQL). The seed is printed on failure and can be replayed with
 * {@code -Dprobe.seed=N}.
 */
class AccessProbeIT {
  private static final int PROBES = Integer.getInteger("probe.count", 1000);
  private static final List<String> COLUMNS = List.of("id", "commune", "categorie", "montant", "jour", "note");
  private static final Map<String, ValueType> TYPES = new LinkedHashMap<>();
  private static final List<String> COMMUNES = List.of("37261", "37122", "37109", "37050", "37233");
  private static final List<String> CATEGORIES = List.of("voirie", "eclairage", "proprete", "espaces-verts");
  private static final Map<String, Subject> SUBJECTS = Map.of(
      "alice", new Subject("alice", Set.of(Role.AGENT), Set.of("/services/finances")),
      "bruno", new Subject("bruno", Set.of(Role.AGENT), Set.of("/services/urbanisme")),
      "ines", new Subject("ines", Set.of(Role.AGENT), Set.of("/services/voirie")),
      "chloe", new Subject("chloe", Set.of(Role.PARTNER), Set.of("/partenaires/labo-mobilite")),
      "jules", new Subject("jules", Set.of(Role.PARTNER), Set.of("/partenaires/commune-voisine")),
      "dora", new Subject("dora", Set.of(Role.DATA_OFFICER, Role.AGENT), Set.of("/services/direction-generale")));

  static {
    TYPES.put("id", ValueType.INTEGER);
    TYPES.put("commune", ValueType.STRING);
    TYPES.put("categorie", ValueType.STRING);
    TYPES.put("montant", ValueType.DECIMAL);
    TYPES.put("jour", ValueType.DATE);
    TYPES.put("note", ValueType.STRING);
  }

  private static Stack stack;
  private static ItDatasets datasets;
  private static final List<DatasetFacts> FACTS = new ArrayList<>();
  private static final List<Grant> GRANTS = new ArrayList<>();
  private static final Map<String, List<Map<String, Object>>> ROWS = new HashMap<>();
  private static long seed;

  @BeforeAll
  static void createDatasetsAndGrants() throws Exception {
    stack = Stack.get();
    datasets = new ItDatasets();
    seed = Long.getLong("probe.seed", System.nanoTime());
    Random random = new Random(seed);
    String select = "SELECT CAST(n AS bigint) AS id, "
        + "element_at(ARRAY['37261','37122','37109','37050','37233'], CAST(n % 5 AS integer) + 1) AS commune, "
        + "element_at(ARRAY['voirie','eclairage','proprete','espaces-verts'], CAST(n % 4 AS integer) + 1) AS categorie, "
        + "CAST(n * 37 % 1000 AS double) / 4 AS montant, date_add('day', CAST(n % 365 AS integer), DATE '2026-01-01') AS jour, "
        + "CASE WHEN n % 7 = 0 THEN NULL ELSE 'note ' || CAST(n AS varchar) END AS note "
        + "FROM UNNEST(sequence(1, 240)) AS t(n)";
    List<DatasetColumn> columns = List.of(new DatasetColumn("id", "long", null, null),
        new DatasetColumn("commune", "string", null, null), new DatasetColumn("categorie", "string", null, null),
        new DatasetColumn("montant", "double", null, null), new DatasetColumn("jour", "date", null, null),
        new DatasetColumn("note", "string", null, null));
    Object[][] specs = {
        {"confidentiel", "voirie", "ines", Visibility.CONFIDENTIAL, false},
        {"decouvrable", "urbanisme", "bruno", Visibility.DISCOVERABLE, true},
        {"partage", "finances", "alice", Visibility.SHARED, false}};
    for (Object[] spec : specs) {
      String table = "probe_" + spec[0];
      String id = datasets.create(new ItDatasets.Spec(table, select, columns, (String) spec[1], (String) spec[2],
          (Visibility) spec[3], (Boolean) spec[4]));
      FACTS.add(new DatasetFacts(id, new TableRef("internal", datasets.schema(), table), (String) spec[1],
          (String) spec[2], (Visibility) spec[3], (Boolean) spec[4], true, TYPES));
      ROWS.put(id, readAll(datasets.trinoName(table)));
    }
    Instant now = Instant.now();
    List<Grantee> grantees = List.of(new Grantee.User("chloe"), new Grantee.Organisation("labo-mobilite"),
        new Grantee.Organisation("commune-voisine"), new Grantee.User("bruno"), new Grantee.Group("/services/finances"),
        new Grantee.User("alice"));
    for (int i = 0; i < 12; i++) {
      DatasetFacts dataset = FACTS.get(random.nextInt(FACTS.size()));
      Grantee grantee = grantees.get(random.nextInt(grantees.size()));
      Set<String> granted = random.nextInt(3) == 0 ? null : randomSubset(random, COLUMNS, 1);
      List<RowFilter> filters = randomFilters(random);
      Instant expiry = random.nextInt(5) == 0 ? now.minusSeconds(60) : now.plus(Duration.ofDays(30));
      Grant grant = new Grant(UUID.randomUUID().toString(), dataset.id(), grantee, granted, random.nextBoolean(),
          filters, expiry, "sonde aléatoire", "convention-probe", "dora", now.minusSeconds(120), null, null);
      insert(grant);
      GRANTS.add(grant);
    }
    Thread.sleep(2_500); // the decision point refreshes its state within a second
  }

  @AfterAll
  static void dropDatasets() {
    if (datasets != null) {
      datasets.close();
    }
  }

  @Test
  void everyRandomQueryReturnsExactlyWhatThePolicyModelAllows() throws Exception {
    Random random = new Random(seed + 1);
    DatasetPolicy policy = new DatasetPolicy();
    Map<String, Connection> direct = new HashMap<>();
    Map<String, Connection> viaPortal = new HashMap<>();
    TrinoGateway portal = new TrinoGateway(new TrinoSettings(stack.trinoJdbcUrl(), stack.trinoTruststore(),
        Duration.ofMinutes(1)), "service-account-socle-portal", stack::portalServiceToken);
    List<String> users = new ArrayList<>(SUBJECTS.keySet());
    users.sort(null);
    int denied = 0;
    int filtered = 0;
    try {
      for (int probe = 0; probe < PROBES; probe++) {
        String user = users.get(random.nextInt(users.size()));
        DatasetFacts dataset = FACTS.get(random.nextInt(FACTS.size()));
        boolean star = random.nextInt(4) == 0;
        List<String> asked = star ? null : List.copyOf(randomSubset(random, COLUMNS, 1));
        String commune = random.nextBoolean() ? COMMUNES.get(random.nextInt(COMMUNES.size())) : null;
        boolean throughPortal = random.nextBoolean();
        Connection connection = throughPortal
            ? viaPortal.computeIfAbsent(user, u -> open(() -> portal.connectAs(u)))
            : direct.computeIfAbsent(user, u -> open(() -> stack.trinoAs(u)));
        String context = "seed=" + seed + " probe=" + probe + " user=" + user + " dataset=" + dataset.id()
            + " columns=" + (star ? "*" : asked) + " commune=" + commune + " channel="
            + (throughPortal ? "portal" : "token") + " grants=" + scopeDescription(policy.scope(SUBJECTS.get(user),
            dataset, GRANTS, Instant.now()));

        ReadScope scope = policy.scope(SUBJECTS.get(user), dataset, GRANTS, Instant.now());
        List<String> visible = scope.visibleColumns(COLUMNS);
        List<String> selected = star ? visible : asked;
        // Every column the statement names must be readable: the selected ones, the ORDER BY one, the filtered one.
        java.util.Set<String> named = new java.util.HashSet<>(selected);
        named.add("id");
        if (commune != null) {
          named.add("commune");
        }
        boolean allowed = scope.readable() && !selected.isEmpty() && visible.containsAll(named);

        String sql = "SELECT " + (star ? "*" : String.join(", ", asked)) + " FROM " + dataset.table()
            + (commune == null ? "" : " WHERE commune = ?") + " ORDER BY id";
        List<Map<String, Object>> actual;
        try {
          actual = run(connection, sql, commune);
        } catch (SQLException e) {
          assertThat(allowed).as(context + " was refused by Trino: " + e.getMessage()).isFalse();
          denied++;
          continue;
        }
        assertThat(allowed).as(context + " was allowed by Trino").isTrue();
        List<Map<String, Object>> expected = new ArrayList<>();
        for (Map<String, Object> row : ROWS.get(dataset.id())) {
          // The user's own predicate sees the column as masked for them, as Trino evaluates it.
          if (!visibleRow(scope, row) || commune != null && !commune.equals(shown(scope, "commune", row))) {
            continue;
          }
          Map<String, Object> projected = new LinkedHashMap<>();
          for (String column : selected) {
            projected.put(column, shown(scope, column, row));
          }
          expected.add(projected);
        }
        if (expected.size() < ROWS.get(dataset.id()).size()) {
          filtered++;
        }
        // ORDER BY id sorts on the id as the user sees it: where a grant masks it, those rows come last in an order
        // Trino does not define. Access is about which rows and cells, so the comparison ignores the order.
        assertThat(actual).as(context).containsExactlyInAnyOrderElementsOf(expected);
      }
    } finally {
      for (Connection c : direct.values()) {
        c.close();
      }
      for (Connection c : viaPortal.values()) {
        c.close();
      }
    }
    System.out.printf("access probe: %d queries (seed %d), %d refused, %d row-filtered%n", PROBES, seed, denied,
        filtered);
    assertThat(denied).as("some probes must be refused").isPositive();
    assertThat(filtered).as("some probes must be row-filtered").isPositive();
  }

  private static String scopeDescription(ReadScope scope) {
    return scope.access().name() + scope.grants().stream()
        .map(g -> "{columns=" + g.columns() + " mask=" + g.maskOthers() + " rows=" + g.rowFilters() + "}")
        .toList();
  }

  /** The row filter: a row is visible if one granted conjunction holds (evaluated here, not in SQL). */
  private static boolean visibleRow(ReadScope scope, Map<String, Object> row) {
    if (scope.access() != ReadScope.Access.GRANTED || scope.grants().stream().anyMatch(Grant::allRows)) {
      return true;
    }
    return scope.grants().stream().anyMatch(g -> holds(g.rowFilters(), row));
  }

  /** A column's value as the user sees it: itself where a grant opening it holds, null elsewhere. */
  private static Object shown(ReadScope scope, String column, Map<String, Object> row) {
    if (scope.access() != ReadScope.Access.GRANTED) {
      return row.get(column);
    }
    boolean open = scope.grants().stream()
        .filter(g -> g.allColumns() || g.columns().contains(column))
        .anyMatch(g -> holds(g.rowFilters(), row));
    return open ? row.get(column) : null;
  }

  private static boolean holds(List<RowFilter> filters, Map<String, Object> row) {
    for (RowFilter filter : filters) {
      Object value = row.get(filter.column());
      boolean ok = switch (filter.operator()) {
        case EQUALS -> value != null && compare(value, filter.values().getFirst()) == 0;
        case IN -> value != null && filter.values().stream().anyMatch(v -> compare(value, v) == 0);
        case GREATER_THAN -> value != null && compare(value, filter.values().getFirst()) > 0;
        case LESS_OR_EQUAL -> value != null && compare(value, filter.values().getFirst()) <= 0;
        case IS_NOT_NULL -> value != null;
        default -> throw new IllegalStateException("not generated: " + filter.operator());
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static int compare(Object value, String literal) {
    return switch (value) {
      case Long l -> Long.compare(l, Long.parseLong(literal));
      case Double d -> Double.compare(d, Double.parseDouble(literal));
      case LocalDate date -> date.compareTo(LocalDate.parse(literal));
      default -> value.toString().compareTo(literal);
    };
  }

  private static List<RowFilter> randomFilters(Random random) {
    List<RowFilter> filters = new ArrayList<>();
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      filters.add(switch (random.nextInt(5)) {
        case 0 -> new RowFilter("commune", RowFilter.Operator.IN,
            List.copyOf(randomSubset(random, COMMUNES, 1)));
        case 1 -> new RowFilter("montant", RowFilter.Operator.GREATER_THAN, List.of(String.valueOf(random.nextInt(200))));
        case 2 -> new RowFilter("jour", RowFilter.Operator.LESS_OR_EQUAL,
            List.of(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)).toString()));
        case 3 -> new RowFilter("categorie", RowFilter.Operator.EQUALS,
            List.of(CATEGORIES.get(random.nextInt(CATEGORIES.size()))));
        default -> new RowFilter("note", RowFilter.Operator.IS_NOT_NULL, List.of());
      });
    }
    return filters;
  }

  private static Set<String> randomSubset(Random random, List<String> values, int min) {
    List<String> shuffled = new ArrayList<>(values);
    java.util.Collections.shuffle(shuffled, random);
    return new java.util.LinkedHashSet<>(shuffled.subList(0, min + random.nextInt(values.size() - min + 1)));
  }

  private static List<Map<String, Object>> readAll(String table) throws SQLException {
    try (Connection connection = stack.trinoAs("admin")) {
      return run(connection, "SELECT * FROM " + table + " ORDER BY id", null);
    }
  }

  private static List<Map<String, Object>> run(Connection connection, String sql, String parameter)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (parameter != null) {
        statement.setString(1, parameter);
      }
      try (ResultSet rs = statement.executeQuery()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int count = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= count; i++) {
            Object value = rs.getObject(i);
            row.put(rs.getMetaData().getColumnName(i), value instanceof java.sql.Date d ? d.toLocalDate() : value);
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }

  private static void insert(Grant grant) throws SQLException {
    try (Connection db = datasets.jdbc().dataSource().getConnection();
        PreparedStatement statement = db.prepareStatement("""
            INSERT INTO portal.access_grant (id, dataset_id, grantee_kind, grantee_name, columns, mask_others,
              row_filters, expires_at, purpose, agreement, granted_by, granted_at)
            VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?)""")) {
      statement.setObject(1, UUID.fromString(grant.id()));
      statement.setString(2, grant.datasetId());
      statement.setString(3, grant.grantee().kind());
      statement.setString(4, grant.grantee().name());
      statement.setArray(5, grant.columns() == null ? null : db.createArrayOf("text", grant.columns().toArray()));
      statement.setBoolean(6, grant.maskOthers());
      statement.setString(7, json(grant.rowFilters()));
      statement.setTimestamp(8, Timestamp.from(Objects.requireNonNull(grant.expiresAt())));
      statement.setString(9, grant.purpose());
      statement.setString(10, grant.agreement());
      statement.setString(11, grant.grantedBy());
      statement.setTimestamp(12, Timestamp.from(grant.grantedAt()));
      statement.executeUpdate();
    }
  }

  private static String json(List<RowFilter> filters) {
    StringBuilder json = new StringBuilder("[");
    for (RowFilter filter : filters) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append("{\"column\":\"").append(filter.column()).append("\",\"operator\":\"")
          .append(filter.operator().name()).append("\",\"values\":[");
      for (int i = 0; i < filter.values().size(); i++) {
        json.append(i > 0 ? "," : "").append('"').append(filter.values().get(i)).append('"');
      }
      json.append("]}");
    }
    return json.append(']').toString();
  }

  @FunctionalInterface
  private interface Opener {
    Connection open() throws SQLException;
  }

  private static Connection open(Opener opener) {
    try {
      return opener.open();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
