package fr.socle.portal.explore;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.policies.access.Role;
import fr.socle.policies.access.Subject;
import fr.socle.portal.testing.Templates;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The Explore pages render in both languages with the layout (a template error fails here, not in production). */
class ExplorePagesRenderTest {

  private static String render(String template, Locale locale, java.util.Map<String, Object> variables) {
    SpringTemplateEngine engine = Templates.engine();
    MockServletContext servletContext = new MockServletContext();
    MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/api");
    var exchange = JakartaServletWebApplication.buildApplication(servletContext)
        .buildExchange(request, new MockHttpServletResponse());
    WebContext context = new WebContext(exchange, locale);
    context.setVariable("me", new Subject("alice", Set.of(Role.AGENT), Set.of()));
    context.setVariable("signedIn", true);
    context.setVariable("isAgent", true);
    context.setVariable("isPartner", false);
    context.setVariable("isDataOfficer", false);
    context.setVariable("isAdmin", true);
    context.setVariable("unreadNotifications", 0);
    context.setVariables(variables);
    return engine.process(template, context);
  }

  @Test
  void theApiPageRendersExamplesInFrenchAndEnglish() {
    java.util.Map<String, Object> model = java.util.Map.of("base", "http://localhost/api/explore/v2.1",
        "datasetId", "equipements", "textField", "nom", "geo", true);
    String french = render("api", Locale.FRENCH, model);
    assertThat(french).contains("API des données ouvertes")
        .contains("http://localhost/api/explore/v2.1/catalog/datasets/equipements/records?where=nom%20like%20%22A%25%22&amp;limit=100")
        .contains("within_distance");
    assertThat(render("api", Locale.ENGLISH, model)).contains("Ready-to-copy examples");
  }

  @Test
  void theApiKeysPageRendersKeysTheNewSecretAndTheAdminList() {
    ApiKeys.ApiKey key = new ApiKeys.ApiKey(UUID.fromString("00000000-0000-0000-0000-000000000001"), "alice",
        "mon appli", "sk-abcde", 6000, Instant.parse("2026-01-01T10:00:00Z"), null, null, null);
    ApiKeysPageController.Row row = new ApiKeysPageController.Row(key, 5999, "2026-01-01 11:00", "—");
    String page = render("espace/cles-api", Locale.FRENCH, java.util.Map.of("keys", List.of(row), "admin", true,
        "allKeys", List.of(row), "created", new ApiKeys.Created(key, "sk-secret-shown-once")));
    assertThat(page).contains("sk-secret-shown-once").contains("mon appli").contains("5999")
        .contains("/espace/cles-api/00000000-0000-0000-0000-000000000001/revocation")
        .contains("Toutes les clés (administration)");
    assertThat(render("espace/cles-api", Locale.ENGLISH, java.util.Map.of("keys", List.of(), "admin", false)))
        .contains("You have no key.");
  }
}
