package fr.socle.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.testing.Stack;
import fr.socle.portal.explore.Equipements;
import fr.socle.portal.testing.Browsers;
import fr.socle.portal.testing.ItPortal;
import fr.socle.portal.testing.NodeTools;
import fr.socle.portal.testing.OpenTestDatasets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * RGAA in the browser: axe-core (npm, pinned in {@code src/test/axe/package-lock.json}) injected into headless
 * Chromium finds no serious or critical violation on the home page, the catalogue, a dataset page, its table, its
 * chart and its map with Leaflet running; no page scrolls sideways, at 1280 CSS pixels wide nor at 320 (RGAA 10.11,
 * reflow). Skipped, saying so, without Chromium or Node.js.
 */
class PublicSiteAccessibilityIT {
  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  @Test
  void thePublicPagesHaveNoSeriousOrCriticalAccessibilityViolation() throws Exception {
    WebDriver browser = Browsers.open();
    try {
      Path work = NodeTools.install("axe", "the axe-core accessibility test");
      String axe = Files.readString(work.resolve("node_modules/axe-core/axe.min.js"));
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
          JsonNode found = run(browser, axe);
          System.out.println("axe-core on " + page + ": " + found.size() + " violation(s) of any impact "
              + ids(found));
          violations.addAll(blocking(page, found));
          sideways(browser, page).ifPresent(violations::add);
        }
        // RGAA 10.11 (reflow): at 320 CSS pixels wide, reading needs no sideways scrolling of the page (a table
        // scrolls in its own box)
        browser.manage().window().setSize(new Dimension(320, 900));
        for (String page : List.of("/", "/jeux", "/jeux/" + id, "/jeux/" + id + "/tableau",
            "/jeux/" + id + "/graphique", "/jeux/" + id + "/api")) {
          browser.get(portal + page);
          sideways(browser, page + " at 320 px").ifPresent(violations::add);
        }
        // the checker itself works: an image without text alternative is a critical violation
        ((JavascriptExecutor) browser).executeScript(
            "var i = document.createElement('img'); i.src = 'data:,'; document.body.appendChild(i);");
        assertThat(blocking("self-check", run(browser, axe))).anyMatch(line -> line.contains("image-alt"));
        violations.forEach(System.out::println);
        assertThat(violations).as("serious or critical axe-core violations (printed above)").isEmpty();
      }
    } finally {
      browser.quit();
    }
  }

  /** The page scrolls sideways: wider than the window, as a whole (what scrolls inside its own box does not count). */
  private static java.util.Optional<String> sideways(WebDriver browser, String page) {
    Object found = ((JavascriptExecutor) browser).executeScript("""
        var e = document.documentElement;
        if (e.scrollWidth <= e.clientWidth) return null;
        var past = Array.from(document.body.querySelectorAll('*')).filter(function (n) {
          var r = n.getBoundingClientRect(); return r.width > 0 && r.right > e.clientWidth + 1;
        }).slice(0, 5).map(function (n) { return n.tagName.toLowerCase() + (n.className ? '.' + n.className : ''); });
        return e.scrollWidth + ' > ' + e.clientWidth + ' CSS pixels, past the edge: ' + past.join(', ');""");
    return java.util.Optional.ofNullable(found).map(widths -> page + " — the page scrolls sideways: " + widths);
  }

  private static JsonNode run(WebDriver browser, String axe) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(axe);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "axe.run(document, {resultTypes: ['violations']})"
        + ".then(function (r) { done(JSON.stringify(r.violations)); })"
        + ".catch(function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])); });");
    return JsonMapper.builder().build().readTree(String.valueOf(result));
  }

  private static List<String> ids(JsonNode violations) {
    List<String> ids = new ArrayList<>();
    violations.forEach(v -> ids.add(v.path("id").asString() + ":" + v.path("impact").asString("")));
    return ids;
  }

  /** Each blocking violation as a line: page, rule, impact, help, and the elements concerned. */
  static List<String> blocking(String page, JsonNode violations) {
    List<String> lines = new ArrayList<>();
    for (JsonNode violation : violations) {
      String impact = violation.path("impact").asString("");
      if (!BLOCKING.contains(impact)) {
        continue;
      }
      List<String> targets = new ArrayList<>();
      for (JsonNode node : violation.path("nodes")) {
        targets.add(node.path("target").toString() + " " + node.path("failureSummary").asString(""));
      }
      lines.add(page + " — " + violation.path("id").asString() + " (" + impact + "): "
          + violation.path("help").asString() + " " + targets);
    }
    return lines;
  }
}
