package fr.socle.portal.catalogue;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.lakehouse.catalog.DatasetQuery;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.lakehouse.catalog.SnapshotInfo;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.lakehouse.query.TableQuery;
import fr.socle.policies.access.ReadScope;
import fr.socle.policies.access.Subject;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The internal catalogue and its data as JSON, for a bearer token: the same datasets, columns, rows and values as
 * the pages and as Trino itself, because every read goes through Trino as the bearer. A dataset the bearer may
 * not know of is a 404, never a 403; one they may only discover answers its metadata and a 403 for its data.
 */
@RestController
class DatasetApiController {
  /** Parameters of the records endpoint; every other parameter is an equality filter on a column. */
  private static final Set<String> RECORD_PARAMETERS = Set.of("limit", "offset", "order_by", "version", "lang");
  /** Parameters of the exports; every other one filters the rows as on the records endpoint. */
  private static final Set<String> EXPORT_PARAMETERS = Set.of("separator", "version", "lang");

  private final InternalCatalogue catalogue;
  private final DatasetLookup lookup;
  private final DatasetReads reads;
  private final DatasetExports exports;
  private final Catalogue store;

  DatasetApiController(InternalCatalogue catalogue, DatasetLookup lookup, DatasetReads reads, DatasetExports exports,
      Catalogue store) {
    this.store = store;
    this.catalogue = catalogue;
    this.lookup = lookup;
    this.reads = reads;
    this.exports = exports;
  }

  @GetMapping("/api/v1/datasets")
  Map<String, Object> list(Subject me, @RequestParam(name = "q", required = false) @Nullable String text) {
    List<Map<String, @Nullable Object>> results = catalogue.search(me, DatasetQuery.all()
            .withText(text == null || text.isBlank() ? null : text)).stream()
        .map(entry -> summary(entry.dataset(), entry.scope()))
        .toList();
    return Map.of("total_count", results.size(), "results", results);
  }

  @GetMapping("/api/v1/datasets/{id}")
  Map<String, @Nullable Object> get(Subject me, @PathVariable String id) {
    InternalCatalogue.Entry entry = catalogue.get(me, id);
    Dataset dataset = entry.dataset();
    Map<String, @Nullable Object> answer = summary(dataset, entry.scope());
    Dataset.Metadata m = dataset.metadata();
    answer.put("steward", m.steward());
    answer.put("licence", m.licence());
    answer.put("update_frequency", m.updateFrequency());
    answer.put("spatial_coverage", m.spatialCoverage());
    answer.put("temporal_start", m.temporalStart() == null ? null : m.temporalStart().toString());
    answer.put("temporal_end", m.temporalEnd() == null ? null : m.temporalEnd().toString());
    answer.put("table", dataset.trinoName());
    answer.put("created_at", dataset.createdAt().toString());
    answer.put("updated_at", dataset.updatedAt().toString());
    // what a steward sends back with an edit (PUT .../metadata, .../visibility): the version it was read at
    answer.put("version", dataset.version());
    Set<String> masked = DatasetPageController.masked(entry.scope(), entry.columns());
    List<Map<String, @Nullable Object>> columns = new ArrayList<>();
    for (DatasetColumn column : entry.columns()) {
      Map<String, @Nullable Object> c = new LinkedHashMap<>();
      c.put("name", column.name());
      c.put("type", column.type());
      c.put("label", column.label());
      c.put("description", column.description());
      c.put("masked", masked.contains(column.name()));
      columns.add(c);
    }
    answer.put("columns", columns);
    return answer;
  }

  @GetMapping("/api/v1/datasets/{id}/records")
  Map<String, Object> records(Subject me, @PathVariable String id,
      @RequestParam(name = "limit", defaultValue = "100") int limit,
      @RequestParam(name = "offset", defaultValue = "0") long offset,
      @RequestParam(name = "order_by", required = false) @Nullable String orderBy,
      @RequestParam(name = "version", required = false) @Nullable Long version,
      @RequestParam MultiValueMap<String, String> parameters) throws QueryException {
    int max = reads.settings().recordsMaxLimit();
    if (limit < 1 || limit > max) {
      throw new IllegalArgumentException("limit doit être compris entre 1 et " + max);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset doit être positif");
    }
    DatasetLookup.Opened opened = lookup.openReadable(me, id, version);
    List<TableQuery.Condition> conditions = filters(opened, parameters, RECORD_PARAMETERS);
    String sort = null;
    TableQuery.Direction direction = TableQuery.Direction.ASC;
    if (orderBy != null && !orderBy.isBlank()) {
      String[] parts = orderBy.strip().split("\\s+");
      if (parts.length > 2 || parts.length == 2 && !parts[1].matches("(?i)asc|desc")) {
        throw new IllegalArgumentException("order_by invalide : « " + orderBy.strip()
            + " » (attendu : colonne, -colonne, colonne asc ou colonne desc)");
      }
      sort = parts[0].startsWith("-") ? parts[0].substring(1) : parts[0];
      boolean descending = parts[0].startsWith("-")
          || parts.length > 1 && "desc".equals(parts[1].toLowerCase(Locale.ROOT));
      direction = descending ? TableQuery.Direction.DESC : TableQuery.Direction.ASC;
      if (opened.table().column(sort).isEmpty()) {
        throw new IllegalArgumentException("colonne inconnue : " + sort);
      }
    }
    DatasetReads.Selection selection = new DatasetReads.Selection(offset, limit, sort, direction, conditions,
        opened.versionId());
    long total = reads.count(me, opened.table(), selection);
    DatasetReads.Page page = reads.page(me, opened.table(), selection);
    List<Map<String, @Nullable Object>> results = new ArrayList<>(page.rows().size());
    for (Object[] row : page.rows()) {
      Map<String, @Nullable Object> record = new LinkedHashMap<>();
      for (int i = 0; i < row.length; i++) {
        record.put(page.columns().get(i).name(), Values.json(row[i]));
      }
      results.add(record);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("total_count", total);
    answer.put("limit", limit);
    answer.put("offset", offset);
    answer.put("results", results);
    return answer;
  }

  /**
   * The versions of the data, newest first: the {@code snapshot_id} a records or export call takes as
   * {@code version} (a string: the number exceeds what JavaScript reads exactly). Row counts are the whole table's,
   * so only for those who read it whole.
   */
  @GetMapping("/api/v1/datasets/{id}/versions")
  Map<String, Object> versions(Subject me, @PathVariable String id) {
    DatasetLookup.Opened opened = lookup.openReadable(me, id, null);
    boolean counts = opened.entry().scope().unrestricted();
    List<Map<String, @Nullable Object>> versions = new ArrayList<>();
    for (SnapshotInfo snapshot : store.snapshots(opened.entry().dataset().id())) {
      Map<String, @Nullable Object> version = new LinkedHashMap<>();
      version.put("snapshot_id", Long.toString(snapshot.snapshotId()));
      version.put("committed_at", snapshot.committedAt().toString());
      version.put("operation", snapshot.operation());
      version.put("mode", snapshot.mode());
      if (counts) {
        version.put("added_records", snapshot.addedRecords());
        version.put("deleted_records", snapshot.deletedRecords());
        version.put("total_records", snapshot.totalRecords());
      }
      versions.add(version);
    }
    return Map.of("versions", versions);
  }

  @GetMapping("/api/v1/datasets/{id}/exports/{format}")
  void export(Subject me, @PathVariable String id, @PathVariable String format,
      @RequestParam(name = "separator", defaultValue = ",") String separator,
      @RequestParam(name = "version", required = false) @Nullable Long version,
      @RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws QueryException {
    ExportFormat exportFormat = ExportFormat.parse(format).orElseThrow(() ->
        new fr.socle.portal.access.AccessException(fr.socle.portal.access.AccessException.Code.NOT_FOUND,
            "format d'export inconnu : " + format));
    DatasetLookup.Opened opened = lookup.openReadable(me, id, version);
    DatasetDownloadController.stream(response, () -> exports.export(me, opened.table(),
        new DatasetExports.Options(exportFormat, DatasetDownloadController.separator(separator), opened.versionId(),
            "api", filters(opened, parameters, EXPORT_PARAMETERS)), DatasetDownloadController.streamTo(response)));
  }

  /** {@code ?commune=A&commune=B}: the rows whose column holds one of the values; an unknown column is refused. */
  private static List<TableQuery.Condition> filters(DatasetLookup.Opened opened,
      MultiValueMap<String, String> parameters, Set<String> reserved) {
    List<TableQuery.Condition> conditions = new ArrayList<>();
    parameters.forEach((name, values) -> {
      if (!reserved.contains(name)) {
        if (opened.table().column(name).isEmpty()) {
          throw new IllegalArgumentException("colonne inconnue : " + name);
        }
        conditions.add(new TableQuery.Condition(name, TableQuery.Operator.IN, new ArrayList<>(values)));
      }
    });
    return conditions;
  }

  private static Map<String, @Nullable Object> summary(Dataset dataset, ReadScope scope) {
    Dataset.Metadata m = dataset.metadata();
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    map.put("id", dataset.id());
    map.put("title", m.title());
    map.put("description", m.description());
    map.put("producer_service", m.producerService());
    map.put("theme", m.theme());
    map.put("keywords", m.keywords());
    map.put("visibility", dataset.visibility().code());
    map.put("state", dataset.state().code());
    map.put("archived", dataset.state() == DatasetState.ARCHIVED);
    Map<String, Object> access = new LinkedHashMap<>();
    access.put("level", scope.access().name().toLowerCase(Locale.ROOT));
    access.put("readable", scope.readable());
    access.put("restricted", scope.readable() && !scope.unrestricted());
    map.put("access", access);
    map.put("links", Map.of("self", "/api/v1/datasets/" + dataset.id(),
        "records", "/api/v1/datasets/" + dataset.id() + "/records",
        // the data's versions: their snapshot_id is what ?version= takes (the "version" above is the metadata's)
        "versions", "/api/v1/datasets/" + dataset.id() + "/versions",
        "page", "/espace/jeux/" + dataset.id()));
    return map;
  }
}
