package fr.socle.lakehouse.catalog;

import fr.socle.lakehouse.jdbc.Jdbc;
import fr.socle.policies.access.Visibility;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Rows of {@code catalog.dataset} and its side tables. */
final class DatasetRepository {
  private static final String COLUMNS =
      "id, domain, table_name, title, description, producer_service, steward, theme, keywords, licence, "
          + "update_frequency, spatial_coverage, temporal_start, temporal_end, scdl_schema, visibility, "
          + "discoverable_by_partners, state, created_at, created_by, updated_at, updated_by, version";

  private final Jdbc jdbc;

  DatasetRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Dataset> find(String id) {
    return jdbc.queryOne("SELECT " + COLUMNS + " FROM catalog.dataset WHERE id = ?", DatasetRepository::map, id);
  }

  Optional<Dataset> findByTable(String domain, String tableName) {
    return jdbc.queryOne(
        "SELECT " + COLUMNS + " FROM catalog.dataset WHERE domain = ? AND table_name = ? AND state <> 'deleted'",
        DatasetRepository::map, domain, tableName);
  }

  boolean idTaken(String id) {
    return jdbc.queryOne("SELECT 1 FROM catalog.dataset WHERE id = ?", rs -> 1, id).isPresent();
  }

  List<Dataset> search(DatasetQuery query) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM catalog.dataset WHERE state = ANY (?::text[])");
    List<Object> params = new ArrayList<>();
    params.add(query.states().stream().map(DatasetState::code).collect(Collectors.toList()));
    boolean ranked = query.text() != null && !query.text().isBlank();
    if (ranked) {
      // accents aside (catalog.french_unaccent, migration V2): « equipements » finds « Équipements »
      sql.append(" AND (search @@ websearch_to_tsquery('catalog.french_unaccent', ?)"
          + " OR title ILIKE ? OR id ILIKE ?)");
      String like = "%" + escapeLike(query.text().strip()) + "%";
      params.add(query.text());
      params.add(like);
      params.add(like);
    }
    if (query.producerService() != null) {
      sql.append(" AND producer_service = ?");
      params.add(query.producerService());
    }
    if (query.theme() != null) {
      sql.append(" AND theme = ?");
      params.add(query.theme());
    }
    if (query.keyword() != null) {
      sql.append(" AND ? = ANY (keywords)");
      params.add(query.keyword());
    }
    if (ranked) {
      sql.append(" ORDER BY ts_rank(search, websearch_to_tsquery('catalog.french_unaccent', ?)) DESC, title");
      params.add(query.text());
    } else {
      sql.append(" ORDER BY title");
    }
    return jdbc.query(sql.toString(), DatasetRepository::map, params.toArray());
  }

  static void insert(Connection connection, Dataset d) throws SQLException {
    Dataset.Metadata m = d.metadata();
    Jdbc.update(connection,
        "INSERT INTO catalog.dataset (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        d.id(), d.domain(), d.tableName(), m.title(), m.description(), m.producerService(), m.steward(), m.theme(),
        m.keywords(), m.licence(), m.updateFrequency(), m.spatialCoverage(), m.temporalStart(), m.temporalEnd(),
        m.scdlSchema(), d.visibility().code(), d.discoverableByPartners(), d.state().code(), d.createdAt(),
        d.createdBy(), d.updatedAt(), d.updatedBy(), d.version());
  }

  /** Writes the new state if nobody changed the row since {@code expectedVersion}; false otherwise. */
  static boolean update(Connection connection, Dataset d, int expectedVersion) throws SQLException {
    Dataset.Metadata m = d.metadata();
    return Jdbc.update(connection,
        "UPDATE catalog.dataset SET domain = ?, table_name = ?, title = ?, description = ?, producer_service = ?, "
            + "steward = ?, theme = ?, keywords = ?, licence = ?, update_frequency = ?, spatial_coverage = ?, "
            + "temporal_start = ?, temporal_end = ?, scdl_schema = ?, visibility = ?, discoverable_by_partners = ?, "
            + "state = ?, updated_at = ?, updated_by = ?, version = ? WHERE id = ? AND version = ?",
        d.domain(), d.tableName(), m.title(), m.description(), m.producerService(), m.steward(), m.theme(),
        m.keywords(), m.licence(), m.updateFrequency(), m.spatialCoverage(), m.temporalStart(), m.temporalEnd(),
        m.scdlSchema(), d.visibility().code(), d.discoverableByPartners(), d.state().code(), d.updatedAt(),
        d.updatedBy(), d.version(), d.id(), expectedVersion) == 1;
  }

  static void event(Connection connection, String datasetId, Instant at, String actor, String kind, String detailsJson)
      throws SQLException {
    Jdbc.update(connection,
        "INSERT INTO catalog.dataset_event (dataset_id, at, actor, kind, details) VALUES (?, ?, ?, ?, ?)",
        datasetId, at, actor, kind, new Jdbc.Json(detailsJson));
  }

  static void replaceColumns(Connection connection, String datasetId, List<DatasetColumn> columns)
      throws SQLException {
    Jdbc.update(connection, "DELETE FROM catalog.dataset_column WHERE dataset_id = ?", datasetId);
    int position = 0;
    for (DatasetColumn column : columns) {
      Jdbc.update(connection,
          "INSERT INTO catalog.dataset_column (dataset_id, position, name, type, label, description) "
              + "VALUES (?, ?, ?, ?, ?, ?)",
          datasetId, position++, column.name(), column.type(), column.label(), column.description());
    }
  }

  List<DatasetColumn> columns(String datasetId) {
    return jdbc.query(
        "SELECT name, type, label, description FROM catalog.dataset_column WHERE dataset_id = ? ORDER BY position",
        rs -> new DatasetColumn(rs.getString("name"), rs.getString("type"), rs.getString("label"),
            rs.getString("description")),
        datasetId);
  }

  java.util.Map<String, List<DatasetColumn>> allColumns() {
    java.util.Map<String, List<DatasetColumn>> byDataset = new java.util.HashMap<>();
    jdbc.query("SELECT dataset_id, name, type, label, description FROM catalog.dataset_column ORDER BY dataset_id, position",
        rs -> byDataset.computeIfAbsent(rs.getString("dataset_id"), id -> new ArrayList<>())
            .add(new DatasetColumn(rs.getString("name"), rs.getString("type"), rs.getString("label"),
                rs.getString("description"))));
    return byDataset;
  }

  /** A cheap fingerprint of the catalogue: it changes whenever a dataset row changes. */
  String fingerprint() {
    return jdbc.queryOne("SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(sum(version), 0) "
        + "FROM catalog.dataset", rs -> rs.getString(1)).orElse("");
  }

  List<DatasetEvent> events(String datasetId) {
    return jdbc.query(
        "SELECT at, actor, kind, details::text AS details FROM catalog.dataset_event WHERE dataset_id = ? "
            + "ORDER BY at, id",
        rs -> new DatasetEvent(Jdbc.instant(rs, "at"), rs.getString("actor"), rs.getString("kind"),
            rs.getString("details")),
        datasetId);
  }

  /** Deletion keeps a tombstone row; everything that may hold personal data goes. */
  static void eraseTraces(Connection connection, String datasetId) throws SQLException {
    Jdbc.update(connection, "DELETE FROM catalog.dataset_column WHERE dataset_id = ?", datasetId);
    Jdbc.update(connection, "UPDATE catalog.dataset_load SET report = NULL WHERE dataset_id = ?", datasetId);
    Jdbc.update(connection, "UPDATE catalog.dataset_event SET details = '{}' WHERE dataset_id = ?", datasetId);
    Jdbc.update(connection, "UPDATE catalog.dataset SET deleted_at = now() WHERE id = ?", datasetId);
  }

  private static Dataset map(ResultSet rs) throws SQLException {
    Dataset.Metadata metadata = new Dataset.Metadata(
        rs.getString("title"), rs.getString("description"), rs.getString("producer_service"),
        rs.getString("steward"), rs.getString("theme"), Jdbc.strings(rs, "keywords"), rs.getString("licence"),
        rs.getString("update_frequency"), rs.getString("spatial_coverage"), Jdbc.date(rs, "temporal_start"),
        Jdbc.date(rs, "temporal_end"), rs.getString("scdl_schema"));
    return new Dataset(
        rs.getString("id"), rs.getString("domain"), rs.getString("table_name"), metadata,
        Visibility.fromCode(rs.getString("visibility")), rs.getBoolean("discoverable_by_partners"),
        DatasetState.fromCode(rs.getString("state")), Jdbc.instant(rs, "created_at"), rs.getString("created_by"),
        Jdbc.instant(rs, "updated_at"), rs.getString("updated_by"), rs.getInt("version"));
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
