package fr.socle.portal.load;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.testing.Stack;
import fr.socle.portal.testing.PortalSession;
import fr.socle.portal.testing.ItDatasets;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An agent uploads a spreadsheet export, checks the inferred columns, loads it, and follows the load to its end. */
class UploadIT {
  private static final Pattern UPLOAD_FORM = Pattern.compile("action=\"(/espace/depot/[^\"]+/charger)\"");
  private final Stack stack = Stack.get();

  /**
   * The dataset's table is in the producing service's schema, named after the title, whatever the form says: a
   * hand-made {@code domaine} or {@code table} field must not let an agent write into another service's schema.
   */
  @Test
  void agentCreatesADatasetFromAWindows1252CsvWithDecimalCommas() throws Exception {
    String suffix = Long.toHexString(System.nanoTime());
    String title = "Dépôt de test " + suffix;
    String table = "depot_de_test_" + suffix;
    String csv = "Commune;Montant (€);Date de vote;Bénéficiaire\r\n"
        + "01000;1 234,50;15/03/2026;Association Les Amis du Théâtre\r\n"
        + "75001;99,90;16/03/2026;Club de football\r\n";
    PortalSession alice = PortalSession.signIn(stack, "alice");
    alice.get("/espace/depot");

    HttpResponse<String> columns = alice.postFile("/espace/depot",
        Map.of("titre", title, "service", "finances", "visibilite", "confidential"),
        "fichier", "subventions.csv", csv.getBytes(Charset.forName("windows-1252")));

    assertThat(columns.statusCode()).isEqualTo(200);
    assertThat(columns.body()).contains("windows-1252").contains("Montant (€)").contains("<code>montant</code>")
        .contains("Bénéficiaire");
    Matcher action = UPLOAD_FORM.matcher(columns.body());
    assertThat(action.find()).isTrue();
    HttpResponse<String> follow = alice.post(action.group(1), Map.of("titre", title, "service", "finances",
        "visibilite", "confidential", "domaine", "ressources_humaines", "table", "intrus_" + suffix));
    // « Charger » clicked twice: the second click follows the first load, it starts no other
    HttpResponse<String> again = alice.post(action.group(1), Map.of("titre", title, "service", "finances",
        "visibilite", "confidential"));
    assertThat(again.uri().getPath()).isEqualTo(follow.uri().getPath());
    String page = follow.body();
    for (int i = 0; i < 60 && page.contains("http-equiv=\"refresh\""); i++) {
      Thread.sleep(500);
      page = alice.get(follow.uri().getPath()).body();
    }
    assertThat(page).contains("Chargement terminé : 2 lignes");

    try (Connection connection = stack.trinoAs("alice"); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT commune, montant, date_de_vote FROM internal.finances."
            + table + " ORDER BY commune")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("01000");
      assertThat(rs.getDouble(2)).isEqualTo(1234.5);
      assertThat(rs.getDate(3).toLocalDate()).hasToString("2026-03-15");
      try (ItDatasets datasets = new ItDatasets()) {
        assertThat(datasets.catalogue().findByTable("ressources_humaines", "intrus_" + suffix)).isEmpty();
        // an append of some of the columns (one header with a NUL in it) adds its rows, the others null, and the
        // catalogue still lists the table's four columns with their labels
        String id = datasets.catalogue().findByTable("finances", table).orElseThrow().id();
        // the append form reads files as the creation form does (encoding, separator, sheet, projection)
        assertThat(alice.get("/espace/jeux/" + id + "/depot").body()).contains("name=\"encodage\"",
            "name=\"separateur\"", "name=\"feuille\"", "name=\"projection\"");
        HttpResponse<String> appended = alice.postFile("/espace/jeux/" + id + "/depot", Map.of("mode", "append"),
            "fichier", "ajout.csv", "Commune;Montant\0\n13001;5\n".getBytes(StandardCharsets.UTF_8));
        String appendPage = appended.body();
        for (int i = 0; i < 60 && appendPage.contains("http-equiv=\"refresh\""); i++) {
          Thread.sleep(500);
          appendPage = alice.get(appended.uri().getPath()).body();
        }
        assertThat(appendPage).contains("Chargement terminé : 1 ligne");
        assertThat(datasets.catalogue().columns(id)).extracting(c -> c.name())
            .containsExactly("commune", "montant", "date_de_vote", "beneficiaire");
        assertThat(datasets.catalogue().columns(id).get(1).label()).isEqualTo("Montant (€)");
      }
    } finally {
      try (ItDatasets datasets = new ItDatasets()) {
        datasets.catalogue().findByTable("finances", table).ifPresent(d -> {
          datasets.catalogue().delete(d.id(), "it");
          datasets.jdbc().update("DELETE FROM catalog.dataset WHERE id = ?", d.id());
        });
      }
      try (Connection admin = stack.trinoAs("admin"); Statement drop = admin.createStatement()) {
        drop.execute("DROP TABLE IF EXISTS internal.finances." + table);
      }
    }
  }

  @Test
  void aFileThatCannotBeReadIsExplainedInFrenchAndNotKept() throws Exception {
    PortalSession alice = PortalSession.signIn(stack, "alice");
    alice.get("/espace/depot");

    HttpResponse<String> badOption = alice.postFile("/espace/depot", Map.of("titre", "Dépôt", "format", "foo"),
        "fichier", "a.csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> unclosed = alice.postFile("/espace/depot", Map.of("titre", "Dépôt"),
        "fichier", "b.csv", "code;montant\nA1;1\n\"A2;2\nA3;3\n".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> noName = alice.postFile("/espace/depot", Map.of("titre", "Dépôt"),
        "fichier", "/", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8));

    assertThat(badOption.statusCode()).isEqualTo(200);
    assertThat(badOption.body()).contains("options de lecture invalides").doesNotContain("No enum constant");
    assertThat(unclosed.body()).contains("un guillemet ouvert n&#39;est jamais fermé");
    // a file name without a file in it (« / ») was a 500
    assertThat(noName.statusCode()).isEqualTo(200);
  }

  /** Ingestion's refusals are in the reader's language too, not in French whatever the page's language. */
  @Test
  void aFileThatCannotBeReadIsExplainedInEnglishUnderLangEn() {
    PortalSession alice = PortalSession.signIn(stack, "alice");
    alice.get("/espace/depot?lang=en");

    HttpResponse<String> unclosed = alice.postFile("/espace/depot?lang=en", Map.of("titre", "Upload"),
        "fichier", "b.csv", "code;montant\nA1;1\n\"A2;2\nA3;3\n".getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> badOption = alice.postFile("/espace/depot?lang=en", Map.of("titre", "Upload", "format", "foo"),
        "fichier", "a.csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> empty = alice.postFile("/espace/depot?lang=en", Map.of("titre", "Upload"),
        "fichier", "a.csv", new byte[0]);

    assertThat(badOption.body()).contains("invalid reading options").doesNotContain("options de lecture");
    assertThat(empty.body()).contains("choose a file that is not empty").doesNotContain("non vide");
    assertThat(unclosed.statusCode()).isEqualTo(200);
    assertThat(unclosed.body()).contains("malformed CSV file: a quote opened")
        .doesNotContain("mal formé");
  }

  @Test
  void partnerCannotReachTheUploadPage() {
    PortalSession chloe = PortalSession.signIn(stack, "chloe");

    assertThat(chloe.get("/espace/depot").statusCode()).isEqualTo(404);
  }
}
