package fr.socle.policies.access;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * Who asks: a user name as Trino or the portal knows it, with the realm roles and groups the directory holds for
 * it. A name the directory does not know has no roles and no groups, so it is granted nothing.
 */
public record Subject(String user, Set<Role> roles, Set<String> groups) {
  public Subject {
    requireNonNull(user, "user");
    roles = Set.copyOf(roles);
    groups = Set.copyOf(groups);
  }

  public static Subject unknown(String user) {
    return new Subject(user, Set.of(), Set.of());
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isAdmin() {
    return Principals.ADMIN.equals(user) || has(Role.ADMIN);
  }

  public boolean isPublic() {
    return Principals.isPublic(user);
  }

  public boolean isPortal() {
    return Principals.PORTAL.equals(user);
  }
}
