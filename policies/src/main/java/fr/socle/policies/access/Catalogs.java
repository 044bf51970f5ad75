package fr.socle.policies.access;

/** The Trino catalogs of a Socle data space. */
public final class Catalogs {
  /** Iceberg tables of the internal data space. */
  public static final String INTERNAL = "internal";

  /** Iceberg tables of the public, open-by-default tier. */
  public static final String OPEN = "open";

  /** Trino's own catalog (JDBC metadata, runtime, ...). */
  public static final String SYSTEM = "system";

  private Catalogs() {}
}
