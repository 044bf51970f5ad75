package fr.socle.portal.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.lakehouse.testing.Stack;
import fr.socle.policies.access.Visibility;
import fr.socle.portal.SocleApplication;
import fr.socle.portal.testing.ItDatasets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The classification tool end to end, on the real stack: this build's portal runs in the test's JVM on a random
 * port (same PostgreSQL, Keycloak and Trino as the stack), the JSON API is called over HTTP with Keycloak tokens, the
 * pages are rendered through MockMvc as a signed-in data officer. One dataset of people's requests (e-mails,
 * phones, names, coordinates) goes through scan, proposal, decisions, refusals, a change of shape and a rescan.
 */
@SpringBootTest(classes = SocleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassificationIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String TABLE = "demandes";

  private static Stack stack;
  /** Decisions outlive datasets, and test datasets leave no tombstone: each run's ids are its own schema's. */
  private static ItDatasets datasets;
  private static Dataset dataset;
  /** Values of the table that must never show: e-mails, phones, full names, coordinates. */
  private static final List<String> RAW = new ArrayList<>();

  @LocalServerPort
  int port;

  @Autowired
  MockMvc mvc;

  @Autowired
  ScanJob scanJob;

  private final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void stackProperties(DynamicPropertyRegistry registry) throws Exception {
    Stack s = Stack.get();
    String dataDir = Files.createTempDirectory("socle-it").toString();
    registry.add("SOCLE_DB_URL", () -> s.jdbcUrl("socle"));
    registry.add("SOCLE_DB_PASSWORD", () -> s.value("SOCLE_DB_PASSWORD"));
    registry.add("SOCLE_KEYCLOAK_URL", () -> s.keycloakUrl().toString());
    registry.add("PORTAL_CLIENT_SECRET", () -> s.value("PORTAL_CLIENT_SECRET"));
    registry.add("PUBLIC_CLIENT_SECRET", () -> s.value("PUBLIC_CLIENT_SECRET"));
    registry.add("SOCLE_TRINO_URL", s::trinoJdbcUrl);
    registry.add("SOCLE_TRINO_TRUSTSTORE", s::trinoTruststore);
    registry.add("SOCLE_ICEBERG_INTERNAL_URL", () -> s.jdbcUrl("iceberg_internal"));
    registry.add("ICEBERG_INTERNAL_PASSWORD", () -> s.value("ICEBERG_INTERNAL_PASSWORD"));
    registry.add("SOCLE_ICEBERG_OPEN_URL", () -> s.jdbcUrl("iceberg_open"));
    registry.add("ICEBERG_OPEN_PASSWORD", () -> s.value("ICEBERG_OPEN_PASSWORD"));
    registry.add("SOCLE_WAREHOUSE_INTERNAL", () -> s.value("SOCLE_WAREHOUSE_INTERNAL"));
    registry.add("SOCLE_WAREHOUSE_OPEN", () -> s.value("SOCLE_WAREHOUSE_OPEN"));
    registry.add("SOCLE_DATA_DIR", () -> dataDir);
    registry.add("SOCLE_DECISION_PORT", () -> "0");
    registry.add("socle.classification.scan-job.enabled", () -> "false");
  }

  @BeforeAll
  static void createDataset() throws SQLException {
    stack = Stack.get();
    datasets = new ItDatasets();
    String select = """
        SELECT CAST(n AS bigint) AS id,
          element_at(ARRAY['voirie', 'proprete', 'eclairage', 'espaces-verts'], n % 4 + 1) AS categorie,
          element_at(ARRAY['Jean', 'Marie', 'Pierre', 'Sophie', 'Luc', 'Claire', 'Paul', 'Julie', 'Marc', 'Anne'],
            n % 10 + 1) || ' ' || element_at(ARRAY['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard',
            'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon'], n % 11 + 1) AS demandeur,
          lower(element_at(ARRAY['jean', 'marie', 'pierre', 'sophie', 'luc'], n % 5 + 1)) || '.'
            || element_at(ARRAY['martin', 'bernard', 'dubois', 'thomas', 'robert', 'richard'], n % 6 + 1)
            || CAST(n AS varchar) || element_at(ARRAY['@gmail.com', '@orange.fr', '@free.fr'], n % 3 + 1) AS email,
          format('06 %02d %02d %02d %02d', n % 97, (n * 7) % 100, (n * 13) % 100, (n * 31) % 100) AS telephone,
          round(47.3900 + n * 0.000137, 6) AS latitude,
          round(0.6890 + n * 0.000173, 6) AS longitude,
          date_add('day', n, DATE '2026-01-01') AS depose_le
        FROM UNNEST(sequence(1, 400)) AS t(n)""";
    String id = datasets.create(new ItDatasets.Spec(TABLE, select, List.of(
        new DatasetColumn("id", "long", null, null), new DatasetColumn("categorie", "string", null, null),
        new DatasetColumn("demandeur", "string", null, null), new DatasetColumn("email", "string", null, null),
        new DatasetColumn("telephone", "string", null, null), new DatasetColumn("latitude", "double", null, null),
        new DatasetColumn("longitude", "double", null, null), new DatasetColumn("depose_le", "date", null, null)),
        "voirie", "bruno", Visibility.CONFIDENTIAL, false));
    dataset = datasets.catalogue().get(id);
    try (Connection connection = stack.trinoAs("admin"); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT demandeur, email, telephone, CAST(latitude AS varchar) "
            + "FROM " + datasets.trinoName(TABLE))) {
      while (rs.next()) {
        for (int i = 1; i <= 4; i++) {
          RAW.add(rs.getString(i));
        }
      }
    }
    assertThat(RAW).hasSize(1600);
  }

  @AfterAll
  static void dropDataset() throws SQLException {
    if (datasets == null) {
      return;
    }
    datasets.close();
    datasets.jdbc().queryOne("SELECT portal.purge_classification(?)", rs -> rs.getLong(1), dataset.id());
  }

  // ---------------------------------------------------------------------------------------------------------

  @Test
  @Order(1)
  void aScanNamesThePersonalColumnsWithCountsAndMaskedExamplesButNoValue() throws Exception {
    JsonNode scan = api("dora", "POST", "/scan", null, 200);

    assertThat(scan.get("method").asString()).isEqualTo("full");
    assertThat(scan.get("rowsRead").asLong()).isEqualTo(400);
    assertThat(scan.get("rowsScanned").asLong()).isEqualTo(400);
    assertThat(scan.get("sampled").asBoolean()).isFalse();
    // Iceberg's 63-bit snapshot ids as strings: a JavaScript client would round a number
    String snapshot = Long.toString(datasets.catalogue().snapshots(dataset.id()).getFirst().snapshotId());
    assertThat(scan.get("snapshotId").isString()).isTrue();
    assertThat(scan.get("snapshotId").asString()).isEqualTo(snapshot);
    assertThat(api("dora", "GET", "", null, 200).get("currentSnapshotId").asString()).isEqualTo(snapshot);
    assertThat(detected(scan, "email")).containsEntry("EMAIL", 400L);
    assertThat(detected(scan, "telephone")).containsEntry("PHONE", 400L);
    assertThat(detected(scan, "demandeur")).containsKey("PERSON_NAME");
    assertThat(detected(scan, "latitude")).containsKey("PRECISE_COORDINATES");
    assertThat(detected(scan, "longitude")).containsKey("PRECISE_COORDINATES");
    assertThat(detected(scan, "categorie")).isEmpty();
    assertThat(examples(scan, "email")).isNotEmpty().allSatisfy(e -> assertThat(e).contains("•"));
    assertThat(examples(scan, "telephone")).isNotEmpty().allSatisfy(e -> assertThat(e).contains("•"));
    assertNoRawValue(scan.toString());

    String stored = storedFindings();
    assertThat(stored).contains("EMAIL").contains("•••@gmail.com").contains("06 •• •• •• ••");
    assertNoRawValue(stored);
  }

  @Test
  @Order(2)
  void theProposalIsCommunicableAfterOccultationAndItsReasonsNameTheColumns() throws Exception {
    JsonNode review = api("dora", "GET", "", null, 200);

    JsonNode proposal = review.get("proposal");
    assertThat(proposal.get("status").get("code").asString()).isEqualTo("COMMUNICABLE_AFTER_OCCULTATION");
    String reasons = proposal.get("explanations").toString();
    for (String column : List.of("email", "telephone", "demandeur", "latitude", "longitude")) {
      assertThat(reasons).contains("colonne « " + column + " »");
    }
    assertThat(review.get("decision")).isNull();
    assertNoRawValue(review.toString());
    assertThat(queueState()).isEqualTo("unclassified");
  }

  @Test
  @Order(3)
  void decisionsAreVersionedAndAnEarlierVersionStaysAsItWas() throws Exception {
    JsonNode proposal = api("dora", "GET", "", null, 200).get("proposal");
    ObjectNode first = decisionFrom(proposal, 0);

    JsonNode v1 = api("dora", "POST", "/decisions", first.toString(), 201);
    assertThat(v1.get("version").asInt()).isEqualTo(1);
    assertThat(v1.get("decidedBy").asString()).isEqualTo("dora");
    // signed as the law wants it (CRPA L212-1): first name and name from Keycloak, and quality
    assertThat(v1.get("signedAs").asString()).isEqualTo("Dora Moreau, référent des données et PRADA");
    assertThat(v1.get("changes").toString()).contains("première décision");
    JsonNode v1Read = api("dora", "GET", "/decisions/1", null, 200);

    ObjectNode second = decisionFrom(proposal, 1);
    second.put("justification", "Deuxième lecture : la catégorie reste publiée, réexamen plus tôt.");
    second.put("reviewDate", LocalDate.now().plusYears(1).toString());
    JsonNode v2 = api("dora", "POST", "/decisions", second.toString(), 201);

    assertThat(v2.get("version").asInt()).isEqualTo(2);
    assertThat(v2.get("changes").toString()).contains("justification modifiée").contains("réexamen");
    assertThat(api("dora", "GET", "/decisions/1", null, 200)).isEqualTo(v1Read);
    JsonNode review = api("dora", "GET", "", null, 200);
    assertThat(review.get("decision").get("version").asInt()).isEqualTo(2);
    assertThat(review.get("history")).hasSize(2);
    assertThat(queueState()).isNull();

    try (Connection c = datasets.jdbc().dataSource().getConnection(); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate("UPDATE portal.classification_decision SET justification = 'x' "
          + "WHERE dataset_id = '" + dataset.id() + "'")).hasMessageContaining("append-only");
      ResultSet audit = s.executeQuery("SELECT count(*) FROM audit.entry WHERE kind = 'classification.decided' "
          + "AND dataset_id = '" + dataset.id() + "' AND actor = 'dora'");
      audit.next();
      assertThat(audit.getInt(1)).isEqualTo(2);
    }
  }

  @Test
  @Order(4)
  void publishingAnEmailColumnWithoutABasisIsRefusedInFrench() throws Exception {
    JsonNode proposal = api("dora", "GET", "", null, 200).get("proposal");
    ObjectNode decision = decisionFrom(proposal, 2);
    for (JsonNode rule : decision.get("plan").get("columns")) {
      if (rule.get("column").asString().equals("email")) {
        ((ObjectNode) rule).put("rule", "keep");
      }
    }

    JsonNode problem = api("dora", "POST", "/decisions", decision.toString(), 400);

    assertThat(problem.get("type").asString()).isEqualTo("https://socle.fr/problemes/decision-refusee");
    assertThat(problem.get("title").asString()).isEqualTo("Décision refusée");
    assertThat(codes(problem)).contains("identifiant-direct-publie");
    assertThat(problem.get("detail").asString()).contains("Colonne « email » : publier 400 adresses e-mail "
        + "personnelles exige une base légale explicite");
    assertThat(api("dora", "GET", "", null, 200).get("decision").get("version").asInt()).isEqualTo(2);
  }

  @Test
  @Order(5)
  void aCommunicableDecisionCitingAnL3115GroundIsRefused() throws Exception {
    ObjectNode decision = JSON.createObjectNode();
    decision.put("status", "COMMUNICABLE");
    decision.putArray("legalBases").add("L312_1_1").add("L311_5_2_D");
    decision.set("plan", JSON.readTree("{\"columns\": [{\"column\": \"categorie\", \"rule\": \"keep\"}]}"));
    decision.put("justification", "essai");
    decision.put("reviewDate", LocalDate.now().plusYears(2).toString());

    JsonNode problem = api("dora", "POST", "/decisions", decision.toString(), 400);

    assertThat(codes(problem)).contains("communicable-avec-motif-l311-5");
    assertThat(problem.get("detail").asString()).contains("ne peut invoquer L311-5 2° d");
  }

  @Test
  @Order(6)
  void aDeferredDecisionWithoutItsDateIsRefused() throws Exception {
    ObjectNode decision = decisionFrom(api("dora", "GET", "", null, 200).get("proposal"), 2);
    decision.put("status", "DEFERRED");
    decision.putArray("legalBases").add("L311_2");

    JsonNode problem = api("dora", "POST", "/decisions", decision.toString(), 400);

    assertThat(codes(problem)).contains("date-differee-requise");
    assertThat(problem.get("detail").asString()).contains("Une communicabilité différée exige la date");
  }

  @Test
  @Order(6)
  void aRuleThatDoesNotFitTheColumnsValuesIsRefused() throws Exception {
    ObjectNode decision = decisionFrom(api("dora", "GET", "", null, 200).get("proposal"), 2);
    ArrayNode rules = (ArrayNode) decision.get("plan").get("columns");
    for (int i = rules.size() - 1; i >= 0; i--) {
      if (List.of("id", "depose_le").contains(rules.get(i).get("column").asString())) {
        rules.remove(i);
      }
    }
    rules.addObject().put("column", "id").put("rule", "generalise-date").put("precision", "MONTH");
    rules.addObject().put("column", "depose_le").put("rule", "empty-text");

    JsonNode problem = api("dora", "POST", "/decisions", decision.toString(), 400);

    assertThat(codes(problem)).contains("regle-inadaptee");
    assertThat(problem.get("detail").asString())
        .contains("Colonne « id » : la règle « généraliser la date au mois » ne s'applique pas à ses valeurs"
            + " (des nombres entiers)")
        .contains("Colonne « depose_le » : la règle « vider le texte libre » ne s'applique pas à ses valeurs"
            + " (des dates)");
    assertThat(api("dora", "GET", "", null, 200).get("decision").get("version").asInt()).isEqualTo(2);
  }

  @Test
  @Order(7)
  void agentsPartnersAndAdminFindNothingHere() throws Exception {
    for (String user : List.of("alice", "chloe", "admin")) {
      for (String[] call : new String[][] {{"GET", "/api/v1/classification/queue"},
          {"GET", "/api/v1/classification/dashboard"}, {"GET", "/api/v1/classification/" + dataset.id()},
          {"GET", "/api/v1/classification/" + dataset.id() + "/decisions/1"},
          {"POST", "/api/v1/classification/" + dataset.id() + "/scan"},
          {"POST", "/api/v1/classification/" + dataset.id() + "/decisions"}}) {
        HttpResponse<String> response = send(user, call[0], call[1], "{}");
        assertThat(response.statusCode()).as(user + " " + call[0] + " " + call[1]).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
            t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain(dataset.metadata().title()).doesNotContain("demandeur");
      }
    }
    assertThat(mvc.perform(get("/espace/classement/" + dataset.id()).with(person("alice", "AGENT"))).andReturn()
        .getResponse().getStatus()).isEqualTo(404);
    assertThat(mvc.perform(get("/espace/classement").with(person("admin", "ADMIN"))).andReturn()
        .getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  @Order(8)
  void thePagesShowFindingsProposalFormAndHistoryWithoutAnyValue() throws Exception {
    String queue = page("/espace/classement");
    String review = page("/espace/classement/" + dataset.id());
    String dashboard = page("/espace/classement/tableau");

    assertThat(queue).contains("File de classement");
    assertThat(review).contains("Analyse des données").contains("•••@gmail.com").contains("06 •• •• •• ••")
        .contains("communicable après occultation").contains("colonne « email »")
        .contains("name=\"rule.0\"").contains("Historique des décisions").contains("Version 2")
        .contains("Deuxième lecture");
    assertNoRawValue(review);
    assertThat(dashboard).contains("<svg").contains("role=\"img\"").contains("Jeux de données par statut");
    assertThat(dashboard).containsPattern("<td class=\"num\">[0-9]+ %</td>");
    assertThat(mvc.perform(get("/espace/classement/tableau").param("lang", "en")
        .with(person("dora", "DATA_OFFICER", "AGENT"))).andReturn().getResponse().getContentAsString())
        .containsPattern("<td class=\"num\">[0-9]+%</td>").doesNotContainPattern("<td class=\"num\">[0-9]+ %</td>");
    assertThat(mvc.perform(get("/espace/classement/" + dataset.id()).param("lang", "en")
        .with(person("dora", "DATA_OFFICER", "AGENT"))).andReturn().getResponse().getContentAsString())
        .contains("Data scan").contains("Decision history");
  }

  @Test
  @Order(9)
  void theFormRefusesInFrenchThenRecordsVersionThree() throws Exception {
    MvcResult refused = mvc.perform(post("/espace/classement/" + dataset.id() + "/decision")
        .with(person("dora", "DATA_OFFICER", "AGENT")).with(csrf())
        .param("basedOn", "2").param("status", "DEFERRED").param("bases", "L311_2")
        .param("justification", "essai").param("reviewDate", LocalDate.now().plusYears(1).toString())
        .param("column", "categorie").param("rule.0", "keep")).andReturn();
    assertThat(refused.getResponse().getStatus()).isEqualTo(400);
    assertThat(refused.getResponse().getContentAsString())
        .contains("Une communicabilité différée exige la date à partir de laquelle le jeu de données est "
            + "communicable.");
    // sent again, a refused form comes back at its list of errors, not at the top of a long page
    assertThat(refused.getResponse().getContentAsString()).contains("/decision#erreurs-decision\"")
        .contains("id=\"erreurs-decision\"");

    MvcResult recorded = mvc.perform(post("/espace/classement/" + dataset.id() + "/decision")
        .with(person("dora", "DATA_OFFICER", "AGENT")).with(csrf())
        .param("basedOn", "2").param("status", "NOT_COMMUNICABLE").param("bases", "L311_5_2_D")
        .param("justification", "Sécurité des personnes : les signalements localisent des victimes.")
        .param("reviewDate", LocalDate.now().plusYears(1).toString())).andReturn();
    assertThat(recorded.getResponse().getStatus()).isEqualTo(302);
    assertThat(api("dora", "GET", "", null, 200).get("decision").get("version").asInt()).isEqualTo(3);
  }

  @Test
  @Order(10)
  void factsStatedOnThePageAreVersionedAndFeedTheProposal() throws Exception {
    MvcResult stated = mvc.perform(post("/espace/classement/" + dataset.id() + "/faits")
        .with(person("dora", "DATA_OFFICER", "AGENT")).with(csrf())
        .param("basedOn", "0").param("theme", "SECURITE").param("rowsDescribe", "PERSONS")
        .param("withholdingGround", "L311_5_2_D").param("quasi", "categorie")).andReturn();
    assertThat(stated.getResponse().getStatus()).isEqualTo(302);
    JsonNode review = api("dora", "GET", "", null, 200);
    assertThat(review.get("factsVersion").asInt()).isEqualTo(1);
    assertThat(review.get("facts").get("withholdingGround").asString()).isEqualTo("L311_5_2_D");
    assertThat(review.get("proposal").get("status").get("code").asString()).isEqualTo("NOT_COMMUNICABLE");

    MvcResult refused = mvc.perform(post("/espace/classement/" + dataset.id() + "/faits")
        .with(person("dora", "DATA_OFFICER", "AGENT")).with(csrf())
        .param("basedOn", "1").param("decisionDate", "31/12/2027")).andReturn();
    assertThat(refused.getResponse().getStatus()).isEqualTo(400);
    assertThat(refused.getResponse().getContentAsString()).contains("date invalide « 31/12/2027 »");

    mvc.perform(post("/espace/classement/" + dataset.id() + "/faits").with(person("dora", "DATA_OFFICER", "AGENT"))
        .with(csrf()).param("basedOn", "1").param("rowsDescribe", "PERSONS"));
    review = api("dora", "GET", "", null, 200);
    assertThat(review.get("factsVersion").asInt()).isEqualTo(2);
    assertThat(review.get("proposal").get("status").get("code").asString())
        .isEqualTo("COMMUNICABLE_AFTER_OCCULTATION");
  }

  @Test
  @Order(11)
  void aNewColumnSendsTheDatasetBackForReviewAndStaysOutOfThePlan() throws Exception {
    api("dora", "POST", "/decisions", decisionFrom(api("dora", "GET", "", null, 200).get("proposal"), 3)
        .toString(), 201);
    assertThat(queueState()).isNull();
    try (Connection connection = stack.trinoAs("admin"); Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE " + datasets.trinoName(TABLE) + " ADD COLUMN portable_secours varchar");
      statement.execute("INSERT INTO " + datasets.trinoName(TABLE) + " (id, categorie, portable_secours) "
          + "VALUES (401, 'voirie', '07 81 22 33 44')");
    }

    assertThat(scanJob.scanIfNew(dataset.id())).as("the new snapshot is scanned").isTrue();
    assertThat(scanJob.scanIfNew(dataset.id())).as("and only once").isFalse();

    JsonNode queue = api("dora", "GET", "/api/v1/classification/queue", null, 200);
    JsonNode entry = entryOf(queue);
    assertThat(entry.get("state").asString()).isEqualTo("changed");
    assertThat(entry.get("reasons").toString()).contains("colonne « portable_secours » nouvelle");
    JsonNode review = api("dora", "GET", "", null, 200);
    assertThat(review.get("needsReview").asBoolean()).isTrue();
    assertThat(review.get("decision").get("plan").toString()).doesNotContain("portable_secours");
    assertThat(review.get("outgrown").get("uncoveredColumns").toString()).contains("portable_secours");
    assertThat(page("/espace/classement")).contains("à revoir");
    assertThat(review.toString()).doesNotContain("07 81 22 33 44");
  }

  // ---------------------------------------------------------------------------------------------------------

  /** The proposal as a decision of dora's, built as an API client would from the review. */
  private static ObjectNode decisionFrom(JsonNode proposal, int basedOn) {
    ObjectNode decision = JSON.createObjectNode();
    decision.put("basedOnVersion", basedOn);
    decision.put("status", proposal.get("status").get("code").asString());
    ArrayNode bases = decision.putArray("legalBases");
    proposal.get("legalBases").forEach(b -> bases.add(b.get("code").asString()));
    decision.set("plan", proposal.get("plan").deepCopy());
    decision.put("justification", "Demandes d'usagers : coordonnées personnelles occultées, positions généralisées.");
    decision.put("reviewDate", LocalDate.now().plusYears(2).toString());
    return decision;
  }

  private String queueState() throws Exception {
    JsonNode entry = entryOf(api("dora", "GET", "/api/v1/classification/queue", null, 200));
    return entry == null ? null : entry.get("state").asString();
  }

  private static JsonNode entryOf(JsonNode queue) {
    for (JsonNode entry : queue.get("entries")) {
      if (entry.get("datasetId").asString().equals(dataset.id())) {
        return entry;
      }
    }
    return null;
  }

  private static Map<String, Long> detected(JsonNode scan, String column) {
    Map<String, Long> kinds = new java.util.TreeMap<>();
    for (JsonNode c : scan.get("columns")) {
      if (c.get("column").asString().equals(column)) {
        c.get("kinds").forEach(k -> {
          if (k.get("detected").asBoolean()) {
            kinds.put(k.get("kind").asString(), k.get("values").asLong());
          }
        });
      }
    }
    return kinds;
  }

  private static List<String> examples(JsonNode scan, String column) {
    List<String> examples = new ArrayList<>();
    for (JsonNode c : scan.get("columns")) {
      if (c.get("column").asString().equals(column)) {
        c.get("kinds").forEach(k -> k.get("examples").forEach(e -> examples.add(e.asString())));
      }
    }
    return examples;
  }

  private static List<String> codes(JsonNode problem) {
    List<String> codes = new ArrayList<>();
    problem.get("violations").forEach(v -> codes.add(v.get("code").asString()));
    return codes;
  }

  private static void assertNoRawValue(String text) {
    for (String value : RAW) {
      assertThat(text).as("a raw value of the table").doesNotContain(value);
    }
  }

  private static String storedFindings() throws SQLException {
    try (Connection c = datasets.jdbc().dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT string_agg(findings::text, ' ') FROM portal.classification_scan "
            + "WHERE dataset_id = '" + dataset.id() + "'")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** A page as dora sees it; also written under {@code target/classification-pages} for a reviewer to open. */
  private String page(String path) throws Exception {
    MvcResult result = mvc.perform(get(path).with(person("dora", "DATA_OFFICER", "AGENT"))).andReturn();
    assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
    String html = result.getResponse().getContentAsString();
    java.nio.file.Path dir = java.nio.file.Path.of("target", "classification-pages");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(path.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + ".html"), html);
    return html;
  }

  /** A signed-in person as the OIDC login leaves them: name and realm roles as authorities. */
  private static RequestPostProcessor person(String user, String... roles) {
    List<SimpleGrantedAuthority> authorities = new ArrayList<>();
    for (String role : roles) {
      authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
    }
    OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300),
        Map.of("sub", user, "preferred_username", user));
    return oidcLogin().oidcUser(new DefaultOidcUser(authorities, token, "preferred_username"));
  }

  /** Calls the API as {@code user}; the path is relative to the dataset's unless it starts with /api. */
  private JsonNode api(String user, String method, String path, String body, int expected) throws Exception {
    String full = path.startsWith("/api") ? path : "/api/v1/classification/" + dataset.id() + path;
    HttpResponse<String> response = send(user, method, full, body);
    assertThat(response.statusCode()).as(method + " " + full + ": " + response.body()).isEqualTo(expected);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", "Bearer " + stack.tokenFor(user));
    if (method.equals("POST")) {
      request.header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
