package fr.socle.portal.system;

import fr.socle.policies.access.Role;
import fr.socle.policies.access.Subject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The one place where Keycloak's claims become Spring Security authorities, for the pages (OIDC sign-in) and the
 * API (bearer JWT) alike: realm roles → {@code ROLE_AGENT}, {@code ROLE_PARTNER}, {@code ROLE_DATA_OFFICER},
 * {@code ROLE_ADMIN}; groups → {@code GROUP_/services/finances}. And back: an authentication → a {@link Subject}.
 */
public final class SocleAuthorities {
  public static final String ROLE_PREFIX = "ROLE_";
  public static final String GROUP_PREFIX = "GROUP_";

  private SocleAuthorities() {}

  /** From the claims of a Keycloak access token ({@code realm_access.roles}, {@code groups}). */
  public static List<GrantedAuthority> fromClaims(Map<String, Object> claims) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    if (claims.get("realm_access") instanceof Map<?, ?> realmAccess
        && realmAccess.get("roles") instanceof Collection<?> roles) {
      for (Object role : roles) {
        Role.fromKeycloak(String.valueOf(role))
            .ifPresent(r -> authorities.add(new SimpleGrantedAuthority(ROLE_PREFIX + r.name())));
      }
    }
    if (claims.get("groups") instanceof Collection<?> groups) {
      for (Object group : groups) {
        String path = String.valueOf(group);
        authorities.add(new SimpleGrantedAuthority(GROUP_PREFIX + (path.startsWith("/") ? path : "/" + path)));
      }
    }
    return authorities;
  }

  /** The subject the policies reason about, from a signed-in user or a bearer token. */
  public static Subject subject(Authentication authentication) {
    Set<Role> roles = new HashSet<>();
    Set<String> groups = new HashSet<>();
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      String name = authority.getAuthority();
      if (name == null) {
        continue;
      }
      if (name.startsWith(ROLE_PREFIX)) {
        roleOf(name.substring(ROLE_PREFIX.length())).ifPresent(roles::add);
      } else if (name.startsWith(GROUP_PREFIX)) {
        groups.add(name.substring(GROUP_PREFIX.length()));
      }
    }
    return new Subject(authentication.getName(), roles, groups);
  }

  private static Optional<Role> roleOf(String name) {
    try {
      return Optional.of(Role.valueOf(name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
