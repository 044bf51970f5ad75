package fr.socle.lakehouse.query;

import fr.socle.policies.access.Principals;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Opens Trino connections for one principal (a service account), acting for end users. Trino checks the
 * principal's token, then whether it may impersonate the session user, then every access as that user.
 */
public final class TrinoGateway {
  private final TrinoSettings settings;
  private final String principal;
  private final Supplier<String> token;
  private final Runnable tokenRefused;

  static {
    try {
      Class.forName("io.trino.jdbc.TrinoDriver");
    } catch (ClassNotFoundException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * @param principal the service account's user name in Trino (Keycloak's {@code preferred_username})
   * @param token supplies a valid access token for that principal (renewed by the caller as needed)
   */
  public TrinoGateway(TrinoSettings settings, String principal, Supplier<String> token) {
    this(settings, principal, token, () -> {});
  }

  /**
   * @param tokenRefused called when Trino refuses the token (the identity provider's keys changed): the supplier
   *     should then fetch a new one; the connection is retried once
   */
  public TrinoGateway(TrinoSettings settings, String principal, Supplier<String> token, Runnable tokenRefused) {
    this.settings = settings;
    this.principal = principal;
    this.token = token;
    this.tokenRefused = tokenRefused;
  }

  /** A connection whose statements run as {@code endUser}. */
  public Connection connectAs(String endUser) throws SQLException {
    if (Principals.ADMIN.equals(endUser)) {
      throw new SQLException("Socle never acts as admin on a user's behalf");
    }
    return connect(endUser.equals(principal) ? null : endUser);
  }

  /** A connection as the principal itself (platform jobs: promotion, scans). */
  public Connection connectAsPrincipal() throws SQLException {
    return connect(null);
  }

  private Connection connect(@org.jspecify.annotations.Nullable String sessionUser) throws SQLException {
    Properties properties = baseProperties();
    if (sessionUser != null) {
      properties.setProperty("sessionUser", sessionUser);
    }
    return DriverManager.getConnection(settings.url(), properties);
  }

  /**
   * Whether Trino refused the principal's token (the identity provider's keys changed, the token was revoked); if
   * so, the token source is told to fetch a new one, and the caller may retry once.
   */
  public boolean tokenRefused(SQLException e) {
    if (String.valueOf(e.getMessage()).contains("Authentication failed")) {
      tokenRefused.run();
      return true;
    }
    return false;
  }

  public TrinoSettings settings() {
    return settings;
  }

  private Properties baseProperties() {
    Properties properties = jdbcProperties(settings, principal, token.get());
    properties.setProperty("source", "socle");
    // Bound statements as one EXECUTE IMMEDIATE rather than PREPARE then EXECUTE: one round trip, and the query
    // events (the audit trail) carry the statement's text instead of "EXECUTE statement1".
    properties.setProperty("explicitPrepare", "false");
    return properties;
  }

  /** JDBC properties for a bearer token over HTTPS; also what a BI tool sets. */
  public static Properties jdbcProperties(TrinoSettings settings, String user, String accessToken) {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("accessToken", accessToken);
    properties.setProperty("SSL", "true");
    if (settings.truststore() != null && !settings.truststore().isBlank()) {
      properties.setProperty("SSLTrustStorePath", settings.truststore());
    }
    return properties;
  }
}
