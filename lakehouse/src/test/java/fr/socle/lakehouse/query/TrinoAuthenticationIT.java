package fr.socle.lakehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.lakehouse.testing.Stack;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trino on HTTPS accepts Keycloak tokens of the realm, and only them; the portal's principal acts for people. */
class TrinoAuthenticationIT {
  private final Stack stack = Stack.get();

  @Test
  void agentQueriesTrinoWithHerOwnKeycloakToken() throws SQLException {
    try (Connection connection = stack.trinoAs("alice")) {
      assertThat(single(connection, "SELECT 6 * 7")).isEqualTo("42");
      assertThat(column(connection, "SHOW CATALOGS")).contains("internal", "open");
      assertThat(single(connection, "SELECT current_user")).isEqualTo("alice");
    }
  }

  @Test
  void tamperedTokenIsRefused() {
    String token = stack.tokenFor("alice");
    String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    assertThatThrownBy(() -> {
          try (Connection connection = stack.trino("alice", tampered)) {
            single(connection, "SELECT 1");
          }
        })
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("Authentication failed");
  }

  @Test
  void wrongPasswordGetsNoToken() {
    assertThatThrownBy(() -> stack.tokenFor("alice", "not-her-password")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void portalActsForAnAgentButNeverForAdmin() throws SQLException {
    TrinoGateway gateway = new TrinoGateway(
        new TrinoSettings(stack.trinoJdbcUrl(), stack.trinoTruststore(), Duration.ofMinutes(1)),
        "service-account-socle-portal",
        stack::portalServiceToken);
    try (Connection connection = gateway.connectAs("alice")) {
      assertThat(single(connection, "SELECT current_user")).isEqualTo("alice");
    }
    String token = stack.portalServiceToken();
    assertThatThrownBy(() -> {
          try (Connection connection = stack.trino("service-account-socle-portal", token, "admin")) {
            single(connection, "SELECT 1");
          }
        })
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("Access Denied");
  }

  @Test
  void publicSeesTheOpenCatalogOnly() throws SQLException {
    try (Connection connection = stack.trino("service-account-socle-public", stack.publicServiceToken())) {
      assertThat(column(connection, "SHOW CATALOGS")).containsExactly("open");
    }
    try (Connection connection =
        stack.trino("service-account-socle-portal", stack.portalServiceToken(), "public")) {
      assertThat(column(connection, "SHOW CATALOGS")).containsExactly("open");
    }
  }

  @Test
  void publicPortalMayNotActForAnyone() {
    String token = stack.publicServiceToken();
    assertThatThrownBy(() -> {
          try (Connection connection = stack.trino("service-account-socle-public", token, "alice")) {
            single(connection, "SELECT 1");
          }
        })
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("Access Denied");
  }

  static String single(Connection connection, String sql) throws SQLException {
    List<String> values = column(connection, sql);
    assertThat(values).hasSize(1);
    return values.getFirst();
  }

  static List<String> column(Connection connection, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
