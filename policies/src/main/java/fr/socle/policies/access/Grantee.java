package fr.socle.policies.access;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** Who a grant is for: one person, a Keycloak group (a service, say), or a partner organisation. */
public sealed interface Grantee {
  /** Whether the subject is, or belongs to, this grantee. */
  boolean covers(Subject subject);

  String kind();

  String name();

  record User(String name) implements Grantee {
    public User {
      requireNonNull(name, "name");
      if (Principals.isReserved(name)) {
        throw new IllegalArgumentException(name + " is a reserved principal and cannot receive grants");
      }
    }

    @Override
    public boolean covers(Subject subject) {
      return subject.user().equals(name);
    }

    @Override
    public String kind() {
      return "user";
    }
  }

  /** A group by its full Keycloak path, e.g. {@code /services/voirie}; subgroups are covered too. */
  record Group(String name) implements Grantee {
    public Group {
      requireNonNull(name, "name");
      if (!name.startsWith("/")) {
        throw new IllegalArgumentException("a group is named by its full path, e.g. /services/voirie");
      }
    }

    @Override
    public boolean covers(Subject subject) {
      return subject.groups().stream().anyMatch(g -> g.equals(name) || g.startsWith(name + "/"));
    }

    @Override
    public String kind() {
      return "group";
    }
  }

  /** A partner organisation: the members of its group under {@code /partenaires}. */
  record Organisation(String name) implements Grantee {
    public Organisation {
      requireNonNull(name, "name");
    }

    @Override
    public boolean covers(Subject subject) {
      return subject.organisations().contains(name);
    }

    @Override
    public String kind() {
      return "organisation";
    }
  }

  static Grantee of(String kind, String name) {
    return switch (kind.toLowerCase(Locale.ROOT)) {
      case "user" -> new User(name);
      case "group" -> new Group(name);
      case "organisation" -> new Organisation(name);
      default -> throw new IllegalArgumentException("unknown grantee kind " + kind);
    };
  }
}
