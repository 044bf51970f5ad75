package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.iceberg.Tier;
import fr.socle.lakehouse.jdbc.Jdbc;
import fr.socle.lakehouse.testing.Stack;
import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.Status;
import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.CoordinateForm;
import fr.socle.policies.occultation.CoordinatePrecision;
import fr.socle.policies.occultation.OccultationPlan;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.SupportsNamespaces;
import org.apache.iceberg.catalog.TableIdentifier;

/**
 * What the promotion ITs share: the stack's two tiers, Socle's database with the publication schema, an engine,
 * a test namespace ({@code it_promo_<name>_<random>}) in both tiers whose source tables are made through Trino as
 * admin, and the cleanup of everything made (tables, files, exports, publication rows). Never touches demo tables.
 */
final class PromotionFixture implements AutoCloseable {
  static final List<String> REPORT_COLUMNS = List.of("id_signalement", "date_signalement", "canal", "categorie",
      "description", "adresse", "code_postal", "quartier", "latitude", "longitude", "email_declarant",
      "telephone_declarant", "statut", "date_cloture", "service_traitant");

  final Stack stack = Stack.get();
  final String namespace;
  final Jdbc jdbc;
  final Tier internal;
  final Tier open;
  final Promotions promotions;

  PromotionFixture(String name) {
    this(name, Promotions.Settings.DEFAULTS);
  }

  PromotionFixture(String name, Promotions.Settings settings) {
    this(settings, "it_promo_" + name + "_" + UUID.randomUUID().toString().substring(0, 6));
  }

  /** Another engine on the same namespace (another process's, or with other hooks). */
  static PromotionFixture attach(String namespace, Promotions.Settings settings) {
    return new PromotionFixture(settings, namespace);
  }

  private PromotionFixture(Promotions.Settings settings, String namespace) {
    this.namespace = namespace;
    this.jdbc = new Jdbc(stack.socleDatabase());
    PublicationSchema.migrate(jdbc.dataSource());
    this.internal = Tier.open(stack.internalTier());
    this.open = Tier.open(stack.openTier());
    this.promotions = new Promotions(internal, open, jdbc, Clock.systemUTC(), settings);
  }

  /** {@code internal.<namespace>.<table>} made by admin from a SELECT. */
  void createSource(String table, String select) throws SQLException {
    admin("CREATE SCHEMA IF NOT EXISTS internal." + namespace);
    admin("CREATE TABLE internal." + namespace + "." + table + " AS " + select);
  }

  /** A copy of the demo's citizen reports (20,000 rows with e-mails, phones, free text, precise positions). */
  void createReports(String table) throws SQLException {
    createSource(table, "SELECT * FROM internal.voirie.signalements_citoyens");
  }

  void admin(String sql) throws SQLException {
    try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Admin's Trino connection; the shared Keycloak sometimes refuses a token for a moment: try again. */
  Connection adminConnection() throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        return stack.trinoAs("admin");
      } catch (IllegalStateException refused) {
        if (attempt == 5) {
          throw refused;
        }
        try {
          Thread.sleep(2_000L * attempt);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw refused;
        }
      }
    }
  }

  Publication publication(String table) {
    return new Publication(id(table), id(table), TableIdentifier.of(namespace, table),
        TableIdentifier.of(namespace, table), Publication.Kind.DATASET, "Test " + table, null);
  }

  String id(String table) {
    return (namespace + "-" + table).replace('_', '-');
  }

  Table sourceTable(String table) {
    return internal.catalog().loadTable(TableIdentifier.of(namespace, table));
  }

  Table openTable(String table) {
    return open.catalog().loadTable(TableIdentifier.of(namespace, table));
  }

  boolean openTableExists(String table) {
    return open.catalog().tableExists(TableIdentifier.of(namespace, table));
  }

  /** The plan of the issue for citizen reports: drop e-mail and phone, empty the text, 200 m grid, keep the rest. */
  static OccultationPlan reportsPlan() {
    List<ColumnRule> rules = new ArrayList<>();
    for (String column : REPORT_COLUMNS) {
      rules.add(switch (column) {
        case "email_declarant", "telephone_declarant" -> new ColumnRule.Drop(column);
        case "description" -> new ColumnRule.EmptyText(column);
        case "latitude" -> new ColumnRule.GeneraliseCoordinates(column, CoordinateForm.LATITUDE,
            CoordinatePrecision.grid(200));
        case "longitude" -> new ColumnRule.GeneraliseCoordinates(column, CoordinateForm.LONGITUDE,
            CoordinatePrecision.grid(200), "latitude");
        // The address of the reported place: the decision accepts it (a place of the public space).
        case "adresse" -> new ColumnRule.Keep(column, java.util.Set.of(FindingKind.POSTAL_ADDRESS));
        default -> new ColumnRule.Keep(column);
      });
    }
    return new OccultationPlan(rules);
  }

  static VersionedDecision decision(int version, Status status, OccultationPlan plan) {
    Decision decision = new Decision(status, status == Status.PERSON_CONCERNED_ONLY ? List.of(LegalBasis.L311_6_1)
        : List.of(LegalBasis.L311_7, LegalBasis.L312_1_2), plan, null, null,
        "Publication après occultation des données personnelles (test d'intégration).", LocalDate.now().plusYears(1),
        "dora", LocalDate.now());
    return new VersionedDecision(version, decision, Instant.now(), "dora");
  }

  static VersionedDecision afterOccultation(int version, OccultationPlan plan) {
    return decision(version, Status.COMMUNICABLE_AFTER_OCCULTATION, plan);
  }

  PromotionRequest request(String table, OccultationPlan plan, int decisionVersion) {
    return new PromotionRequest(publication(table), plan, afterOccultation(decisionVersion, plan), null, "dora",
        "manual");
  }

  /** Rows of a query run through Trino as the public portal's principal. */
  List<List<Object>> publicQuery(String sql) throws SQLException {
    try (Connection connection = stack.trinoAsPublic(); Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      List<List<Object>> rows = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  long publicCount(String table) throws SQLException {
    return ((Number) publicQuery("SELECT count(*) FROM open." + namespace + "." + table).getFirst().getFirst())
        .longValue();
  }

  Path exportsRoot() {
    return warehouse("SOCLE_WAREHOUSE_OPEN").resolve("exports");
  }

  /** Files under the open table's folders and this namespace's exports (what a failed promotion must not leave). */
  List<Path> openFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    Path tables = warehouse("SOCLE_WAREHOUSE_OPEN").resolve(namespace);
    for (Path root : List.of(tables, exportsRoot())) {
      if (Files.isDirectory(root)) {
        try (var walk = Files.walk(root)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> root.equals(tables) || p.toString().contains(namespace.replace('_', '-')))
              .forEach(files::add);
        }
      }
    }
    return files;
  }

  Path warehouse(String variable) {
    return Path.of(URI.create(stack.value(variable)));
  }

  @Override
  public void close() throws Exception {
    try {
      admin("DROP SCHEMA IF EXISTS internal." + namespace + " CASCADE");
    } catch (SQLException e) {
      SupportsNamespaces internalNamespaces = (SupportsNamespaces) internal.catalog();
      if (internalNamespaces.namespaceExists(Namespace.of(namespace))) {
        for (TableIdentifier table : internal.catalog().listTables(Namespace.of(namespace))) {
          internal.catalog().dropTable(table, true);
        }
        internalNamespaces.dropNamespace(Namespace.of(namespace));
      }
    }
    SupportsNamespaces namespaces = (SupportsNamespaces) open.catalog();
    if (namespaces.namespaceExists(Namespace.of(namespace))) {
      for (TableIdentifier table : open.catalog().listTables(Namespace.of(namespace))) {
        open.catalog().dropTable(table, true);
      }
      namespaces.dropNamespace(Namespace.of(namespace));
    }
    String like = namespace.replace('_', '-') + "%";
    jdbc.update("DELETE FROM publication.export WHERE publication_id LIKE ?", like);
    jdbc.update("DELETE FROM publication.version WHERE publication_id LIKE ?", like);
    jdbc.update("DELETE FROM publication.change WHERE publication_id LIKE ?", like);
    jdbc.update("DELETE FROM publication.attestation WHERE publication_id LIKE ?", like);
    jdbc.update("DELETE FROM publication.publication WHERE id LIKE ?", like);
    jdbc.update("DELETE FROM publication.job WHERE dataset_id LIKE ?", like);
    for (Path root : List.of(warehouse("SOCLE_WAREHOUSE_OPEN").resolve(namespace),
        warehouse("SOCLE_WAREHOUSE_INTERNAL").resolve(namespace))) {
      deleteTree(root);
    }
    try (var exports = Files.list(exportsRoot())) {
      for (Path dir : exports.filter(p -> p.getFileName().toString().startsWith(namespace.replace('_', '-')))
          .toList()) {
        deleteTree(dir);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      // no exports
    }
    internal.close();
    open.close();
  }

  /** Closes the tiers only (an attached engine leaves the namespace to its owner). */
  void detach() {
    internal.close();
    open.close();
  }

  /** Appends to the source a copy of {@code rows} demo reports with new ids (suffix). */
  void appendReports(String table, String suffix, int rows) throws SQLException {
    admin("INSERT INTO internal." + namespace + "." + table + " SELECT concat(id_signalement, '" + suffix + "'),"
        + " date_signalement, canal, categorie, description, adresse, code_postal, quartier, latitude, longitude,"
        + " email_declarant, telephone_declarant, statut, date_cloture, service_traitant"
        + " FROM internal.voirie.signalements_citoyens ORDER BY id_signalement LIMIT " + rows);
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
