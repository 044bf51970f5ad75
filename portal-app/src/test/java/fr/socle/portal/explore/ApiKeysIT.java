package fr.socle.portal.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.lakehouse.testing.Stack;
import fr.socle.portal.testing.ItPortal;
import fr.socle.portal.testing.PortalSession;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** API keys: stored hashed, resolved, limited in number, revoked by their owner or an admin, and the page. */
class ApiKeysIT {
  private static final Pattern SECRET = Pattern.compile("(sk-[A-Za-z0-9_-]{32})");
  private static final Pattern REVOCATION = Pattern.compile("action=\"/espace/cles-api/([0-9a-f-]{36})/revocation\"");

  private static PGSimpleDataSource database() {
    Stack stack = Stack.get();
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(stack.jdbcUrl("socle"));
    dataSource.setUser("socle");
    dataSource.setPassword(stack.value("SOCLE_DB_PASSWORD"));
    return dataSource;
  }

  private static ApiKeys keys(int perOwner) {
    return new ApiKeys(database(), Clock.systemUTC(), 6000, perOwner);
  }

  @org.junit.jupiter.api.AfterAll
  static void forgetTestKeys() throws Exception {
    try (var connection = database().getConnection(); var statement = connection.createStatement()) {
      statement.execute("DELETE FROM explore.api_key WHERE owner LIKE 'it-owner-%'");
    }
  }

  @Test
  void aKeyIsShownOnceStoredHashedAndRevocableByItsOwnerOrAnAdmin() {
    ApiKeys keys = keys(2);
    String owner = "it-owner-" + System.nanoTime();
    ApiKeys.Created created = keys.create(owner, "mon appli");
    assertThat(created.secret()).startsWith("sk-").hasSizeGreaterThan(30);
    assertThat(keys.resolve(created.secret())).get().extracting(ApiKeys.ApiKey::owner).isEqualTo(owner);
    assertThat(keys.resolve(created.secret() + "x")).isEmpty();
    assertThat(keys.of(owner)).singleElement().extracting(ApiKeys.ApiKey::prefix)
        .isEqualTo(created.secret().substring(0, 8));

    ApiKeys.Created second = keys.create(owner, "deuxième");
    assertThatThrownBy(() -> keys.create(owner, "troisième")).hasMessageContaining("2 clés actives");

    assertThat(keys.revoke(created.key().id(), "someone-else", false)).isFalse();
    assertThat(keys.revoke(created.key().id(), owner, false)).isTrue();
    assertThat(keys.resolve(created.secret())).isEmpty();
    assertThat(keys.revoke(second.key().id(), "admin", true)).isTrue();
    assertThat(keys.resolve(second.secret())).isEmpty();
    assertThat(keys.of(owner)).allMatch(k -> !k.active());
  }

  /** Through the pages, signed in on the portal under test. */
  @Test
  void aSignedInPersonCreatesUsesAndRevokesAKey() {
    PortalSession alice = ItPortal.signIn("alice");
    HttpResponse<String> page = alice.get("/espace/cles-api");
    assertThat(page.statusCode()).isEqualTo(200);
    HttpResponse<String> created = alice.post("/espace/cles-api", Map.of("name", "it " + System.nanoTime()));
    assertThat(created.statusCode()).isEqualTo(200);
    Matcher secret = SECRET.matcher(created.body());
    assertThat(secret.find()).as(created.body()).isTrue();
    HttpResponse<String> used = ExplorePortal.get("/catalog/datasets", "Authorization", "Apikey " + secret.group(1));
    assertThat(used.statusCode()).isEqualTo(200);
    assertThat(used.headers().firstValue("X-RateLimit-Limit").orElseThrow()).isEqualTo("6000");
    // dates as the page's language writes them, on Paris' clock
    assertThat(created.body()).containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    Matcher revocation = REVOCATION.matcher(created.body());
    assertThat(revocation.find()).isTrue();
    HttpResponse<String> revoked = alice.post("/espace/cles-api/" + revocation.group(1) + "/revocation", Map.of());
    assertThat(revoked.statusCode()).isEqualTo(200);
    // revoked in the same portal that resolves keys: its cache is cleared, the key is refused at once
    HttpResponse<String> refused = ExplorePortal.get("/catalog/datasets?apikey=" + secret.group(1));
    assertThat(refused.statusCode()).isEqualTo(401);
  }
}
