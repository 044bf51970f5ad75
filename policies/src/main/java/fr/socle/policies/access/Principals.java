package fr.socle.policies.access;

/**
 * Principal names with a fixed meaning. No person may hold them: Keycloak accounts named like this are ignored by
 * the directory sync, and nobody may impersonate {@code admin} or a service account.
 */
public final class Principals {
  /** The platform operator. May act as any user in Trino, for support; every such act is audited. */
  public static final String ADMIN = "admin";

  /** The anonymous public: sees the open tier and nothing else. */
  public static final String PUBLIC = "public";

  /** Keycloak's prefix for client-credentials principals. */
  public static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

  /** The internal portal's own principal: acts for agents, partners and the public, never for admin. */
  public static final String PORTAL = SERVICE_ACCOUNT_PREFIX + "socle-portal";

  /** The public portal's principal: reads the open tier only and acts for no one. */
  public static final String PUBLIC_PORTAL = SERVICE_ACCOUNT_PREFIX + "socle-public";

  private Principals() {}

  public static boolean isReserved(String user) {
    return ADMIN.equals(user) || PUBLIC.equals(user) || isServiceAccount(user);
  }

  public static boolean isServiceAccount(String user) {
    return user.startsWith(SERVICE_ACCOUNT_PREFIX);
  }

  /** Users who see the open tier only. */
  public static boolean isPublic(String user) {
    return PUBLIC.equals(user) || PUBLIC_PORTAL.equals(user);
  }
}
