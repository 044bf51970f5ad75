package fr.socle.lakehouse.testing;

import fr.socle.lakehouse.iceberg.TierSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real stack the integration tests run against, as started by {@code deploy/local/up} (by {@code deploy/test},
 * or by hand). Found through {@code SOCLE_HOME} (default: the repository's {@code var/test}); ports come from the
 * {@code stack.env} file {@code up} writes there, secrets from its {@code secrets.env}.
 */
public final class Stack {
  private static volatile Stack instance;

  private final Path home;
  private final Map<String, String> env;
  private final HttpClient http = HttpClient.newHttpClient();

  private Stack(Path home, Map<String, String> env) {
    this.home = home;
    this.env = env;
  }

  public static Stack get() {
    Stack stack = instance;
    if (stack == null) {
      synchronized (Stack.class) {
        if (instance == null) {
          instance = load();
        }
        stack = instance;
      }
    }
    return stack;
  }

  private static Stack load() {
    String configured = System.getenv("SOCLE_HOME");
    Path home = configured != null ? Path.of(configured) : repositoryRoot().resolve("var/test");
    Path stackEnv = home.resolve("stack.env");
    if (!Files.isRegularFile(stackEnv)) {
      throw new IllegalStateException(
          "no Socle stack in " + home + ": run deploy/test, or deploy/local/up with SOCLE_HOME set");
    }
    Map<String, String> env = new HashMap<>();
    env.putAll(readEnv(stackEnv));
    env.putAll(readEnv(home.resolve("secrets.env")));
    return new Stack(home, Map.copyOf(env));
  }

  public static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("deploy/local"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("not inside the Socle repository");
    }
    return dir;
  }

  private static Map<String, String> readEnv(Path file) {
    Map<String, String> values = new HashMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        int eq = line.indexOf('=');
        if (!line.startsWith("#") && eq > 0) {
          values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return values;
  }

  public Path home() {
    return home;
  }

  public String value(String name) {
    String value = env.get(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set for the stack in " + home);
    }
    return value;
  }

  public int port(String name) {
    return Integer.parseInt(value(name));
  }

  public URI keycloakUrl() {
    return URI.create("http://127.0.0.1:" + port("SOCLE_KEYCLOAK_PORT"));
  }

  public URI portalUrl() {
    return URI.create("http://127.0.0.1:" + port("SOCLE_PORTAL_PORT"));
  }

  public URI decisionPointUrl() {
    return URI.create("http://127.0.0.1:" + port("SOCLE_DECISION_PORT"));
  }

  public String trinoJdbcUrl() {
    return "jdbc:trino://127.0.0.1:" + port("SOCLE_TRINO_PORT");
  }

  public String trinoTruststore() {
    return value("SOCLE_TRINO_TRUSTSTORE");
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port("SOCLE_PG_PORT") + "/" + database;
  }

  /** The internal tier's Iceberg catalogue, as the stack's Trino catalog {@code internal} sees it. */
  public TierSettings internalTier() {
    return new TierSettings("internal", jdbcUrl("iceberg_internal"), "iceberg_internal",
        value("ICEBERG_INTERNAL_PASSWORD"), value("SOCLE_WAREHOUSE_INTERNAL"), null);
  }

  /** The open tier's Iceberg catalogue, as the stack's Trino catalog {@code open} sees it. */
  public TierSettings openTier() {
    return new TierSettings("open", jdbcUrl("iceberg_open"), "iceberg_open", value("ICEBERG_OPEN_PASSWORD"),
        value("SOCLE_WAREHOUSE_OPEN"), null);
  }

  /** Socle's own database (catalogue, portal, publication schemas), as the portal uses it. */
  public javax.sql.DataSource socleDatabase() {
    org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
    dataSource.setUrl(jdbcUrl("socle"));
    dataSource.setUser("socle");
    dataSource.setPassword(value("SOCLE_DB_PASSWORD"));
    return dataSource;
  }

  /** A Trino connection as the public portal's principal, which may read the open tier only. */
  public Connection trinoAsPublic() throws SQLException {
    return trino("service-account-socle-public", publicServiceToken());
  }

  /** A person's access token from the dev realm (socle-cli, direct grant; demo passwords equal user names). */
  public String tokenFor(String user) {
    return tokenFor(user, user);
  }

  public String tokenFor(String user, String password) {
    return token("grant_type=password&client_id=socle-cli&username=" + encode(user) + "&password=" + encode(password));
  }

  /** The internal portal's service-account token (client credentials). */
  public String portalServiceToken() {
    return token("grant_type=client_credentials&client_id=socle-portal&client_secret="
        + encode(value("PORTAL_CLIENT_SECRET")));
  }

  /** The public portal's service-account token (client credentials). */
  public String publicServiceToken() {
    return token("grant_type=client_credentials&client_id=socle-public&client_secret="
        + encode(value("PUBLIC_CLIENT_SECRET")));
  }

  /** A Trino connection authenticated with the token, as a BI tool or the CLI would open it. */
  public Connection trino(String user, String token) throws SQLException {
    return trino(user, token, null);
  }

  public Connection trino(String user, String token, String sessionUser) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("accessToken", token);
    properties.setProperty("SSL", "true");
    properties.setProperty("SSLTrustStorePath", trinoTruststore());
    if (sessionUser != null) {
      properties.setProperty("sessionUser", sessionUser);
    }
    return DriverManager.getConnection(trinoJdbcUrl(), properties);
  }

  /** A person's Trino connection: token from Keycloak, no portal in between. */
  public Connection trinoAs(String user) throws SQLException {
    return trino(user, tokenFor(user));
  }

  private String token(String form) {
    HttpRequest request = HttpRequest.newBuilder(
            URI.create(keycloakUrl() + "/realms/socle/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      Matcher matcher = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
      if (response.statusCode() != 200 || !matcher.find()) {
        throw new IllegalStateException("Keycloak refused the token request: HTTP " + response.statusCode());
      }
      return matcher.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
