package fr.socle.lakehouse.load;

import fr.socle.lakehouse.catalog.CatalogException;
import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.lakehouse.catalog.NewDataset;
import fr.socle.lakehouse.ingest.ColumnSpec;
import fr.socle.lakehouse.ingest.Ingestion;
import fr.socle.lakehouse.ingest.IngestionException;
import fr.socle.lakehouse.ingest.IngestionRequest;
import fr.socle.lakehouse.ingest.IngestionResult;
import fr.socle.lakehouse.ingest.LoadMode;
import fr.socle.lakehouse.ingest.Message;
import fr.socle.lakehouse.ingest.ProgressListener;
import fr.socle.lakehouse.ingest.RowError;
import fr.socle.lakehouse.ingest.ValidationReport;
import fr.socle.lakehouse.jdbc.Jdbc;
import fr.socle.lakehouse.schema.SchemaRegistry;
import fr.socle.lakehouse.schema.TableSchema;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creating a dataset from a file, appending to it, replacing its contents. The Iceberg snapshot commits first (or
 * not at all: an invalid file changes nothing); the catalogue row, its columns and the record of the load follow
 * in one database transaction, and a created table is dropped again if that transaction fails. A refused load is
 * recorded with its report, so the steward can see what went wrong.
 */
public final class DatasetLoads {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Catalogue catalogue;
  private final Ingestion ingestion;
  private final Jdbc jdbc;
  private final Clock clock;

  public DatasetLoads(Catalogue catalogue, Ingestion ingestion, Jdbc jdbc, Clock clock) {
    this.catalogue = catalogue;
    this.ingestion = ingestion;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A committed load: the dataset as it now is, what Iceberg committed, the id of the load record. */
  public record Outcome(Dataset dataset, IngestionResult result, UUID loadId) {}

  /** Listens to loads that committed (to scan the new snapshot, re-promote, ...). */
  public interface Listener {
    void loaded(Dataset dataset, long snapshotId, LoadMode mode);
  }

  private final List<Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

  public void addListener(Listener listener) {
    listeners.add(listener);
  }

  public Outcome create(NewDataset dataset, LoadRequest load, String actor, ProgressListener progress)
      throws IngestionException {
    if (catalogue.findByTable(dataset.domain(), dataset.tableName()).isPresent()) {
      throw new CatalogException(CatalogException.Code.ALREADY_EXISTS,
          "la table " + dataset.domain() + "." + dataset.tableName() + " existe déjà");
    }
    catalogue.ensureNamespace(dataset.domain());
    UUID loadId = UUID.randomUUID();
    IngestionResult result = ingestion.ingest(request(load, dataset.domain(), dataset.tableName(), LoadMode.CREATE,
        actor, loadId), progress);
    try {
      Dataset created = jdbc.inTransaction(connection -> {
        Dataset registered = catalogue.register(connection, dataset, actor);
        Catalogue.replaceColumns(connection, registered.id(), columns(result.columns(), Map.of()));
        recordLoad(connection, loadId, registered.id(), actor, LoadMode.CREATE, load, result, null);
        return registered;
      });
      notifyListeners(created, result.snapshotId(), LoadMode.CREATE);
      return new Outcome(created, result, loadId);
    } catch (RuntimeException e) {
      catalogue.dropTable(org.apache.iceberg.catalog.TableIdentifier.of(dataset.domain(), dataset.tableName()));
      throw e;
    }
  }

  /** Appends to or replaces the data of an active dataset. */
  public Outcome load(String datasetId, LoadMode mode, LoadRequest load, String actor, ProgressListener progress)
      throws IngestionException {
    if (mode == LoadMode.CREATE) {
      throw new IllegalArgumentException("use create() to create a dataset");
    }
    Dataset dataset = catalogue.get(datasetId);
    if (dataset.state() != DatasetState.ACTIVE) {
      throw new CatalogException(CatalogException.Code.NOT_ACTIVE, "le jeu de données est archivé : aucun chargement");
    }
    UUID loadId = UUID.randomUUID();
    IngestionResult result;
    try {
      result = ingestion.ingest(request(load, dataset.domain(), dataset.tableName(), mode, actor, loadId), progress);
    } catch (IngestionException refused) {
      jdbc.inTransaction(connection -> {
        recordLoad(connection, loadId, datasetId, actor, mode, load, null, refused);
        return null;
      });
      throw refused;
    }
    Map<String, DatasetColumn> documented = new HashMap<>();
    catalogue.columns(datasetId).forEach(c -> documented.put(c.name(), c));
    jdbc.inTransaction(connection -> {
      // An append keeps the table's columns (a file may omit some: they are null in its rows), their labels and
      // descriptions; a replace gives the table the file's columns.
      if (mode != LoadMode.APPEND || documented.isEmpty()) {
        Catalogue.replaceColumns(connection, datasetId, columns(result.columns(), documented));
      }
      recordLoad(connection, loadId, datasetId, actor, mode, load, result, null);
      return null;
    });
    notifyListeners(dataset, result.snapshotId(), mode);
    return new Outcome(catalogue.get(datasetId), result, loadId);
  }

  private void notifyListeners(Dataset dataset, long snapshotId, LoadMode mode) {
    for (Listener listener : listeners) {
      try {
        listener.loaded(dataset, snapshotId, mode);
      } catch (RuntimeException e) {
        // a listener's failure (a scan that could not start) never undoes a committed load
        System.getLogger(DatasetLoads.class.getName()).log(System.Logger.Level.WARNING,
            "load listener failed for " + dataset.id(), e);
      }
    }
  }

  private IngestionRequest request(LoadRequest load, String domain, String table, LoadMode mode, String actor,
      UUID loadId) throws IngestionException {
    TableSchema schema = null;
    if (load.schemaName() != null) {
      schema = SchemaRegistry.find(load.schemaName()).orElseThrow(() -> new IngestionException(
          IngestionException.Code.INVALID_OPTIONS, Message.of("load.unknownSchema", load.schemaName())));
    }
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("socle.user", actor);
    properties.put("socle.load-id", loadId.toString());
    return new IngestionRequest(load.file(), load.sourceName(), load.format(),
        org.apache.iceberg.catalog.TableIdentifier.of(domain, table), mode, load.read(), load.typeOverrides(), schema,
        properties);
  }

  /** The table's columns as loaded, keeping the descriptions stewards wrote for columns that stayed. */
  private static List<DatasetColumn> columns(List<ColumnSpec> loaded, Map<String, DatasetColumn> documented) {
    List<DatasetColumn> columns = new ArrayList<>();
    for (ColumnSpec spec : loaded) {
      DatasetColumn previous = documented.get(spec.name());
      columns.add(new DatasetColumn(spec.name(), spec.type().label(), spec.label(),
          previous == null ? null : previous.description()));
    }
    return columns;
  }

  private void recordLoad(java.sql.Connection connection, UUID loadId, String datasetId, String actor, LoadMode mode,
      LoadRequest load, @Nullable IngestionResult result, @Nullable IngestionException refused)
      throws java.sql.SQLException {
    Instant now = clock.instant();
    ValidationReport report = refused != null ? refused.report() : result != null ? result.report() : null;
    Jdbc.update(connection,
        "INSERT INTO catalog.dataset_load (id, dataset_id, at, actor, mode, source_name, format, bytes_read, "
            + "rows_written, snapshot_id, outcome, error_code, report) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        loadId, datasetId, now, actor, mode.name().toLowerCase(java.util.Locale.ROOT), load.sourceName(),
        load.format() == null ? null : load.format().name().toLowerCase(java.util.Locale.ROOT),
        result == null ? null : result.bytesRead(), result == null ? null : result.rowsWritten(),
        result == null ? null : result.snapshotId(), refused == null ? "committed" : "refused",
        refused == null ? null : refused.code().name(),
        report == null ? null : new Jdbc.Json(reportJson(report, refused)));
    Jdbc.update(connection,
        "INSERT INTO catalog.dataset_event (dataset_id, at, actor, kind, details) VALUES (?, ?, ?, ?, ?)",
        datasetId, now, actor, refused == null ? "loaded" : "load-refused",
        new Jdbc.Json(JSON.writeValueAsString(Map.of("load", loadId.toString(), "mode", mode.name(),
            "rows", result == null ? 0 : result.rowsWritten(), "source", load.sourceName()))));
  }

  static String reportJson(ValidationReport report, @Nullable IngestionException refused) {
    Map<String, Object> json = new LinkedHashMap<>();
    if (refused != null) {
      json.put("code", refused.code().name());
      json.put("message", String.valueOf(refused.getMessage()).replace('\0', '\uFFFD'));
    }
    json.put("errorCount", report.errorCount());
    List<Map<String, Object>> errors = new ArrayList<>();
    for (RowError error : report.errors().subList(0, Math.min(200, report.errors().size()))) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("line", error.line());
      e.put("field", error.field());
      e.put("value", error.value());
      e.put("reason", error.reason().french());
      errors.add(e);
    }
    json.put("errors", errors);
    json.put("counts", report.countsByFieldAndReason());
    return JSON.writeValueAsString(json);
  }
}
