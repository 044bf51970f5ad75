package fr.socle.portal.access;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.testing.Stack;
import fr.socle.portal.testing.Api;
import fr.socle.portal.testing.PortalSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each demo user, each kind of dataset, each channel (the dataset page, the JSON API, the CSV export, Trino
 * directly with the person's own token): the exact rows and columns they get, or the same "not found" everywhere.
 * Expected rows are counted by admin with the grant's own predicate, independently of the enforcement under test.
 */
class AccessMatrixIT {
  enum Access { NONE, METADATA, FULL, GRANTED }

  private static final Stack STACK = Stack.get();
  private static final String REPORTS = "signalements-citoyens";
  private static final List<String> GRANTED_COLUMNS = List.of("id_signalement", "date_signalement", "canal",
      "categorie", "quartier", "statut", "date_cloture", "service_traitant");
  private static final Map<String, String> TABLES = Map.of(
      "budget-primitif-2026", "internal.finances.budget_primitif_2026",
      "remunerations-agents-2025", "internal.ressources_humaines.remunerations_agents_2025",
      REPORTS, "internal.voirie.signalements_citoyens",
      "cameras-videoprotection", "internal.police_municipale.cameras_videoprotection",
      "etude-revision-plu", "internal.urbanisme.etude_revision_plu",
      "emissions-chaufferie-biomasse", "internal.urbanisme.emissions_chaufferie_biomasse");
  private static final Map<String, Long> ALL_ROWS = new HashMap<>();
  private static final Map<String, List<String>> ALL_COLUMNS = new HashMap<>();
  private static long grantedRows;
  private static final Map<String, PortalSession> SESSIONS = new HashMap<>();

  static Stream<Arguments> matrix() {
    Object[][] rows = {
        // user,  budget (shared), salaries (RH), reports (discoverable, partners), cameras, PLU study, emissions
        {"alice", Access.FULL, Access.NONE, Access.METADATA, Access.NONE, Access.NONE, Access.METADATA},
        {"bruno", Access.FULL, Access.NONE, Access.METADATA, Access.NONE, Access.FULL, Access.FULL},
        {"hugo", Access.FULL, Access.FULL, Access.METADATA, Access.NONE, Access.NONE, Access.METADATA},
        {"ines", Access.FULL, Access.NONE, Access.FULL, Access.NONE, Access.NONE, Access.METADATA},
        {"chloe", Access.NONE, Access.NONE, Access.GRANTED, Access.NONE, Access.NONE, Access.NONE},
        {"jules", Access.NONE, Access.NONE, Access.METADATA, Access.NONE, Access.NONE, Access.NONE},
        {"dora", Access.FULL, Access.FULL, Access.FULL, Access.FULL, Access.FULL, Access.FULL}};
    String[] datasets = {"budget-primitif-2026", "remunerations-agents-2025", REPORTS, "cameras-videoprotection",
        "etude-revision-plu", "emissions-chaufferie-biomasse"};
    List<Arguments> cases = new ArrayList<>();
    for (Object[] row : rows) {
      for (int i = 0; i < datasets.length; i++) {
        cases.add(Arguments.of(row[0], datasets[i], row[i + 1]));
      }
    }
    return cases.stream();
  }

  @BeforeAll
  static void countWhatEachScopeHolds() throws SQLException {
    try (Connection admin = STACK.trinoAs("admin")) {
      for (Map.Entry<String, String> table : TABLES.entrySet()) {
        ALL_ROWS.put(table.getKey(), count(admin, "SELECT count(*) FROM " + table.getValue()));
        ALL_COLUMNS.put(table.getKey(), columns(admin, "SELECT * FROM " + table.getValue() + " LIMIT 0"));
      }
      grantedRows = count(admin, "SELECT count(*) FROM " + TABLES.get(REPORTS)
          + " WHERE quartier IN ('Centre-Ville', 'Saint-Martin')");
    }
    assertThat(grantedRows).isPositive().isLessThan(ALL_ROWS.get(REPORTS));
  }

  @AfterAll
  static void forgetSessions() {
    SESSIONS.clear();
  }

  @ParameterizedTest(name = "{0} × {1} → {2}")
  @MethodSource("matrix")
  void everyChannelGivesTheSameGovernedView(String user, String dataset, Access access) throws Exception {
    long rows = access == Access.GRANTED ? grantedRows : ALL_ROWS.get(dataset);
    List<String> columns = access == Access.GRANTED ? GRANTED_COLUMNS : ALL_COLUMNS.get(dataset);

    // Trino with the person's own token (a BI tool, the CLI)
    try (Connection connection = STACK.trinoAs(user)) {
      if (access == Access.FULL || access == Access.GRANTED) {
        assertThat(count(connection, "SELECT count(*) FROM " + TABLES.get(dataset))).isEqualTo(rows);
        assertThat(columns(connection, "SELECT * FROM " + TABLES.get(dataset) + " LIMIT 0"))
            .containsExactlyElementsOf(columns);
      } else {
        assertThat(refused(connection, "SELECT count(*) FROM " + TABLES.get(dataset))).isTrue();
      }
    }

    // JSON API and CSV export, with the person's bearer token
    Api api = Api.as(user);
    HttpResponse<String> entry = api.get("/api/v1/datasets/" + dataset);
    HttpResponse<String> records = api.get("/api/v1/datasets/" + dataset + "/records?limit=1");
    HttpResponse<byte[]> export = api.download("/api/v1/datasets/" + dataset + "/exports/csv");
    switch (access) {
      case NONE -> {
        assertThat(entry.statusCode()).isEqualTo(404);
        assertThat(records.statusCode()).isEqualTo(404);
        assertThat(export.statusCode()).isEqualTo(404);
      }
      case METADATA -> {
        assertThat(entry.statusCode()).isEqualTo(200);
        assertThat(records.statusCode()).isEqualTo(403);
        assertThat(export.statusCode()).isEqualTo(403);
      }
      case FULL, GRANTED -> {
        assertThat(records.statusCode()).as(records.body()).isEqualTo(200);
        assertThat(Api.json(records).path("total_count").asLong()).isEqualTo(rows);
        assertThat(export.statusCode()).isEqualTo(200);
        List<String> lines = new String(export.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(List.of(lines.getFirst().replace("\uFEFF", "").split(",")))
            .containsExactlyElementsOf(columns.stream().map(c -> c.contains(",") ? "\"" + c + "\"" : c).toList());
        assertThat(csvRecords(new String(export.body(), StandardCharsets.UTF_8))).isEqualTo(rows);
      }
    }

    // The dataset page, signed in through Keycloak
    PortalSession session = SESSIONS.computeIfAbsent(user, u -> PortalSession.signIn(STACK, u));
    HttpResponse<String> page = session.get("/espace/jeux/" + dataset);
    switch (access) {
      case NONE -> assertThat(page.statusCode()).isEqualTo(404);
      case METADATA -> assertThat(page.statusCode()).isEqualTo(200);
      case FULL, GRANTED -> {
        assertThat(page.statusCode()).isEqualTo(200);
        // "Lignes 1 à 20 sur 20 000": the total the person may read, grouped with a (narrow) no-break space.
        assertThat(page.body().replace('\u202f', ' ').replace('\u00a0', ' '))
            .contains(" sur " + NumberFormat.getIntegerInstance(Locale.FRANCE).format(rows)
                .replace('\u202f', ' ').replace('\u00a0', ' '));
      }
    }
  }

  /** Records of a CSV export, quoted newlines included. */
  private static long csvRecords(String csv) {
    long records = 0;
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        records++;
      }
    }
    return records - 1;
  }

  private static boolean refused(Connection connection, String sql) {
    try {
      count(connection, sql);
      return false;
    } catch (SQLException e) {
      return true;
    }
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> columns(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        names.add(meta.getColumnName(i));
      }
      return names;
    }
  }
}
