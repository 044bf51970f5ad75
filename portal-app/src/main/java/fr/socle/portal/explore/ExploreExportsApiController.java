package fr.socle.portal.explore;

import fr.socle.portal.publicsite.SiteSettings;
import fr.socle.lakehouse.odsql.OdsqlQuery;
import fr.socle.lakehouse.odsql.OutputColumn;
import fr.socle.lakehouse.query.GovernedQueries;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.lakehouse.query.QueryHandle;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports of a dataset, without the 10,000-row window of {@code records}: streamed from Trino row by row in
 * constant memory, with Opendatasoft's semantics (fields, labels, {@code ;} and a BOM by default). The files
 * computed at publication, in the open tier's own dialect, are served by version under
 * {@code /api/public/publications/{id}} with {@code Range}, {@code ETag} and {@code Last-Modified}. CSV and XLSX
 * neutralise formula-like text cells by default ({@code escape_formulas=false} turns it off); numbers stay numbers.
 */
@RestController
@RequestMapping("/api/explore/v2.1/catalog/datasets/{datasetId}")
class ExploreExportsApiController {
  static final Map<String, String> CONTENT_TYPES = Map.of(
      "csv", "text/csv; charset=utf-8",
      "json", "application/json",
      "jsonl", "application/jsonl",
      "geojson", "application/geo+json",
      "parquet", "application/vnd.apache.parquet",
      "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final PublishedDatasets datasets;
  private final ExploreQueries queries;
  private final Duration exportTimeout;
  private final SiteSettings site;

  ExploreExportsApiController(PublishedDatasets datasets, ExploreQueries queries, ExploreSettings settings,
      SiteSettings site) {
    this.site = site;
    this.datasets = datasets;
    this.queries = queries;
    this.exportTimeout = settings.exportTimeout();
  }

  @GetMapping({"/exports", "/exports/"})
  ResponseEntity<byte[]> formats(@PathVariable String datasetId) {
    PublishedDataset dataset = dataset(datasetId);
    String base = site.origin() + "/api/explore/v2.1/catalog/datasets/" + dataset.datasetId() + "/exports/";
    byte[] body = ExploreRecordsApiController.json(json -> {
      json.writeStartObject();
      json.writeName("links");
      json.writeStartArray();
      for (String format : PublishedDatasets.EXPORT_FORMATS) {
        json.writeStartObject();
        json.writeName("rel");
        json.writeString(format);
        json.writeName("href");
        json.writeString(base + format);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    });
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  @GetMapping({"/exports/{format}", "/exports/{format}/"})
  ResponseEntity<Resource> export(@PathVariable String datasetId, @PathVariable String format,
      @RequestParam MultiValueMap<String, String> params, HttpServletResponse response)
      throws IOException, QueryException {
    PublishedDataset dataset = dataset(datasetId);
    if (!CONTENT_TYPES.containsKey(format)) {
      throw ExploreException.invalidParameter("Invalid value for format API parameter: " + format
          + " was found but one of " + PublishedDatasets.EXPORT_FORMATS + " is expected.");
    }
    ExploreParams explore = new ExploreParams(params);
    // Not the name of the version's precomputed file: this one is laid out by the API's options, and an extract
    // when filtered or chosen.
    String fileName = dataset.datasetId()
        + (dataset.metadata().version() == null ? "" : "-v" + dataset.metadata().version())
        + (explore.selects() ? "-extrait" : "-api") + "." + format;
    ZoneId zone = explore.zone();
    ExploreParams.ExportWindow window = explore.exportWindow();
    boolean compressed = explore.bool("compressed", false);
    boolean labels = explore.bool("use_labels", false);
    ExploreParams.CsvFormat csv = explore.csv();

    OdsqlQuery.Plan plan = explore.query(dataset).defaultOrder(false).page(window.limit(), window.offset()).plan();
    List<String> headers = new ArrayList<>();
    for (OutputColumn column : plan.columns()) {
      headers.add(labels && !format.equals("parquet")
          ? dataset.field(column.key()).map(PublishedDataset.Field::label).orElse(column.key()) : column.key());
    }

    response.setStatus(HttpStatus.OK.value());
    response.setContentType(compressed ? "application/gzip" : CONTENT_TYPES.get(format));
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + (compressed ? ".gz" : "") + "\"");
    response.setHeader("Cache-Control", CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().getHeaderValue());
    OutputStream body = response.getOutputStream();
    OutputStream out = compressed ? new GZIPOutputStream(body, 1 << 16) : new java.io.BufferedOutputStream(body, 1 << 16);
    ExportWriter writer = switch (format) {
      case "csv" -> new ExportWriters.Csv(out, csv, zone);
      case "json" -> new ExportWriters.Json(out, false, zone);
      case "jsonl" -> new ExportWriters.Json(out, true, zone);
      case "geojson" -> new ExportWriters.GeoJsonCollection(out, zone);
      case "parquet" -> new ParquetExport(out, zone);
      default -> new XlsxExport(out, zone, csv.neutralise(), "Export tronqué : une feuille XLSX contient au plus "
          + XlsxExport.SHEET_ROWS + " lignes ; les lignes suivantes sont absentes. Utilisez l'export CSV ou Parquet. "
          + "(Truncated: an XLSX sheet holds at most 1,048,576 rows; use the CSV or Parquet export.)");
    };
    QueryHandle handle = new QueryHandle();
    try {
      writer.start(plan.columns(), headers);
      GovernedQueries.Outcome outcome = queries.stream(plan, writer.maxRows(), exportTimeout, writer::row, handle);
      writer.finish(outcome.truncated());
      out.flush();
      if (compressed) {
        ((GZIPOutputStream) out).finish();
      }
      body.flush();
    } catch (QueryException e) {
      handle.cancel();
      if (!response.isCommitted()) {
        response.reset();
      }
      // once the status is gone, ExploreErrors lets the server cut the download short (ClientGone.answerUnderWay)
      throw e;
    }
    return null;
  }

  private PublishedDataset dataset(String datasetId) {
    return datasets.find(datasetId).orElseThrow(() -> ExploreException.unknownDataset(datasetId));
  }

}
