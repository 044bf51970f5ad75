package fr.socle.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.testing.Stack;
import fr.socle.portal.testing.Browsers;
import fr.socle.portal.testing.PageChecks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/**
 * RGAA in the internal space too, where agents work all day: axe-core in headless Chromium finds no serious or
 * critical violation on the pages of an agent (catalogue, a dataset and its tabs, the SQL console, requests, keys,
 * upload) and of a data officer (classification, audit, publication, reports), in French and in English; none
 * scrolls sideways at 1280 CSS pixels, nor the agent's reading pages at 320 (RGAA 10.11). On the demo town.
 * Skipped, saying so, without Chromium or Node.js.
 */
class InternalPortalAccessibilityIT {
  private static final String BUDGET = "budget-primitif-2026";
  private static final String REPORTS = "signalements-citoyens";
  private final String portal = Stack.get().portalUrl().toString();

  @Test
  void theInternalPagesHaveNoSeriousOrCriticalAccessibilityViolation() throws Exception {
    PageChecks checks = PageChecks.load();
    List<String> violations = new ArrayList<>();
    List<String> agentPages = List.of("/espace", "/espace?q=budget", "/espace/jeux/" + BUDGET,
        "/espace/jeux/" + BUDGET + "/graphique", "/espace/jeux/" + BUDGET + "/historique", "/espace/sql",
        "/espace/demandes", "/espace/notifications", "/espace/acces", "/espace/cles-api", "/espace/depot",
        "/espace/jeux/" + BUDGET + "?lang=en");
    List<String> officerPages = List.of("/espace/classement", "/espace/classement/tableau",
        "/espace/classement/" + REPORTS, "/espace/audit", "/espace/publication", "/espace/signalements",
        "/espace/jeux/" + REPORTS + "/utilisation", "/espace/audit?lang=en");
    visit("alice", agentPages, checks, violations);
    visit("dora", officerPages, checks, violations);

    WebDriver narrow = Browsers.open();
    try {
      Browsers.signIn(narrow, portal, "alice");
      narrow.manage().window().setSize(new Dimension(320, 900));
      for (String page : List.of("/espace", "/espace/jeux/" + BUDGET, "/espace/jeux/" + BUDGET + "/graphique")) {
        narrow.get(portal + page);
        PageChecks.sideways(narrow, page + " at 320 px").ifPresent(violations::add);
      }
    } finally {
      narrow.quit();
    }
    violations.forEach(System.out::println);
    assertThat(violations).as("serious or critical axe-core violations, pages scrolling sideways (printed above)")
        .isEmpty();
  }

  private void visit(String user, List<String> pages, PageChecks checks, List<String> violations) {
    WebDriver browser = Browsers.open();
    try {
      Browsers.signIn(browser, portal, user);
      for (String page : pages) {
        browser.get(portal + page);
        assertThat(browser.getTitle()).as(user + " on " + page).doesNotContain("404", "introuvable", "Erreur");
        violations.addAll(checks.axeViolations(browser, user + " " + page));
        PageChecks.sideways(browser, user + " " + page).ifPresent(violations::add);
      }
    } finally {
      browser.quit();
    }
  }
}
