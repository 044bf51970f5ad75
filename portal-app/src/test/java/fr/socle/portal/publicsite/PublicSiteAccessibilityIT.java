package fr.socle.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.testing.Stack;
import fr.socle.portal.explore.Equipements;
import fr.socle.portal.testing.Browsers;
import fr.socle.portal.testing.ItPortal;
import fr.socle.portal.testing.OpenTestDatasets;
import fr.socle.portal.testing.PageChecks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * RGAA in the browser: axe-core injected into headless Chromium finds no serious or critical violation on the home
 * page, the catalogue, a dataset page, its table, its chart and its map with Leaflet running; no page scrolls
 * sideways, at 1280 CSS pixels wide nor at 320 (RGAA 10.11, reflow). Skipped, saying so, without Chromium or Node.js.
 */
class PublicSiteAccessibilityIT {

  @Test
  void thePublicPagesHaveNoSeriousOrCriticalAccessibilityViolation() throws Exception {
    WebDriver browser = Browsers.open();
    try {
      PageChecks checks = PageChecks.load();
      String suffix = Long.toHexString(System.nanoTime() & 0xffffff);
      String id = "it-a11y-" + suffix;
      try (OpenTestDatasets datasets = new OpenTestDatasets(Stack.get())) {
        Equipements.publish(datasets, "it_site", "a11y_" + suffix, id);
        String portal = ItPortal.url().toString();
        List<String> violations = new ArrayList<>();
        for (String page : List.of("/", "/jeux", "/jeux?q=" + suffix + "&format=geojson", "/jeux/" + id,
            "/jeux/" + id + "/tableau?tri=nb&ordre=desc", "/jeux/" + id + "/graphique?type=secteurs&par=commune",
            "/jeux/" + id + "/api", "/jeux/" + id + "/carte")) {
          browser.get(portal + page);
          if (page.endsWith("/carte")) {
            new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> !b.findElements(By.cssSelector(".leaflet-container .cell-marker")).isEmpty());
          }
          violations.addAll(checks.axeViolations(browser, page));
          PageChecks.sideways(browser, page).ifPresent(violations::add);
        }
        // the API tab's addresses each get a copy button named after what it copies, and a press says it is done
        browser.get(portal + "/jeux/" + id + "/api");
        List<org.openqa.selenium.WebElement> buttons = browser.findElements(By.cssSelector("dl.api-urls dd button"));
        assertThat(buttons).hasSameSizeAs(browser.findElements(By.cssSelector("dl.api-urls dd input[readonly]")));
        assertThat(buttons.getFirst().getText()).isEqualTo("Copier");
        assertThat(buttons.getFirst().getAttribute("aria-label")).isEqualTo("Copier : Description du jeu de données (JSON)");
        buttons.getFirst().click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.findElement(By.id("copie-statut")).getText()
            .equals("Adresse copiée : Description du jeu de données (JSON)"));
        // the checker itself works: an image without text alternative is a critical violation
        ((JavascriptExecutor) browser).executeScript(
            "var i = document.createElement('img'); i.src = 'data:,'; document.body.appendChild(i);");
        assertThat(checks.axeViolations(browser, "self-check")).anyMatch(line -> line.contains("image-alt"));
        // RGAA 10.11 (reflow): at 320 CSS pixels wide, reading needs no sideways scrolling of the page (a table
        // scrolls in its own box)
        browser.manage().window().setSize(new Dimension(320, 900));
        for (String page : List.of("/", "/jeux", "/jeux/" + id, "/jeux/" + id + "/tableau",
            "/jeux/" + id + "/graphique", "/jeux/" + id + "/api", "/jeux/" + id + "/signaler", "/api",
            "/mentions-legales", "/accessibilite", "/confidentialite")) {
          browser.get(portal + page);
          PageChecks.sideways(browser, page + " at 320 px").ifPresent(violations::add);
        }
        violations.forEach(System.out::println);
        assertThat(violations).as("serious or critical axe-core violations, pages scrolling sideways (printed above)")
            .isEmpty();
      }
    } finally {
      browser.quit();
    }
  }
}
