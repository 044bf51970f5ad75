package fr.socle.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.Licences;
import fr.socle.lakehouse.testing.Stack;
import fr.socle.policies.access.Visibility;
import fr.socle.portal.explore.ExplorePortal;
import fr.socle.portal.testing.ItDatasets;
import fr.socle.portal.testing.ItPortal;
import fr.socle.portal.testing.OpenTestDatasets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A download whose query dies on the way (an operator kills it, a grant is revoked) must reach its client as a
 * broken transfer, never as a whole-looking file with an error message written at its end.
 */
class InterruptedDownloadIT {
  private static final int ROWS = 300_000;
  private static final String SELECT = "SELECT n AS id, 'ligne numéro ' || CAST(n AS varchar)"
      + " || ' du jeu de test des téléchargements interrompus' AS libelle FROM (SELECT a * 1000 + b AS n"
      + " FROM UNNEST(sequence(0, " + (ROWS / 1000 - 1) + ")) AS x(a) CROSS JOIN UNNEST(sequence(1, 1000)) AS y(b))";
  private static final List<fr.socle.lakehouse.catalog.DatasetColumn> COLUMNS =
      List.of(ItDatasets.column("id", "long"), ItDatasets.column("libelle", "string"));
  private static ItDatasets internal;
  private static OpenTestDatasets open;
  private static String internalId;
  private static final String OPEN_ID = "it-telechargement-interrompu";
  private final Stack stack = Stack.get();

  @BeforeAll
  static void bigTables() throws Exception {
    internal = new ItDatasets();
    internalId = internal.create(new ItDatasets.Spec("lignes", SELECT, COLUMNS, "finances", "alice",
        Visibility.SHARED, false));
    open = new OpenTestDatasets(Stack.get());
    open.createTable(internal.schema(), "publiees", SELECT);
    open.describe(OPEN_ID, internal.schema(), "publiees", new Dataset.Metadata("Lignes publiées",
        "Jeu de test des téléchargements interrompus.", "finances", "alice", "test", List.of("test"),
        Licences.LICENCE_OUVERTE, null, null, null, null, null), COLUMNS);
    ExplorePortal.awaitDataset(OPEN_ID);
  }

  @AfterAll
  static void drop() throws Exception {
    if (open != null) {
      open.close();
    }
    if (internal != null) {
      internal.close();
    }
  }

  @Test
  void anAgentsDownloadWhoseQueryIsKilledBreaksOff() throws Exception {
    String received = readKillAndReadOn("/api/v1/datasets/" + internalId + "/exports/csv", stack.tokenFor("alice"),
        "alice", internal.schema() + "\".\"lignes");
    assertThat(received).contains("id,libelle", "ligne numéro 1 ")
        .doesNotContain("requete-", "problem", "erreur", "timestamp", "Interdit", "Introuvable");
  }

  @Test
  void anOpenDataExportWhoseQueryIsKilledBreaksOffInsteadOfEndingWithAnError() throws Exception {
    String received = readKillAndReadOn("/api/explore/v2.1/catalog/datasets/" + OPEN_ID + "/exports/json", null,
        "service-account-socle-public", internal.schema() + "\".\"publiees");
    // nothing is written after the rows: neither an error body nor Spring's (« "status":200 ») appended
    assertThat(received).contains("{\"id\":", "ligne numéro")
        .doesNotContain("error_code", "InternalServerError", "HTTPError", "timestamp");
  }

  /**
   * Reads the first 64 KiB of a download, then nothing while the portal blocks on the full socket and its query
   * waits: kills the query as the platform operator does, and reads on, which must fail.
   */
  private String readKillAndReadOn(String path, String token, String user, String table) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ItPortal.url() + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    try (InputStream body = response.body()) {
      received.write(body.readNBytes(64 * 1024));
      kill(user, table);

      assertThatThrownBy(() -> body.transferTo(received)).isInstanceOf(IOException.class);
    }
    String text = received.toString(StandardCharsets.UTF_8);
    assertThat(text.lines().count()).isLessThan(ROWS);
    return text;
  }

  private void kill(String user, String table) throws Exception {
    try (Connection admin = stack.trinoAs("admin"); Statement statement = admin.createStatement()) {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < deadline) {
        try (ResultSet running = statement.executeQuery("SELECT query_id FROM system.runtime.queries"
            + " WHERE state NOT IN ('FINISHED', 'FAILED') AND \"user\" = '" + user + "' AND query LIKE '%"
            + table + "%'")) {
          if (running.next()) {
            String query = running.getString(1);
            statement.execute("CALL system.runtime.kill_query(query_id => '" + query + "', message => 'test')");
            return;
          }
        }
        Thread.sleep(100);
      }
      throw new AssertionError(user + "'s export query never showed as running");
    }
  }
}
