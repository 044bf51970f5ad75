package fr.socle.portal.identity;

import fr.socle.policies.access.Subject;
import java.util.Collection;

/** The people Socle knows, with their roles and groups, as last synced from Keycloak. */
public interface Directory {
  /** The subject for a user name; an unknown name gets a subject with no role, which is granted nothing. */
  Subject subject(String user);

  Collection<Subject> all();

  /** The person's first name and name, as Keycloak has them; null when it has neither. */
  default @org.jspecify.annotations.Nullable String name(String user) {
    return null;
  }

  /** The person's e-mail address, if Keycloak has one. */
  @org.jspecify.annotations.Nullable String email(String user);

  /**
   * A group's name for people ({@code ressources-humaines} → « Ressources humaines »: its {@code label} attribute in
   * Keycloak), or the name itself when it has none.
   */
  default String label(String group) {
    return group;
  }
}
