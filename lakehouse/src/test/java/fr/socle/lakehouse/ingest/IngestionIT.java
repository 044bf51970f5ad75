package fr.socle.lakehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.lakehouse.iceberg.Tier;
import fr.socle.lakehouse.schema.TableSchema;
import fr.socle.lakehouse.testing.Stack;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.SupportsNamespaces;
import org.apache.iceberg.catalog.TableIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads files into the stack's internal tier (Iceberg JDBC catalogue in PostgreSQL) and reads them back through
 * Trino over HTTPS: create, append, replace, an invalid append that changes nothing, a GeoJSON that Trino's
 * geospatial functions read, and an invalid SCDL file that leaves no table.
 */
class IngestionIT {
  private static final Namespace NAMESPACE = Namespace.of("it_ingest");
  private static Stack stack;
  private static Tier tier;
  private static Ingestion ingestion;

  @TempDir Path dir;

  @BeforeAll
  static void openTier() {
    stack = Stack.get();
    tier = Tier.open(stack.internalTier());
    ingestion = new Ingestion(tier);
  }

  @AfterAll
  static void dropTestTables() throws java.io.IOException {
    if (tier == null) {
      return;
    }
    SupportsNamespaces namespaces = (SupportsNamespaces) tier.catalog();
    if (namespaces.namespaceExists(NAMESPACE)) {
      for (TableIdentifier table : tier.catalog().listTables(NAMESPACE)) {
        tier.catalog().dropTable(table, true);
      }
      namespaces.dropNamespace(NAMESPACE);
    }
    tier.close();
    deleteEmptyFolders();
  }

  /** Purging a table deletes its files, not the folders a local warehouse keeps: those go too. */
  private static void deleteEmptyFolders() throws java.io.IOException {
    Path root = Path.of(java.net.URI.create(stack.value("SOCLE_WAREHOUSE_INTERNAL"))).resolve("it_ingest");
    if (!Files.isDirectory(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path folder : walk.sorted(java.util.Comparator.reverseOrder()).filter(Files::isDirectory).toList()) {
        try (var entries = Files.list(folder)) {
          if (entries.findAny().isEmpty()) {
            Files.delete(folder);
          }
        }
      }
    }
  }

  private static TableIdentifier freshTable(String prefix) {
    return TableIdentifier.of(NAMESPACE, prefix + "_" + UUID.randomUUID().toString().substring(0, 8));
  }

  private Path csv(String name, String content, Charset charset) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, content.getBytes(charset));
    return file;
  }

  @Test
  void createAppendReplaceAndAnInvalidAppendAsTrinoSeesThem() throws Exception {
    TableIdentifier id = freshTable("budget");
    String sql = "internal.it_ingest." + id.name();
    Path first = csv("budget.csv", """
        Code INSEE;Commune;Montant (€);Date de vote;Votée
        01053;Bourg-en-Bresse;1 250,50;05/03/2024;oui
        75056;Paris;12 000;06/03/2024;non
        """, Charset.forName("windows-1252"));

    IngestionResult created = ingestion.ingest(IngestionRequest.of(first, id, LoadMode.CREATE)
        .withSnapshotProperties(Map.of("socle.user", "alice", "socle.load-id", "it-1")), ProgressListener.NONE);

    try (Connection trino = trino()) {
      assertThat(single(trino, "SELECT count(*) FROM " + sql)).isEqualTo("2");
      assertThat(columnTypes(trino, id.name())).containsExactly(
          Map.entry("code_insee", "varchar"), Map.entry("commune", "varchar"), Map.entry("montant", "double"),
          Map.entry("date_de_vote", "date"), Map.entry("votee", "boolean"));
      assertThat(single(trino, "SELECT montant FROM " + sql + " WHERE code_insee = '01053'")).isEqualTo("1250.5");
      assertThat(single(trino, "SELECT CAST(date_de_vote AS varchar) FROM " + sql + " WHERE votee"))
          .isEqualTo("2024-03-05");
      assertThat(single(trino, "SELECT commune FROM " + sql + " WHERE code_insee = '01053'"))
          .isEqualTo("Bourg-en-Bresse");
      assertThat(single(trino, "SELECT snapshot_id FROM internal.it_ingest.\"" + id.name() + "$snapshots\""))
          .isEqualTo(Long.toString(created.snapshotId()));
    }
    Table table = tier.catalog().loadTable(id);
    assertThat(table.currentSnapshot().summary()).containsEntry("socle.user", "alice")
        .containsEntry("socle.load-id", "it-1").containsEntry("socle.mode", "create");
    assertThat(table.location()).startsWith(stack.value("SOCLE_WAREHOUSE_INTERNAL") + "/it_ingest/" + id.name() + "-");

    IngestionResult appended = ingestion.ingest(IngestionRequest.of(
        csv("plus.csv", "Commune;Montant (€)\nLyon;3,5\nDijon;4\n", StandardCharsets.UTF_8), id,
        LoadMode.APPEND), ProgressListener.NONE);

    try (Connection trino = trino()) {
      assertThat(single(trino, "SELECT count(*) FROM " + sql)).isEqualTo("4");
      assertThat(single(trino, "SELECT count(*) FROM internal.it_ingest.\"" + id.name() + "$snapshots\""))
          .isEqualTo("2");
      assertThat(single(trino, "SELECT count(*) FROM " + sql + " WHERE code_insee IS NULL")).isEqualTo("2");
    }
    assertThat(appended.snapshotId()).isNotEqualTo(created.snapshotId());

    assertThatThrownBy(() -> ingestion.ingest(IngestionRequest.of(
            csv("faux.csv", "Commune;Montant (€)\nNantes;5\nRennes;beaucoup\n", StandardCharsets.UTF_8), id,
            LoadMode.APPEND), ProgressListener.NONE))
        .isInstanceOfSatisfying(IngestionException.class, e -> {
          assertThat(e.code()).isEqualTo(IngestionException.Code.INVALID_ROWS);
          assertThat(FrenchRowError.of(e.report()))
              .containsExactly(new FrenchRowError(3, "Montant (€)", "beaucoup", "nombre attendu"));
        });
    table.refresh();
    assertThat(table.currentSnapshot().snapshotId()).isEqualTo(appended.snapshotId());
    try (Connection trino = trino()) {
      assertThat(single(trino, "SELECT count(*) FROM " + sql)).isEqualTo("4");
    }

    IngestionResult replaced = ingestion.ingest(IngestionRequest.of(
        csv("nouveau.csv", "Commune;Habitants;Montant (€)\nToulouse;504078;7,25\n", StandardCharsets.UTF_8), id,
        LoadMode.REPLACE), ProgressListener.NONE);

    try (Connection trino = trino()) {
      assertThat(single(trino, "SELECT count(*) FROM " + sql)).isEqualTo("1");
      assertThat(columnTypes(trino, id.name())).containsExactly(Map.entry("commune", "varchar"),
          Map.entry("habitants", "bigint"), Map.entry("montant", "double"));
      assertThat(single(trino, "SELECT habitants FROM " + sql)).isEqualTo("504078");
      assertThat(single(trino, "SELECT count(*) FROM internal.it_ingest.\"" + id.name() + "$snapshots\""))
          .isEqualTo("3");
    }
    table.refresh();
    assertThat(table.currentSnapshot().snapshotId()).isEqualTo(replaced.snapshotId());
    assertThat(table.currentSnapshot().summary()).containsEntry("socle.mode", "replace");
  }

  @Test
  void geoJsonGeometriesAreReadableByTrinoGeospatialFunctions() throws Exception {
    TableIdentifier id = freshTable("equipements");
    Path file = dir.resolve("equipements.geojson");
    Files.writeString(file, """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "EPSG:2154"}},
         "features": [
          {"type": "Feature", "properties": {"nom": "Hôtel de Ville"},
           "geometry": {"type": "Point", "coordinates": [652469.02, 6862035.26]}},
          {"type": "Feature", "properties": {"nom": "Quartier"},
           "geometry": {"type": "Polygon", "coordinates": [[[652000, 6862000], [653000, 6862000],
             [653000, 6863000], [652000, 6863000], [652000, 6862000]]]}}
         ]}
        """, StandardCharsets.UTF_8);

    ingestion.ingest(IngestionRequest.of(file, id, LoadMode.CREATE), ProgressListener.NONE);

    String sql = "internal.it_ingest." + id.name();
    try (Connection trino = trino()) {
      assertThat(single(trino, "SELECT round(ST_X(ST_GeomFromBinary(geometry)), 4) FROM " + sql
          + " WHERE nom = 'Hôtel de Ville'")).isEqualTo("2.3522");
      assertThat(single(trino, "SELECT round(ST_Y(ST_GeomFromBinary(geometry)), 4) FROM " + sql
          + " WHERE nom = 'Hôtel de Ville'")).isEqualTo("48.8566");
      assertThat(single(trino, "SELECT ST_GeometryType(ST_GeomFromBinary(geometry)) FROM " + sql
          + " WHERE nom = 'Quartier'")).isEqualTo("ST_Polygon");
      assertThat(single(trino, "SELECT count(*) FROM " + sql + " WHERE ST_Contains(ST_GeomFromBinary(geometry), "
          + "ST_Point(2.35, 48.86))")).isEqualTo("1");
    }
  }

  @Test
  void invalidScdlFileLeavesNoTableNoSnapshotAndNoFile() throws Exception {
    TableIdentifier id = freshTable("subventions");
    TableSchema schema;
    try (InputStream in = IngestionIT.class.getResourceAsStream("/schemas/scdl-subventions.schema.json")) {
      schema = TableSchema.parse(in);
    }
    Path file = csv("subventions.csv", "nomAttribuant;idAttribuant;dateConvention;nomBeneficiaire;objet;montant;"
        + "nature;conditionsVersement;datesPeriodeVersement;notificationUE;pourcentageSubvention\n"
        + "Région Bretagne;23350001600040;2024-01-15;ASC;Club;1500;aide en nature;unique;2024-02-01;non;0.5\n"
        + "Région Bretagne;2335000160004;2024-01-15;ASC;Club;1500;aide en nature;unique;2024-02-01;non;0.5\n",
        StandardCharsets.UTF_8);
    long filesBefore = warehouseFiles();

    assertThatThrownBy(() -> ingestion.ingest(IngestionRequest.of(file, id, LoadMode.CREATE).withSchema(schema),
            ProgressListener.NONE))
        .isInstanceOfSatisfying(IngestionException.class, e -> assertThat(FrenchRowError.of(e.report()))
            .containsExactly(new FrenchRowError(3, "idAttribuant", "2335000160004",
                "ne respecte pas le motif ^\\d{14}$")));
    assertThat(tier.catalog().tableExists(id)).isFalse();
    assertThat(warehouseFiles()).isEqualTo(filesBefore);
    try (Connection trino = trino()) {
      assertThat(column(trino, "SHOW TABLES FROM internal.it_ingest LIKE '" + id.name() + "'")).isEmpty();
    }
  }

  @Test
  void largeLoadInManyRowGroupsReadsBackExactlyThroughTrino() throws Exception {
    TableIdentifier id = freshTable("gros");
    int rows = 300_000;
    Path file = dir.resolve("gros.csv");
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("id;montant;categorie;jour;commentaire\n");
      for (int i = 1; i <= rows; i++) {
        out.write(i + ";" + (i / 2) + "," + (i % 2 == 0 ? "0" : "5") + ";c" + (i % 7) + ";"
            + String.format("%02d/%02d/2024", 1 + i % 28, 1 + i % 12) + ";" + (i % 10 == 0 ? "" : "ligne " + i)
            + "\n");
      }
    }
    // Small row groups and files: the columns cross many pages, row groups and files.
    Ingestion small = new Ingestion(tier.catalog(), tier.settings().warehouse(),
        WriterSettings.DEFAULTS.withRowGroupBytes(256L << 10).withTargetFileBytes(512L << 10));

    IngestionResult result = small.ingest(IngestionRequest.of(file, id, LoadMode.CREATE)
        .withTypeOverrides(Map.of("id", ColumnType.LONG)), ProgressListener.NONE);

    assertThat(result.rowsWritten()).isEqualTo(rows);
    String sql = "internal.it_ingest." + id.name();
    try (Connection trino = trino()) {
      assertThat(Integer.parseInt(single(trino, "SELECT count(*) FROM internal.it_ingest.\"" + id.name() + "$files\"")))
          .isGreaterThan(1);
      assertThat(single(trino, "SELECT count(*) FROM " + sql)).isEqualTo(Integer.toString(rows));
      assertThat(single(trino, "SELECT sum(id) FROM " + sql)).isEqualTo(Long.toString((long) rows * (rows + 1) / 2));
      assertThat(single(trino, "SELECT sum(montant) FROM " + sql))
          .isEqualTo(Double.toString((double) rows * (rows + 1) / 4));
      assertThat(single(trino, "SELECT montant FROM " + sql + " WHERE id = 123457")).isEqualTo("61728.5");
      assertThat(single(trino, "SELECT commentaire FROM " + sql + " WHERE id = 299999")).isEqualTo("ligne 299999");
      assertThat(single(trino, "SELECT count(*) FROM " + sql + " WHERE commentaire IS NULL"))
          .isEqualTo(Integer.toString(rows / 10));
      assertThat(single(trino, "SELECT count(*) FROM " + sql + " WHERE categorie = 'c3'"))
          .isEqualTo(Long.toString(java.util.stream.IntStream.rangeClosed(1, rows).filter(i -> i % 7 == 3).count()));
      assertThat(single(trino, "SELECT count(*) FROM " + sql + " WHERE id BETWEEN 150000 AND 150099"))
          .isEqualTo("100");
    }
  }

  private static long warehouseFiles() throws Exception {
    Path warehouse = Path.of(java.net.URI.create(stack.value("SOCLE_WAREHOUSE_INTERNAL"))).resolve("it_ingest");
    if (!Files.exists(warehouse)) {
      return 0;
    }
    try (var walk = Files.walk(warehouse)) {
      return walk.filter(Files::isRegularFile).count();
    }
  }

  private static Connection trino() throws SQLException {
    return stack.trino("service-account-socle-portal", stack.portalServiceToken());
  }

  private static Map<String, String> columnTypes(Connection trino, String table) throws SQLException {
    Map<String, String> types = new LinkedHashMap<>();
    try (Statement statement = trino.createStatement();
        ResultSet rs = statement.executeQuery("SELECT column_name, data_type FROM internal.information_schema.columns"
            + " WHERE table_schema = 'it_ingest' AND table_name = '" + table + "' ORDER BY ordinal_position")) {
      while (rs.next()) {
        types.put(rs.getString(1), rs.getString(2));
      }
    }
    return types;
  }

  private static String single(Connection trino, String sql) throws SQLException {
    List<String> values = column(trino, sql);
    assertThat(values).as(sql).hasSize(1);
    return values.getFirst();
  }

  private static List<String> column(Connection trino, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = trino.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
