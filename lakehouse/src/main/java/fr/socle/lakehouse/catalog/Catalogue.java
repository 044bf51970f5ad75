package fr.socle.lakehouse.catalog;

import fr.socle.lakehouse.iceberg.Tier;
import fr.socle.lakehouse.jdbc.Jdbc;
import fr.socle.policies.access.Visibility;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.SupportsNamespaces;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.exceptions.NoSuchTableException;
import org.apache.iceberg.io.FileIO;
import org.apache.iceberg.io.SupportsPrefixOperations;
import org.jspecify.annotations.Nullable;

/**
 * The dataset catalogue: metadata in PostgreSQL, data in the internal Iceberg tier. Operations that touch both
 * change the table first and then the row in one database transaction, undoing the table change if the row
 * cannot be written, so the two never disagree for long.
 */
public final class Catalogue {
  private static final Pattern IDENTIFIER = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");
  /** Schema names Trino keeps for itself: a dataset there could no longer be read. */
  private static final Set<String> RESERVED = Set.of("information_schema", "system", "sys", "pg_catalog");

  private final Jdbc jdbc;
  private final DatasetRepository repository;
  private final Tier tier;
  private final Clock clock;

  public Catalogue(Jdbc jdbc, Tier internalTier, Clock clock) {
    this.jdbc = jdbc;
    this.repository = new DatasetRepository(jdbc);
    this.tier = internalTier;
    this.clock = clock;
  }

  public Tier tier() {
    return tier;
  }

  public Optional<Dataset> find(String id) {
    return repository.find(id);
  }

  /** The dataset, unless it was deleted. */
  public Dataset get(String id) {
    return repository.find(id)
        .filter(d -> d.state() != DatasetState.DELETED)
        .orElseThrow(() -> new CatalogException(CatalogException.Code.NOT_FOUND, "jeu de données introuvable : " + id));
  }

  public Optional<Dataset> findByTable(String domain, String tableName) {
    return repository.findByTable(domain, tableName);
  }

  public List<Dataset> search(DatasetQuery query) {
    return repository.search(query);
  }

  public List<DatasetColumn> columns(String id) {
    return repository.columns(id);
  }

  /** Every dataset's documented columns, by dataset id. */
  public Map<String, List<DatasetColumn>> allColumns() {
    return repository.allColumns();
  }

  /** Changes whenever any dataset's row changes (for caches that refresh cheaply). */
  public String fingerprint() {
    return repository.fingerprint();
  }

  public List<DatasetEvent> history(String id) {
    return repository.events(id);
  }

  /**
   * A new catalogue entry for data about to be loaded into {@code internal.domain.tableName}. Runs inside the
   * caller's transaction so that a refused first load leaves no entry behind.
   */
  public Dataset register(java.sql.Connection connection, NewDataset request, String actor)
      throws java.sql.SQLException {
    checkIdentifier(request.domain(), "domaine");
    checkIdentifier(request.tableName(), "table");
    if (repository.findByTable(request.domain(), request.tableName()).isPresent()) {
      throw new CatalogException(CatalogException.Code.ALREADY_EXISTS,
          "la table " + request.domain() + "." + request.tableName() + " existe déjà");
    }
    String id = request.id() != null ? checkId(request.id()) : freeId(slug(request.tableName()));
    if (request.id() != null && repository.idTaken(id)) {
      throw new CatalogException(CatalogException.Code.ALREADY_EXISTS, "l'identifiant " + id + " est déjà pris");
    }
    Instant now = clock.instant();
    Dataset dataset = new Dataset(id, request.domain(), request.tableName(), request.metadata(),
        request.visibility(), request.discoverableByPartners(), DatasetState.ACTIVE, now, actor, now, actor, 0);
    DatasetRepository.insert(connection, dataset);
    DatasetRepository.event(connection, id, now, actor, "created", "{}");
    return dataset;
  }

  public static void replaceColumns(java.sql.Connection connection, String datasetId, List<DatasetColumn> columns)
      throws java.sql.SQLException {
    DatasetRepository.replaceColumns(connection, datasetId, columns);
  }

  public Dataset edit(String id, Dataset.Metadata metadata, int expectedVersion, String actor) {
    return change(id, expectedVersion, actor, "edited",
        d -> new Dataset(d.id(), d.domain(), d.tableName(), metadata, d.visibility(), d.discoverableByPartners(),
            d.state(), d.createdAt(), d.createdBy(), clock.instant(), actor, d.version() + 1));
  }

  public Dataset setVisibility(String id, Visibility visibility, boolean partners, int expectedVersion, String actor) {
    return change(id, expectedVersion, actor, "visibility",
        d -> new Dataset(d.id(), d.domain(), d.tableName(), d.metadata(), visibility, partners, d.state(),
            d.createdAt(), d.createdBy(), clock.instant(), actor, d.version() + 1));
  }

  public Dataset archive(String id, String actor) {
    Dataset current = get(id);
    return change(id, current.version(), actor, "archived", d -> withState(d, DatasetState.ARCHIVED, actor));
  }

  public Dataset restore(String id, String actor) {
    Dataset current = get(id);
    return change(id, current.version(), actor, "restored", d -> withState(d, DatasetState.ACTIVE, actor));
  }

  /** Moves the data to {@code internal.newDomain.newTable}; the id, and so every public URI, stays. */
  public Dataset rename(String id, String newDomain, String newTable, String actor) {
    checkIdentifier(newDomain, "domaine");
    checkIdentifier(newTable, "table");
    Dataset current = get(id);
    if (repository.findByTable(newDomain, newTable).isPresent()) {
      throw new CatalogException(CatalogException.Code.ALREADY_EXISTS,
          "la table " + newDomain + "." + newTable + " existe déjà");
    }
    TableIdentifier from = current.tableIdentifier();
    TableIdentifier to = TableIdentifier.of(Namespace.of(newDomain), newTable);
    ensureNamespace(newDomain);
    tier.catalog().renameTable(from, to);
    try {
      return change(id, current.version(), actor, "renamed",
          d -> new Dataset(d.id(), newDomain, newTable, d.metadata(), d.visibility(), d.discoverableByPartners(),
              d.state(), d.createdAt(), d.createdBy(), clock.instant(), actor, d.version() + 1));
    } catch (RuntimeException e) {
      tier.catalog().renameTable(to, from);
      throw e;
    }
  }

  /**
   * Erases a dataset: the Iceberg table is dropped with every snapshot, and every file under its location is
   * removed (data, deletes, metadata, orphans), so a person's right to erasure is executable. A tombstone row
   * (id, title, who, when) stays so that the id is never reused and public links can say it is gone.
   */
  public void delete(String id, String actor) {
    Dataset current = repository.find(id)
        .orElseThrow(() -> new CatalogException(CatalogException.Code.NOT_FOUND, "jeu de données introuvable : " + id));
    if (current.state() == DatasetState.DELETED) {
      return;
    }
    purgeTable(current.tableIdentifier());
    Dataset tombstone = withState(current, DatasetState.DELETED, actor);
    jdbc.inTransaction(connection -> {
      if (!DatasetRepository.update(connection, tombstone, current.version())) {
        throw new CatalogException(CatalogException.Code.CONCURRENT_CHANGE, "le jeu de données a changé entre-temps");
      }
      DatasetRepository.eraseTraces(connection, id);
      DatasetRepository.event(connection, id, clock.instant(), actor, "deleted", "{}");
      return null;
    });
  }

  /** The versions of the dataset's data, newest first. */
  public List<SnapshotInfo> snapshots(String id) {
    Table table = loadTable(get(id));
    List<SnapshotInfo> snapshots = new ArrayList<>();
    for (Snapshot snapshot : table.snapshots()) {
      Map<String, String> summary = snapshot.summary();
      snapshots.add(new SnapshotInfo(
          snapshot.snapshotId(), snapshot.parentId(), Instant.ofEpochMilli(snapshot.timestampMillis()),
          snapshot.operation(), summary.get("socle.user"), summary.get("socle.mode"),
          parseLong(summary.get("added-records")), parseLong(summary.get("deleted-records")),
          parseLong(summary.get("total-records"))));
    }
    snapshots.sort((a, b) -> b.committedAt().compareTo(a.committedAt()));
    return snapshots;
  }

  public Table loadTable(Dataset dataset) {
    try {
      return tier.catalog().loadTable(dataset.tableIdentifier());
    } catch (NoSuchTableException e) {
      throw new CatalogException(CatalogException.Code.NOT_FOUND, "la table de " + dataset.id() + " est introuvable");
    }
  }

  public void ensureNamespace(String domain) {
    if (tier.catalog() instanceof SupportsNamespaces namespaces && !namespaces.namespaceExists(Namespace.of(domain))) {
      try {
        namespaces.createNamespace(Namespace.of(domain));
      } catch (org.apache.iceberg.exceptions.AlreadyExistsException raced) {
        // created meanwhile by another load: fine
      }
    }
  }

  /** Drops a table and all its files (a load whose catalogue entry could not be written). */
  public void dropTable(TableIdentifier identifier) {
    purgeTable(identifier);
  }

  private void purgeTable(TableIdentifier identifier) {
    String location = null;
    FileIO io = null;
    try {
      Table table = tier.catalog().loadTable(identifier);
      location = table.location();
      io = table.io();
    } catch (NoSuchTableException e) {
      return;
    }
    tier.catalog().dropTable(identifier, true);
    if (io instanceof SupportsPrefixOperations prefix && location != null) {
      prefix.deletePrefix(location);
    }
  }

  private Dataset change(String id, int expectedVersion, String actor, String kind,
      java.util.function.UnaryOperator<Dataset> mutation) {
    Dataset current = get(id);
    if (current.version() != expectedVersion) {
      throw new CatalogException(CatalogException.Code.CONCURRENT_CHANGE,
          "le jeu de données a été modifié par quelqu'un d'autre : rechargez la page");
    }
    Dataset changed = mutation.apply(current);
    return jdbc.inTransaction(connection -> {
      if (!DatasetRepository.update(connection, changed, expectedVersion)) {
        throw new CatalogException(CatalogException.Code.CONCURRENT_CHANGE,
            "le jeu de données a été modifié par quelqu'un d'autre : rechargez la page");
      }
      DatasetRepository.event(connection, id, changed.updatedAt(), actor, kind, "{}");
      return changed;
    });
  }

  private Dataset withState(Dataset d, DatasetState state, String actor) {
    return new Dataset(d.id(), d.domain(), d.tableName(), d.metadata(), d.visibility(), d.discoverableByPartners(),
        state, d.createdAt(), d.createdBy(), clock.instant(), actor, d.version() + 1);
  }

  /**
   * A table name for a new dataset of the domain, from its title: {@code Budget primitif 2026} →
   * {@code budget_primitif_2026}, or {@code …_2}, {@code …_3} when taken (a new dataset named like an existing one
   * gets a table of its own rather than an error naming the other).
   */
  public String freeTableName(String domain, String title) {
    checkIdentifier(domain, "domaine");
    String base = slug(title).replace('-', '_');
    if (!Character.isLetter(base.charAt(0))) {
      base = "jeu_" + base;
    }
    if (base.length() > 56) {
      base = base.substring(0, 56).replaceAll("_+$", "");
    }
    if (RESERVED.contains(base)) {
      base = "jeu_" + base;
    }
    String candidate = base;
    for (int i = 2; repository.findByTable(domain, candidate).isPresent(); i++) {
      candidate = base + "_" + i;
    }
    return candidate;
  }

  private String freeId(String base) {
    String candidate = base;
    for (int i = 2; repository.idTaken(candidate); i++) {
      candidate = base + "-" + i;
    }
    return candidate;
  }

  private static String checkId(String id) {
    if (!id.matches("^[a-z0-9][a-z0-9-]{1,79}$")) {
      throw new CatalogException(CatalogException.Code.INVALID_NAME,
          "identifiant invalide : minuscules, chiffres et tirets (2 à 80 caractères)");
    }
    return id;
  }

  static void checkIdentifier(String name, String what) {
    if (!IDENTIFIER.matcher(name).matches()) {
      throw new CatalogException(CatalogException.Code.INVALID_NAME,
          "nom de " + what + " invalide : « " + name + " » (minuscules, chiffres et _, commençant par une lettre)");
    }
    if (RESERVED.contains(name)) {
      throw new CatalogException(CatalogException.Code.INVALID_NAME,
          "nom de " + what + " réservé : « " + name + " » (Trino s'en sert pour ses propres tables)");
    }
  }

  /** A readable, stable id from a name: {@code Budget primitif 2026} → {@code budget-primitif-2026}. */
  public static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 72) {
      slug = slug.substring(0, 72).replaceAll("-+$", "");
    }
    return slug.length() < 2 ? "jeu-" + slug : slug;
  }

  private static long parseLong(@Nullable String value) {
    if (value == null) {
      return 0;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
