package fr.socle.policies.access;

import java.util.Locale;
import java.util.Optional;

/** Realm roles of the {@code socle} Keycloak realm. */
public enum Role {
  AGENT("agent"),
  PARTNER("partner"),
  DATA_OFFICER("data-officer"),
  ADMIN("admin");

  private final String keycloakName;

  Role(String keycloakName) {
    this.keycloakName = keycloakName;
  }

  public String keycloakName() {
    return keycloakName;
  }

  public static Optional<Role> fromKeycloak(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    for (Role role : values()) {
      if (role.keycloakName.equals(wanted)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
