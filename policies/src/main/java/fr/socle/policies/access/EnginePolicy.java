package fr.socle.policies.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a principal may do in Trino. Deny unless a rule allows: the platform's principals have fixed rights, the
 * public reads the open tier only, people read the open tier and what {@link DataAccess} grants them in the
 * internal one. Nobody writes through Trino but the platform, and nobody chooses where a table's files go.
 */
public final class EnginePolicy {
  private final DataAccess dataAccess;

  public EnginePolicy(DataAccess dataAccess) {
    this.dataAccess = dataAccess;
  }

  /** May the authenticated principal run a statement at all? */
  public AccessDecision executeQuery(Subject subject) {
    if (subject.isAdmin() || subject.isPublic() || Principals.isServiceAccount(subject.user())) {
      return AccessDecision.allow("principal", subject.user() + " is a platform principal");
    }
    if (subject.roles().isEmpty()) {
      return AccessDecision.deny("unknown-user", subject.user() + " has no role in the directory");
    }
    return AccessDecision.allow("known-user", subject.user() + " holds " + subject.roles());
  }

  /** May {@code principal} run statements as {@code target}? */
  public AccessDecision impersonate(Subject principal, Subject target) {
    if (principal.user().equals(target.user())) {
      return AccessDecision.allow("self", "a principal may act as itself");
    }
    if (principal.isPortal() && Principals.PUBLIC.equals(target.user())) {
      return AccessDecision.allow("portal-public", "the portal queries the open tier as public");
    }
    // nobody, admin included, acts as admin, public or a service account: their statements would run with the
    // rights of a principal that is not a person, under its name in the audit trail
    if (Principals.isReserved(target.user())) {
      return AccessDecision.deny("reserved-target", target.user() + " is a reserved principal");
    }
    if (Principals.ADMIN.equals(principal.user())) {
      return AccessDecision.allow("admin-support", "admin may act as any user (audited)");
    }
    if (principal.isPortal()) {
      if (target.roles().isEmpty()) {
        return AccessDecision.deny("unknown-target", target.user() + " is not in the directory");
      }
      return AccessDecision.allow("portal-acts-for-user", "the portal runs queries as the signed-in user");
    }
    return AccessDecision.deny("no-impersonation", principal.user() + " may not act as another user");
  }

  /** Queries of other users: only admin and the portal (to kill queries after a revocation) see or kill them. */
  public AccessDecision otherUsersQueries(Subject subject) {
    if (subject.isAdmin() || subject.isPortal()) {
      return AccessDecision.allow("operator", "platform operators manage all queries");
    }
    return AccessDecision.deny("own-queries-only", "users see and kill only their own queries");
  }

  /** System information, system and catalog session properties: the operator's business. */
  public AccessDecision operate(Subject subject) {
    if (subject.isAdmin()) {
      return AccessDecision.allow("operator", "admin operates the platform");
    }
    return AccessDecision.deny("operator-only", "reserved to the platform operator");
  }

  public AccessDecision accessCatalog(Subject subject, String catalog) {
    if (subject.isAdmin() || subject.isPortal()) {
      return AccessDecision.allow("platform", subject.user() + " reaches every catalog");
    }
    if (Catalogs.OPEN.equals(catalog)) {
      return AccessDecision.allow("open-tier", "the open tier is public");
    }
    if (subject.isPublic()) {
      return AccessDecision.deny("public-open-only", "the public sees the open tier only");
    }
    if (Catalogs.SYSTEM.equals(catalog)) {
      return AccessDecision.allow("system-metadata", "JDBC metadata and one's own queries");
    }
    if (Catalogs.INTERNAL.equals(catalog) && !subject.roles().isEmpty()) {
      return AccessDecision.allow("internal-catalog", "datasets inside are decided one by one");
    }
    return AccessDecision.deny("no-catalog", "catalog " + catalog + " is not available to " + subject.user());
  }

  public AccessDecision seeSchema(Subject subject, String catalog, String schema) {
    AccessDecision catalogAccess = accessCatalog(subject, catalog);
    if (!catalogAccess.allowed()) {
      return catalogAccess;
    }
    if (Catalogs.SYSTEM.equals(catalog)) {
      return systemSchema(subject, schema);
    }
    // Schemas of the data catalogs are domains (finances, urbanisme, ...): their names reveal nothing.
    return AccessDecision.allow("domain", "domains are listed; datasets inside are filtered");
  }

  /** Whether the subject may know the table exists. */
  public AccessDecision seeTable(Subject subject, TableRef table) {
    AccessDecision schemaAccess = seeSchema(subject, table.catalog(), table.schema());
    if (!schemaAccess.allowed()) {
      return schemaAccess;
    }
    if (isRuntimeInternals(table)) {
      return operate(subject);
    }
    if (!governed(subject, table)) {
      return schemaAccess;
    }
    ReadScope scope = dataAccess.scope(subject, table.baseTable());
    if (table.isMetadataTable()) {
      return metadataTable(scope);
    }
    return scope.known()
        ? AccessDecision.allow("dataset-known", String.valueOf(scope.firstReason()))
        : AccessDecision.deny("dataset-unknown", String.valueOf(scope.firstReason()));
  }

  /**
   * {@code SHOW CREATE TABLE}: the table's whole definition (every column, its location), so only for a subject
   * who reads the whole table; others have {@code DESCRIBE}, which lists the columns they may know of.
   */
  public AccessDecision showCreateTable(Subject subject, TableRef table) {
    AccessDecision known = seeTable(subject, table);
    if (known.allowed() && !subject.isAdmin() && Catalogs.OPEN.equals(table.catalog())) {
      // an open table's definition is its columns (DESCRIBE gives them) and its location: the operator's
      return AccessDecision.deny("storage-details", "file locations are the operator's");
    }
    if (!known.allowed() || !governed(subject, table) || isRuntimeInternals(table)) {
      return known;
    }
    return dataAccess.scope(subject, table.baseTable()).unrestricted()
        ? AccessDecision.allow("definition", "the subject reads the whole table")
        : AccessDecision.deny("definition-restricted", "the definition names columns outside the subject's grant");
  }

  /** The columns of a table the subject may know of (for DESCRIBE, information_schema, JDBC metadata). */
  public Set<String> visibleColumns(Subject subject, TableRef table, List<String> columns) {
    if (!seeTable(subject, table).allowed()) {
      return Set.of();
    }
    if (!governed(subject, table) || table.isMetadataTable()) {
      return Set.copyOf(columns);
    }
    ReadScope scope = dataAccess.scope(subject, table);
    if (scope.access() == ReadScope.Access.METADATA) {
      return Set.copyOf(columns);
    }
    Set<String> visible = new java.util.HashSet<>(scope.visibleColumns(dataAccess.columnNames(table)));
    visible.retainAll(columns);
    return visible;
  }

  /**
   * The columns of a table the subject may see it has but not read (outside their grants): a statement naming one
   * must fail as if the column did not exist, whatever Trino's error (it analyses types before it checks access).
   */
  public Set<String> unreadableColumns(Subject subject, TableRef table) {
    List<String> all = dataAccess.columnNames(table.baseTable());
    Set<String> hidden = new java.util.HashSet<>(all);
    hidden.removeAll(visibleColumns(subject, table.baseTable(), all));
    return hidden;
  }

  public AccessDecision select(Subject subject, TableRef table, Set<String> columns) {
    AccessDecision schemaAccess = seeSchema(subject, table.catalog(), table.schema());
    if (!schemaAccess.allowed()) {
      return schemaAccess;
    }
    if (isRuntimeInternals(table)) {
      return operate(subject);
    }
    // Iceberg's hidden columns ($path, $file_modified_time…) and the open tier's metadata tables tell where the files
    // are and which internal table a publication comes from: the operator's business
    if (!subject.isAdmin() && (columns.stream().anyMatch(c -> c.startsWith("$"))
        || table.isMetadataTable() && !Catalogs.INTERNAL.equals(table.catalog()))) {
      return AccessDecision.deny("storage-details", "file locations are the operator's");
    }
    if (!governed(subject, table)) {
      return schemaAccess;
    }
    ReadScope scope = dataAccess.scope(subject, table.baseTable());
    if (table.isMetadataTable()) {
      return metadataTable(scope);
    }
    if (!scope.readable()) {
      return AccessDecision.deny("not-readable", String.valueOf(scope.firstReason()));
    }
    if (!scope.mayRead(columns, dataAccess.columnNames(table))) {
      return AccessDecision.deny("column-not-granted", "some columns are outside the grants " + scope.grantIds());
    }
    return AccessDecision.allow("readable", String.join("; ", scope.reasons()));
  }

  /** The row filter Trino adds to every read of the table by the subject, if any. */
  public Optional<ViewExpression> rowFilter(Subject subject, TableRef table) {
    if (!governed(subject, table) || table.isMetadataTable()) {
      return Optional.empty();
    }
    return dataAccess.scope(subject, table).rowFilter(dataAccess.columns(table));
  }

  /** The mask Trino puts on one column for the subject, if any. */
  public Optional<ViewExpression> columnMask(Subject subject, TableRef table, String column, String trinoType) {
    if (!governed(subject, table) || table.isMetadataTable()) {
      return Optional.empty();
    }
    return dataAccess.scope(subject, table).mask(column, trinoType, dataAccess.columns(table));
  }

  /**
   * Tables of the internal catalog are decided dataset by dataset, except for the platform's principals and for
   * {@code information_schema}, whose rows Trino filters table by table through the same policy.
   */
  private static boolean governed(Subject subject, TableRef table) {
    return Catalogs.INTERNAL.equals(table.catalog()) && !subject.isAdmin() && !subject.isPortal()
        && !"information_schema".equals(table.schema());
  }

  /**
   * Iceberg metadata tables ({@code $files} holds column bounds, {@code $partitions} values) would bypass row
   * filters and masks (trino issue 26586): only a subject who may read the whole table gets them.
   */
  private static AccessDecision metadataTable(ReadScope scope) {
    return scope.unrestricted()
        ? AccessDecision.allow("metadata-table", "the subject reads the whole table")
        : AccessDecision.deny("metadata-table-restricted", "metadata tables would bypass row filters and masks");
  }

  /**
   * Table and schema properties that choose where files go: the table's {@code location}, the Iceberg connector's
   * {@code data_location} (its data files elsewhere) and {@code extra_properties} (Iceberg's own
   * {@code write.data.path}, {@code write.metadata.path}...).
   */
  private static final List<String> STORAGE_PROPERTIES = List.of("location", "data_location", "extra_properties");

  /**
   * Creating, altering, writing or dropping through Trino: the platform's principals only, and never at a location
   * the statement chooses (that would read or overwrite any file the server can reach).
   */
  public AccessDecision write(Subject subject, String catalog, Map<String, Optional<Object>> properties) {
    for (String property : STORAGE_PROPERTIES) {
      if (properties.containsKey(property)) {
        return AccessDecision.deny("no-custom-location", "tables live where the catalog puts them (" + property
            + " is not for statements to choose)");
      }
    }
    if (subject.isAdmin() || subject.isPortal()) {
      return AccessDecision.allow("platform-write", subject.user() + " maintains the tables");
    }
    return AccessDecision.deny("read-only", "people read through Trino; loads go through Socle");
  }

  /** Nodes, tasks and transactions of the cluster; the queries table is filtered to one's own queries by Trino. */
  private static boolean isRuntimeInternals(TableRef table) {
    return Catalogs.SYSTEM.equals(table.catalog())
        && "runtime".equals(table.schema())
        && !"queries".equals(table.table());
  }

  private AccessDecision systemSchema(Subject subject, String schema) {
    return switch (schema) {
      case "jdbc", "metadata", "information_schema" ->
          AccessDecision.allow("system-metadata", "metadata is filtered table by table");
      case "runtime" -> AccessDecision.allow("own-queries", "system.runtime lists one's own queries only");
      default -> operate(subject);
    };
  }
}
