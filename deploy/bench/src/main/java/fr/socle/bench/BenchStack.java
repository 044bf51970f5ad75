package fr.socle.bench;

import fr.socle.lakehouse.iceberg.Tier;
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
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The running stack a benchmark talks to, read from {@code $SOCLE_HOME/stack.env} and {@code secrets.env} (default
 * {@code var/local}): its ports, certificate, databases and warehouses, and admin's Trino connections (the shared
 * stack's Keycloak or decision point may refuse for a moment: tokens and statements are tried again).
 */
public final class BenchStack {
  private final Path home;
  private final Map<String, String> env;
  private String cachedToken;
  private long cachedAt;

  private BenchStack(Path home, Map<String, String> env) {
    this.home = home;
    this.env = env;
  }

  public static BenchStack fromEnvironment() {
    Path home = Path.of(System.getenv().getOrDefault("SOCLE_HOME", "var/local"));
    Map<String, String> env = new HashMap<>();
    try {
      for (String file : List.of("stack.env", "secrets.env")) {
        for (String line : Files.readAllLines(home.resolve(file))) {
          int eq = line.indexOf('=');
          if (!line.startsWith("#") && eq > 0) {
            env.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("no stack description under " + home + " (is the stack up?)", e);
    }
    return new BenchStack(home, env);
  }

  /** The stack's directory ({@code $SOCLE_HOME}): its processes' pid files, its PostgreSQL data. */
  public Path home() {
    return home;
  }

  public String value(String name) {
    String value = env.get(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not in the stack's environment");
    }
    return value;
  }

  public String portalUrl() {
    String given = System.getenv("BENCH_PORTAL");
    return given != null && !given.isBlank() ? given : "http://127.0.0.1:" + value("SOCLE_PORTAL_PORT");
  }

  public String trinoUrl() {
    return "https://127.0.0.1:" + value("SOCLE_TRINO_PORT");
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + value("SOCLE_PG_PORT") + "/" + database;
  }

  /** Socle's own metadata database. */
  public PGSimpleDataSource socleDatabase() {
    PGSimpleDataSource db = new PGSimpleDataSource();
    db.setUrl(jdbcUrl("socle"));
    db.setUser("socle");
    db.setPassword(value("SOCLE_DB_PASSWORD"));
    return db;
  }

  public Tier internalTier() {
    return Tier.open(new TierSettings("internal", jdbcUrl("iceberg_internal"), "iceberg_internal",
        value("ICEBERG_INTERNAL_PASSWORD"), value("SOCLE_WAREHOUSE_INTERNAL"), null));
  }

  public Tier openTier() {
    return Tier.open(new TierSettings("open", jdbcUrl("iceberg_open"), "iceberg_open",
        value("ICEBERG_OPEN_PASSWORD"), value("SOCLE_WAREHOUSE_OPEN"), null));
  }

  /** A Trino connection as admin over HTTPS with admin's Keycloak token. */
  public Connection trinoAdmin() throws SQLException {
    return trino("admin", adminToken(), value("SOCLE_TRINO_PORT"));
  }

  /** A Trino connection over HTTPS on a loopback port (the stack's or a benchmark's own server) with a token. */
  public Connection trino(String user, String accessToken, String port) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("accessToken", accessToken);
    properties.setProperty("SSL", "true");
    properties.setProperty("SSLTrustStorePath", value("SOCLE_TRINO_TRUSTSTORE"));
    return DriverManager.getConnection("jdbc:trino://127.0.0.1:" + port, properties);
  }

  /** Runs a statement as admin; the decision point of a shared stack restarts now and then: tries again. */
  public void admin(String sql) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = trinoAdmin(); Statement statement = connection.createStatement()) {
        statement.execute(sql);
        return;
      } catch (SQLException e) {
        if (attempt == 5 || !String.valueOf(e.getMessage()).contains("OPA")) {
          throw e;
        }
        System.out.println("    (decision point unavailable, trying again)");
        pause(15_000, e);
      }
    }
  }

  /** Admin's token (the dev realm's password is the user name unless BENCH_ADMIN_PASSWORD), kept a minute. */
  public synchronized String adminToken() {
    if (cachedToken != null && System.nanoTime() - cachedAt < 60_000_000_000L) {
      return cachedToken;
    }
    String password = System.getenv().getOrDefault("BENCH_ADMIN_PASSWORD", "admin");
    for (int attempt = 1; ; attempt++) {
      try {
        cachedToken = token("admin", password);
        cachedAt = System.nanoTime();
        return cachedToken;
      } catch (IllegalStateException refused) {
        if (attempt == 6) {
          throw refused;
        }
        pause(3_000L * attempt, refused);
      }
    }
  }

  /** A token from the dev realm's {@code socle-cli} client (direct access grant). */
  public String token(String user, String password) {
    String form = "grant_type=password&client_id=socle-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
              "http://127.0.0.1:" + value("SOCLE_KEYCLOAK_PORT") + "/realms/socle/protocol/openid-connect/token"))
          .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
          .build(), HttpResponse.BodyHandlers.ofString());
      Matcher matcher = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
      if (response.statusCode() != 200 || !matcher.find()) {
        throw new IllegalStateException("Keycloak refused " + user + "'s token: HTTP " + response.statusCode());
      }
      return matcher.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static <E extends Exception> void pause(long millis, E cause) throws E {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw cause;
    }
  }
}
