package fr.socle.portal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * RGAA checks of the page a browser shows: axe-core (npm, pinned in {@code src/test/axe/package-lock.json}) and
 * reflow (no sideways scrolling of the page as a whole). Skips the test, saying so, without Node.js.
 */
public final class PageChecks {
  private static final Set<String> BLOCKING = Set.of("serious", "critical");
  private final String axe;

  private PageChecks(String axe) {
    this.axe = axe;
  }

  public static PageChecks load() throws IOException, InterruptedException {
    Path work = NodeTools.install("axe", "the axe-core accessibility test");
    return new PageChecks(Files.readString(work.resolve("node_modules/axe-core/axe.min.js")));
  }

  /** The serious and critical axe-core violations of the page shown, one line each (all of them printed). */
  public List<String> axeViolations(WebDriver browser, String page) {
    JsonNode found = run(browser);
    List<String> ids = new ArrayList<>();
    found.forEach(v -> ids.add(v.path("id").asString() + ":" + v.path("impact").asString("")));
    System.out.println("axe-core on " + page + ": " + found.size() + " violation(s) of any impact " + ids);
    return blocking(page, found);
  }

  /**
   * The page scrolls sideways: wider than the window as a whole (what scrolls in its own box does not count).
   * Measured once its stylesheets apply: a page measured unstyled would be wide for no fault of its own.
   */
  public static Optional<String> sideways(WebDriver browser, String page) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> Boolean.TRUE.equals(((JavascriptExecutor) b)
          .executeScript("return document.readyState === 'complete' && document.styleSheets.length"
              + " >= document.querySelectorAll('link[rel=stylesheet]').length;")));
    } catch (TimeoutException e) {
      return Optional.of(page + " — its stylesheets did not load within 15 s");
    }
    Object found = ((JavascriptExecutor) browser).executeScript("""
        var e = document.documentElement;
        if (e.scrollWidth <= e.clientWidth) return null;
        var past = Array.from(document.body.querySelectorAll('*')).filter(function (n) {
          var r = n.getBoundingClientRect(); return r.width > 0 && r.right > e.clientWidth + 1;
        }).slice(0, 5).map(function (n) { var c = n.getAttribute('class'); return n.tagName.toLowerCase() + (c ? '.' + c : ''); });
        return e.scrollWidth + ' > ' + e.clientWidth + ' CSS pixels, past the edge: ' + past.join(', ');""");
    return Optional.ofNullable(found).map(widths -> page + " — the page scrolls sideways: " + widths);
  }

  private JsonNode run(WebDriver browser) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(axe);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "axe.run(document, {resultTypes: ['violations']})"
        + ".then(function (r) { done(JSON.stringify(r.violations)); })"
        + ".catch(function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])); });");
    return JsonMapper.builder().build().readTree(String.valueOf(result));
  }

  /** Each blocking violation as a line: page, rule, impact, help, and the elements concerned. */
  private static List<String> blocking(String page, JsonNode violations) {
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
