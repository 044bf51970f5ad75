package fr.socle.portal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages (chromium, chromium-driver), driven by Selenium without any download:
 * the browser and the driver are the system's.
 */
public final class Browsers {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Browsers() {}

  public static WebDriver open() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "headless Chromium is not installed (Debian packages chromium and chromium-driver)");
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
          "--disable-quic", "--window-size=1280,1000", "--lang=fr-FR",
          "--user-data-dir=" + Files.createTempDirectory("socle-chromium"));
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
      return driver;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signs in through Keycloak's real login page, starting from a page of the internal space. */
  public static void signIn(WebDriver browser, String portal, String user) {
    browser.get(portal + "/espace");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(user);
    clickAndWait(browser, By.id("kc-login"));
  }

  /**
   * Clicks what leads to another page (a link, a form's button) and returns once that page replaced the current one
   * and finished loading: a look-up right after a bare click may still find the old page's elements, which then go
   * stale, and one while the new page still loads may find a node Chromium then says is not in the document (seen
   * once in CI, typing into the approval form).
   */
  public static void clickAndWait(WebDriver browser, By target) {
    WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(target).click();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.stalenessOf(page));
    wait.until(loaded -> "complete".equals(((JavascriptExecutor) loaded).executeScript("return document.readyState")));
  }
}
