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

  /** Group path of the collectivité's services. */
  public static final String SERVICES = "/services/";

  /** Group path of the partner organisations. */
  public static final String PARTNERS = "/partenaires/";

  /** The services the subject works in ({@code /services/finances} → {@code finances}). */
  public Set<String> services() {
    return lastSegments(SERVICES);
  }

  /** The partner organisations the subject belongs to ({@code /partenaires/labo-mobilite} → {@code labo-mobilite}). */
  public Set<String> organisations() {
    return lastSegments(PARTNERS);
  }

  /** Staff of the collectivité (agents and data officers), as opposed to partners and the public. */
  public boolean isStaff() {
    return has(Role.AGENT) || has(Role.DATA_OFFICER);
  }

  private Set<String> lastSegments(String prefix) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (String group : groups) {
      if (group.startsWith(prefix)) {
        String rest = group.substring(prefix.length());
        int slash = rest.indexOf('/');
        names.add(slash < 0 ? rest : rest.substring(0, slash));
      }
    }
    return Set.copyOf(names);
  }
}
