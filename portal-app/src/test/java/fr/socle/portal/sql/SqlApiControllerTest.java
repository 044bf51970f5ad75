package fr.socle.portal.sql;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.socle.lakehouse.query.QueryException;
import fr.socle.portal.notification.Notifications;
import fr.socle.portal.system.RateLimited;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** How the console's API answers refusals, failures and the quota: problem+json, the right status, no internals. */
@WebMvcTest(SqlApiController.class)
@WithMockUser(username = "alice", roles = "AGENT")
class SqlApiControllerTest {
  @Autowired MockMvc mvc;
  @MockitoBean SqlConsole console;
  @MockitoBean Notifications notifications;
  @MockitoBean fr.socle.portal.identity.Directory directory;
  /** No Keycloak in a unit test: the sign-in client is not discovered from its issuer. */
  @MockitoBean ClientRegistrationRepository clientRegistrations;

  @Test
  void aRefusedStatementIsABadRequestProblemInFrench() throws Exception {
    when(console.run(any(), eq("DROP TABLE t"), anyLong(), any())).thenThrow(new QueryException(
        QueryException.Code.NOT_READ_ONLY, "la console n'exécute que des lectures : instruction DROP TABLE refusée"));

    mvc.perform(post("/api/v1/sql").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"sql\": \"DROP TABLE t\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://socle.fr/problemes/requete-not-read-only"))
        .andExpect(jsonPath("$.detail").value("la console n'exécute que des lectures : instruction DROP TABLE refusée"));
  }

  @Test
  void overTheQuotaIsA429WithRetryAfter() throws Exception {
    when(console.run(any(), any(), anyLong(), any())).thenThrow(new RateLimited("trop de requêtes", 12));

    mvc.perform(post("/api/v1/sql").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"sql\": \"SELECT 1\"}"))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", "12"))
        .andExpect(jsonPath("$.type").value("https://socle.fr/problemes/trop-de-requetes"));
  }

  @Test
  void aTrinoFailureNeverShowsItsOwnMessage() throws Exception {
    when(console.run(any(), any(), anyLong(), any())).thenThrow(new QueryException(
        QueryException.Code.UNAVAILABLE, "le moteur de requêtes est indisponible",
        new java.sql.SQLException("Connection refused to 127.0.0.1:8443 internal.finances.secret")));

    mvc.perform(post("/api/v1/sql").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"sql\": \"SELECT 1\"}"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.detail").value("le moteur de requêtes est indisponible"))
        .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret"))));
  }
}
