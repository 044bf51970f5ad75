package fr.socle.portal.access;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.testing.Stack;
import fr.socle.portal.testing.Api;
import fr.socle.portal.testing.Browsers;
import fr.socle.portal.testing.ItDatasets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * In a real browser: an agent signs in, finds a discoverable dataset in the catalogue, asks for access; the data
 * officer signs in and approves; the agent's page now shows the data.
 */
class AccessRequestBrowserIT {
  private static final String DATASET = "signalements-citoyens";
  private final String portal = Stack.get().portalUrl().toString();

  @Test
  void signInRequestApproveAndTheDataAppears() {
    WebDriver jules = Browsers.open();
    WebDriver dora = Browsers.open();
    String grantId = null;
    try {
      Browsers.signIn(jules, portal, "jules");
      assertThat(jules.findElement(By.tagName("h1")).getText()).isEqualTo("Catalogue interne");
      jules.findElement(By.id("q")).sendKeys("signalements");
      Browsers.clickAndWait(jules, By.cssSelector("form[role=search] button[type=submit]"));
      Browsers.clickAndWait(jules, By.linkText("Signalements des habitants sur l'espace public"));
      assertThat(jules.findElements(By.cssSelector("table.data"))).as("no rows before the grant").isEmpty();

      jules.findElement(By.id("finalite")).sendKeys("Étude des demandes d'intervention pour la commune voisine");
      WebElement duration = jules.findElement(By.id("duree"));
      duration.clear();
      duration.sendKeys("30");
      Browsers.clickAndWait(jules, By.cssSelector("form[action$='/demande'] button[type=submit]"));

      Browsers.signIn(dora, portal, "dora");
      dora.get(portal + "/espace/demandes");
      Browsers.clickAndWait(dora, By.xpath("//tr[td/span[text()='jules']]//a[contains(@href, '/espace/demandes/')]"));
      dora.findElement(By.id("convention")).sendKeys("Convention de test n° 1");
      Browsers.clickAndWait(dora, By.cssSelector("form[action$='/approuver'] button[type=submit]"));

      long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      boolean shown = false;
      while (!shown && System.nanoTime() < deadline) {
        jules.get(portal + "/espace/jeux/" + DATASET);
        shown = !jules.findElements(By.cssSelector("table.data tbody tr")).isEmpty();
      }
      assertThat(shown).as("the data appears on the agent's page after the approval").isTrue();
      grantId = grantOf("jules");
    } finally {
      jules.quit();
      dora.quit();
      if (grantId != null) {
        Api.as("dora").delete("/api/v1/grants/" + grantId + "?reason=fin+du+test");
      }
    }
  }

  /** The grant the approval created, to revoke it afterwards (the demo state stays as it was). */
  private static String grantOf(String user) {
    JsonNode managed = Api.json(Api.as("dora").get("/api/v1/grants")).path("managed");
    for (JsonNode grant : managed) {
      if (grant.path("dataset").asString().equals(DATASET) && grant.path("revoked_at").isNull()
          && grant.path("grantee").path("name").asString().equals("commune-voisine")) {
        return grant.path("id").asString();
      }
    }
    throw new AssertionError("no grant found for " + user + " in " + managed);
  }
}
