package fr.socle.portal.load;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.ingest.Ingestion;
import fr.socle.lakehouse.ingest.IngestionException;
import fr.socle.lakehouse.ingest.Message;
import fr.socle.lakehouse.ingest.RowError;
import fr.socle.lakehouse.ingest.ValidationReport;
import fr.socle.portal.lakehouse.LakehouseSettings;
import fr.socle.portal.notification.Notifications;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The upload pages tell why a file was refused in the reader's language: the refusal on the upload form, and a
 * job's refusal, rows and counts on its page, read (possibly later) in French or in English ({@code ?lang=en}).
 */
@WebMvcTest(UploadPageController.class)
@WithMockUser(username = "alice", roles = "AGENT")
class UploadPageControllerTest {
  private static final Message NUMBER = Message.of("row.expected.double");

  @Autowired MockMvc mvc;
  @MockitoBean Ingestion ingestion;
  @MockitoBean Catalogue catalogue;
  @MockitoBean UploadJobs jobs;
  @MockitoBean Notifications notifications;
  @MockitoBean fr.socle.portal.identity.Directory directory;
  /** No Keycloak in a unit test: the sign-in client is not discovered from its issuer. */
  @MockitoBean ClientRegistrationRepository clientRegistrations;

  @TestConfiguration
  @EnableConfigurationProperties(LakehouseSettings.class)
  static class Settings {}

  /** Uploads go to a folder of this test's own, never the running portal's; the tiers are never reached. */
  @DynamicPropertySource
  static void lakehouse(DynamicPropertyRegistry properties) throws IOException {
    Path dataDir = Files.createTempDirectory("socle-upload-test");
    properties.add("socle.lakehouse.data-dir", dataDir::toString);
    properties.add("socle.lakehouse.internal.warehouse", () -> dataDir.resolve("internal").toUri().toString());
    properties.add("socle.lakehouse.open.warehouse", () -> dataDir.resolve("open").toUri().toString());
  }

  @Test
  void aRefusedFileIsExplainedInTheReadersLanguage() throws Exception {
    when(ingestion.inspect(any(Path.class), any(), any())).thenThrow(new IngestionException(
        IngestionException.Code.MALFORMED_FILE, Message.of("csv.unclosedQuote", 4)));
    MockMultipartFile file = new MockMultipartFile("fichier", "b.csv", "text/csv",
        "code;montant\nA1;1\n\"A2;2\nA3;3\n".getBytes(StandardCharsets.UTF_8));

    mvc.perform(multipart("/espace/depot").file(file).param("titre", "Dépôt").param("lang", "en").with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("malformed CSV file: a quote opened (line 4) is never closed")))
        .andExpect(content().string(not(containsString("mal formé"))));
    mvc.perform(multipart("/espace/depot").file(file).param("titre", "Dépôt").with(csrf()))
        .andExpect(content().string(containsString("fichier CSV mal formé : un guillemet ouvert")));
  }

  @Test
  void aRefusedJobIsReadInTheLanguageOfWhoeverLooksAtIt() throws Exception {
    ValidationReport report = new ValidationReport(2, List.of(new RowError(3, "montant", "12,5a", NUMBER),
        new RowError(5, "montant", "beaucoup", NUMBER)), List.of(new ValidationReport.Count("montant", NUMBER, 2)));
    UploadJobs.Job job = new UploadJobs.Job("j1", "alice", "création de finances.budget", UploadJobs.State.REFUSED,
        10, 10, 0, Instant.parse("2026-12-01T09:30:00Z"), Instant.parse("2026-12-01T09:30:02Z"), null,
        Message.of("load.invalidRows", 2), null, "INVALID_ROWS", report);
    when(jobs.find(eq("j1"), eq("alice"))).thenReturn(Optional.of(job));

    mvc.perform(get("/espace/depot/suivi/j1").param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("the file has 2 errors: nothing was loaded")))
        .andExpect(content().string(containsString("montant: number expected")))
        .andExpect(content().string(containsString("<td>number expected</td>")))
        .andExpect(content().string(not(containsString("nombre attendu"))));
    mvc.perform(get("/espace/depot/suivi/j1").param("lang", "fr"))
        .andExpect(content().string(containsString("le fichier compte 2 erreurs : rien n&#39;a été chargé")))
        .andExpect(content().string(containsString("montant : nombre attendu")))
        .andExpect(content().string(containsString("<td>nombre attendu</td>")));
  }
  /**
   * A running load's page updates itself in place through its script (a reload would take a screen reader back to
   * the top); without script it reloads; the script reads where the load stands in the reader's language.
   */
  @Test
  void aRunningLoadIsFollowedInPlaceWithAReloadOnlyWithoutScript() throws Exception {
    UploadJobs.Job job = new UploadJobs.Job("j2", "alice", "ajout à finances.budget", UploadJobs.State.RUNNING,
        40, 100, 1_000, Instant.parse("2026-12-01T09:30:00Z"), null, null, null, null, null,
        new ValidationReport(0, List.of(), List.of()));
    when(jobs.find(eq("j2"), eq("alice"))).thenReturn(Optional.of(job));

    mvc.perform(get("/espace/depot/suivi/j2"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>")))
        .andExpect(content().string(containsString("data-etat=\"/espace/depot/suivi/j2/etat\"")))
        .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*/js/suivi(-[0-9a-f]{32})?\\.js.*")));
    mvc.perform(get("/espace/depot/suivi/j2").param("auto", "false"))
        .andExpect(content().string(not(containsString("refresh\" content"))))
        .andExpect(content().string(not(containsString("suivi.js"))))
        .andExpect(content().string(not(containsString("data-etat"))));
    mvc.perform(get("/espace/depot/suivi/j2/etat").param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.done").value(false))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.percent").value(40))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.counts")
            .value("40 % of the file read, 1,000 rows written"));
    mvc.perform(get("/espace/depot/suivi/autre/etat")).andExpect(status().isNotFound());
  }
}
