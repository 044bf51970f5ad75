package fr.socle.portal.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.lakehouse.iceberg.Tier;
import fr.socle.lakehouse.jdbc.Jdbc;
import fr.socle.lakehouse.promotion.PromotionOutcome;
import fr.socle.lakehouse.promotion.PromotionProgress;
import fr.socle.lakehouse.promotion.PromotionRequest;
import fr.socle.lakehouse.promotion.Promotions;
import fr.socle.lakehouse.promotion.Publication;
import fr.socle.lakehouse.promotion.PublicationSchema;
import fr.socle.lakehouse.promotion.VersionedDecision;
import fr.socle.lakehouse.testing.Stack;
import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.Status;
import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.CoordinateForm;
import fr.socle.policies.occultation.CoordinatePrecision;
import fr.socle.policies.occultation.OccultationPlan;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.SupportsNamespaces;
import org.apache.iceberg.catalog.TableIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * This branch's portal, run from its jar: the data officers' publication API (404 for others; a manual promotion
 * queued, run by the worker and logged), the public side of a version promoted by the engine (metadata, exports
 * with their checksums, the attestation page in French), and a retraction through the API that closes every public
 * channel at once (410 with the tombstone, no file, no attestation, no Trino table).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicationPortalIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static Stack stack;
  private static OwnPortal portal;
  private static String namespace;
  private static String publicationId;
  private static UUID attestationId;
  private static Tier internal;
  private static Tier open;
  private static Jdbc jdbc;

  @BeforeAll
  static void start() throws Exception {
    stack = Stack.get();
    namespace = "it_promo_portal_" + UUID.randomUUID().toString().substring(0, 6);
    publicationId = namespace.replace('_', '-') + "-signalements";
    jdbc = new Jdbc(stack.socleDatabase());
    PublicationSchema.migrate(jdbc.dataSource());
    internal = Tier.open(stack.internalTier());
    open = Tier.open(stack.openTier());
    admin("CREATE SCHEMA internal." + namespace);
    admin("CREATE TABLE internal." + namespace + ".signalements AS SELECT * FROM internal.voirie.signalements_citoyens"
        + " ORDER BY id_signalement LIMIT 2000");
    OccultationPlan plan = plan();
    Decision decision = new Decision(Status.COMMUNICABLE_AFTER_OCCULTATION, List.of(LegalBasis.L311_7,
        LegalBasis.L312_1_2), plan, null, null, "Publication après occultation (test).", LocalDate.now().plusYears(1),
        "dora", LocalDate.now());
    Publication publication = new Publication(publicationId, publicationId, TableIdentifier.of(namespace,
        "signalements"), TableIdentifier.of(namespace, "signalements"), Publication.Kind.DATASET, "Signalements (test)",
        null);
    PromotionOutcome outcome = new Promotions(internal, open, jdbc, Clock.systemUTC(), Promotions.Settings.DEFAULTS)
        .promote(new PromotionRequest(publication, plan, new VersionedDecision(1, decision, Instant.now(), "dora"),
            null, "dora", "manual"), PromotionProgress.NONE);
    attestationId = ((PromotionOutcome.Published) outcome).attestationId();
    portal = OwnPortal.start(stack);
  }

  @AfterAll
  static void stop() throws Exception {
    if (portal != null) {
      portal.close();
    }
    if (stack == null) {
      return;
    }
    try {
      admin("DROP SCHEMA IF EXISTS internal." + namespace + " CASCADE");
    } catch (SQLException e) {
      // cleaned by hand
    }
    SupportsNamespaces namespaces = (SupportsNamespaces) open.catalog();
    if (namespaces.namespaceExists(Namespace.of(namespace))) {
      for (TableIdentifier table : open.catalog().listTables(Namespace.of(namespace))) {
        open.catalog().dropTable(table, true);
      }
      namespaces.dropNamespace(Namespace.of(namespace));
    }
    for (String table : List.of("export", "version", "change", "attestation")) {
      jdbc.update("DELETE FROM publication." + table + " WHERE publication_id = ?", publicationId);
    }
    jdbc.update("DELETE FROM publication.publication WHERE id = ?", publicationId);
    jdbc.update("DELETE FROM publication.job WHERE requested_by = 'dora' AND dataset_id = 'budget-primitif-2026'");
    for (String warehouse : List.of("SOCLE_WAREHOUSE_OPEN", "SOCLE_WAREHOUSE_INTERNAL")) {
      java.nio.file.Path folder = java.nio.file.Path.of(URI.create(stack.value(warehouse))).resolve(namespace);
      if (java.nio.file.Files.isDirectory(folder)) {
        try (var walk = java.nio.file.Files.walk(folder)) {
          for (java.nio.file.Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
            java.nio.file.Files.deleteIfExists(path);
          }
        }
      }
    }
    internal.close();
    open.close();
  }

  @Test
  @Order(1)
  void onlyDataOfficersReachThePublicationApi() throws Exception {
    assertThat(get("/api/v1/publication/jobs", stack.tokenFor("alice")).statusCode()).isEqualTo(404);
    assertThat(get("/api/v1/publication/jobs", null).statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/publication/jobs", stack.tokenFor("dora")).statusCode()).isEqualTo(200);
    HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(portal.url("/espace/publication")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isNotEqualTo(200);
  }

  @Test
  @Order(2)
  void aManualPromotionIsQueuedRunByTheWorkerAndLogged() throws Exception {
    HttpResponse<String> queued = post("/api/v1/publication/datasets/budget-primitif-2026/promotions", "",
        stack.tokenFor("dora"));
    assertThat(queued.statusCode()).isEqualTo(202);
    String job = JSON.readTree(queued.body()).get("id").asString();

    JsonNode done = null;
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      done = JSON.readTree(get("/api/v1/publication/jobs/" + job, stack.tokenFor("dora")).body());
      if (!List.of("queued", "running").contains(done.get("state").asString().toLowerCase())) {
        break;
      }
      Thread.sleep(500);
    }
    // The demo's decision on the budget is "communicable as is": the job publishes it, or finds the version the
    // demo's own decision already published up to date.
    assertThat(done.get("trigger").asString()).isEqualToIgnoringCase("manual");
    if (done.get("state").asString().equalsIgnoreCase("skipped")) {
      assertThat(done.get("message").asString()).contains("déjà à jour");
    } else {
      assertThat(done.get("state").asString()).isEqualToIgnoringCase("succeeded");
    }
    JsonNode published = JSON.readTree(get("/api/public/publications/budget-primitif-2026", null).body());
    assertThat(published.get("versions").get(0).get("rows").asLong()).isEqualTo(312);
  }

  @Test
  @Order(3)
  void thePublicDownloadsThePrecomputedExportsAndReadsTheAttestationInFrench() throws Exception {
    HttpResponse<String> metadata = get("/api/public/publications/" + publicationId, null);
    assertThat(metadata.statusCode()).isEqualTo(200);
    JsonNode version = JSON.readTree(metadata.body()).get("versions").get(0);
    assertThat(version.get("rows").asLong()).isEqualTo(2000);
    // Iceberg's 63-bit snapshot ids as strings, here and in the attestation: a JavaScript client would round a number
    assertThat(version.get("snapshotId").isString()).isTrue();
    JsonNode attestation = JSON.readTree(get("/api/public/attestations/" + attestationId, null).body());
    assertThat(attestation.get("attestation").get("source").get("snapshotId").isString()).isTrue();
    for (JsonNode export : version.get("exports")) {
      HttpResponse<byte[]> file = HTTP.send(HttpRequest.newBuilder(portal.url(export.get("url").asString())).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat((long) file.body().length).isEqualTo(export.get("bytes").asLong());
      assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body())))
          .isEqualTo(export.get("sha256").asString());
      assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
          .contains(publicationId + "-v1." + export.get("format").asString());
      // a resumed download, a revalidation
      HttpResponse<byte[]> tail = HTTP.send(HttpRequest.newBuilder(portal.url(export.get("url").asString()))
          .header("Range", "bytes=100-").build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(tail.statusCode()).isEqualTo(206);
      assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(file.body(), 100, file.body().length));
      String etag = file.headers().firstValue("ETag").orElseThrow();
      assertThat(file.headers().firstValue("Last-Modified")).isPresent();
      // resuming with the part of another file (If-Range of another ETag) gets the whole file, not a mixed one
      HttpResponse<byte[]> stale = HTTP.send(HttpRequest.newBuilder(portal.url(export.get("url").asString()))
          .header("Range", "bytes=100-").header("If-Range", "\"autre\"").build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(stale.statusCode()).isEqualTo(200);
      assertThat(stale.body()).isEqualTo(file.body());
      assertThat(HTTP.send(HttpRequest.newBuilder(portal.url(export.get("url").asString()))
          .header("Range", "bytes=100-").header("If-Range", etag).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(206);
      assertThat(HTTP.send(HttpRequest.newBuilder(portal.url(export.get("url").asString()))
          .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(304);
    }
    HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(portal.url("/publication/attestations/"
        + attestationId)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Colonnes retirées", "email_declarant", "supprimer la colonne", "L311-7",
        "grille de 200 m").doesNotContain("@gmail");
  }

  @Test
  @Order(4)
  void aRetractionThroughTheApiClosesEveryPublicChannelAtOnce() throws Exception {
    String csv = JSON.readTree(get("/api/public/publications/" + publicationId, null).body()).get("versions").get(0)
        .get("exports").get(0).get("url").asString();
    assertThat(post("/api/v1/publication/publications/" + publicationId + "/retraction",
        "{\"reason\":\"fuite\",\"note\":\"test\"}", stack.tokenFor("alice")).statusCode()).isEqualTo(404);

    // « nouvelle décision » would be untrue under the decision it was published by: refused, nothing withdrawn
    HttpResponse<String> noNewDecision = post("/api/v1/publication/publications/" + publicationId + "/retraction",
        "{\"reason\":\"decision\"}", stack.tokenFor("dora"));
    assertThat(noNewDecision.statusCode()).isEqualTo(409);
    assertThat(noNewDecision.body()).contains("est publié sous la décision en vigueur");
    assertThat(get("/api/public/publications/" + publicationId, null).statusCode()).isEqualTo(200);

    HttpResponse<String> retracted = post("/api/v1/publication/publications/" + publicationId + "/retraction",
        "{\"reason\":\"fuite\",\"note\":\"test\"}", stack.tokenFor("dora"));

    assertThat(retracted.statusCode()).isEqualTo(200);
    HttpResponse<String> gone = get("/api/public/publications/" + publicationId, null);
    assertThat(gone.statusCode()).isEqualTo(410);
    assertThat(JSON.readTree(gone.body()).get("reason").asString()).isEqualTo("leak");
    assertThat(get(csv, null).statusCode()).isEqualTo(410);
    assertThat(HTTP.send(HttpRequest.newBuilder(portal.url("/publication/attestations/" + attestationId)).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    assertThatThrownBy(() -> {
      try (Connection connection = stack.trinoAsPublic(); Statement statement = connection.createStatement()) {
        statement.executeQuery("SELECT count(*) FROM open." + namespace + ".signalements").close();
      }
    }).isInstanceOf(SQLException.class);
    JsonNode changelog = JSON.readTree(get("/api/public/publications/" + publicationId + "/changelog", null).body());
    assertThat(changelog.get("entries").get(0).get("kind").asString()).isEqualTo("purge");
    // the trail names who withdrew it and why, not « système »
    JsonNode entry = JSON.readTree(get("/api/v1/audit?kind=publication.retracted&dataset=" + publicationId,
        stack.tokenFor("dora")).body()).get("results").get(0);
    assertThat(entry.get("actor").asString()).isEqualTo("dora");
    assertThat(entry.get("details").get("note").asString()).isEqualTo("test");
    assertThat(entry.get("details").get("purged").asBoolean()).isTrue();
  }

  private static HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(path.startsWith("http") ? URI.create(path) : portal.url(path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String json, String token) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(portal.url(path)).header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void admin(String sql) throws SQLException {
    try (Connection connection = stack.trinoAs("admin"); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static OccultationPlan plan() {
    List<ColumnRule> rules = new java.util.ArrayList<>();
    for (String column : List.of("id_signalement", "date_signalement", "canal", "categorie", "description",
        "adresse", "code_postal", "quartier", "latitude", "longitude", "email_declarant", "telephone_declarant",
        "statut", "date_cloture", "service_traitant")) {
      rules.add(switch (column) {
        case "email_declarant", "telephone_declarant" -> new ColumnRule.Drop(column);
        case "description" -> new ColumnRule.EmptyText(column);
        case "latitude" -> new ColumnRule.GeneraliseCoordinates(column, CoordinateForm.LATITUDE,
            CoordinatePrecision.grid(200));
        case "longitude" -> new ColumnRule.GeneraliseCoordinates(column, CoordinateForm.LONGITUDE,
            CoordinatePrecision.grid(200), "latitude");
        case "adresse" -> new ColumnRule.Keep(column, Set.of(FindingKind.POSTAL_ADDRESS));
        default -> new ColumnRule.Keep(column);
      });
    }
    return new OccultationPlan(rules);
  }
}
