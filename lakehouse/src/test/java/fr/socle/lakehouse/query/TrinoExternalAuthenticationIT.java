package fr.socle.lakehouse.query;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.testing.Browser;
import fr.socle.lakehouse.testing.Stack;
import io.trino.jdbc.TestingRedirectHandlerInjector;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A person with single sign-on and no password for a token request: the JDBC driver (as DBeaver uses it, with
 * {@code externalAuthentication=true}) sends them through Trino's OAuth2 flow to Keycloak's login page in a
 * browser, and then queries as them.
 */
class TrinoExternalAuthenticationIT {
  private final Stack stack = Stack.get();

  @AfterEach
  void restoreRedirectHandler() {
    TestingRedirectHandlerInjector.setRedirectHandler(uri -> {
      throw new IllegalStateException("no browser in tests");
    });
  }

  @Test
  void biToolSignsInThroughTheBrowserFlowAndQueriesAsThePerson() throws Exception {
    Browser browser = new Browser(Path.of(stack.trinoTruststore()));
    AtomicInteger redirects = new AtomicInteger();
    TestingRedirectHandlerInjector.setRedirectHandler(uri -> {
      redirects.incrementAndGet();
      browser.signInFrom(uri, "bruno", "bruno");
    });
    Properties properties = new Properties();
    properties.setProperty("SSL", "true");
    properties.setProperty("SSLTrustStorePath", stack.trinoTruststore());
    properties.setProperty("externalAuthentication", "true");
    properties.setProperty("externalAuthenticationTimeout", "30s");

    try (Connection connection = DriverManager.getConnection(stack.trinoJdbcUrl(), properties);
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT current_user")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("bruno");
    }
    assertThat(redirects.get()).isEqualTo(1);
  }
}
