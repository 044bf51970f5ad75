package fr.socle.portal.explore;

import fr.socle.portal.publicsite.SiteSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.springframework.web.context.request.WebRequest;
import tools.jackson.core.JsonGenerator;

/** The catalogue of published datasets: list, one dataset, facets of the catalogue, catalogue exports. */
@RestController
@RequestMapping("/api/explore/v2.1")
class ExploreCatalogApiController {
  private final PublishedDatasets datasets;
  private final Map<String, CatalogExporter> exporters = new LinkedHashMap<>();
  private final ResponseCache cache;
  private final SiteSettings site;

  ExploreCatalogApiController(PublishedDatasets datasets, List<CatalogExporter> exporters, ResponseCache cache,
      SiteSettings site) {
    this.site = site;
    this.datasets = datasets;
    this.cache = cache;
    exporters.forEach(e -> this.exporters.put(e.format(), e));
  }

  private String baseUrl() {
    return site.origin() + "/api/explore/v2.1";
  }

  @GetMapping({"", "/", "/catalog", "/catalog/"})
  ResponseEntity<byte[]> root() {
    String base = baseUrl();
    byte[] body = ExploreRecordsApiController.json(json -> {
      json.writeStartObject();
      json.writeName("links");
      json.writeStartArray();
      for (String[] link : new String[][] {{"self", base + "/catalog"}, {"datasets", base + "/catalog/datasets"},
          {"facets", base + "/catalog/facets"}, {"exports", base + "/catalog/exports"},
          {"openapi", base + "/openapi.json"}}) {
        json.writeStartObject();
        json.writeName("rel");
        json.writeString(link[0]);
        json.writeName("href");
        json.writeString(link[1]);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    });
    return ok(body, null);
  }

  @GetMapping({"/catalog/datasets", "/catalog/datasets/"})
  ResponseEntity<byte[]> list(@RequestParam MultiValueMap<String, String> params, WebRequest request) {
    ExploreParams explore = new ExploreParams(params);
    long limit = explore.integer("limit", 10);
    long offset = explore.integer("offset", 0);
    if (limit < -1 || limit > 100) {
      throw ExploreException.invalidParameter("Invalid value for limit API parameter: " + limit
          + " was found but -1 <= limit <= 100 is expected.");
    }
    if (limit == -1) {
      limit = 100;
    }
    if (offset < 0) {
      throw ExploreException.invalidParameter("Invalid value for offset API parameter: " + offset
          + " was found but offset >= 0 is expected.");
    }
    ExploreParams.checkWindow(offset, limit, 10_000);
    List<PublishedDataset> found = CatalogSearch.filter(datasets.all(), explore);
    List<PublishedDataset> page = found.stream().skip(offset).limit(limit).toList();
    CatalogSelect select = CatalogSelect.parse(explore.first("select"));
    boolean links = explore.bool("include_links", false);
    String base = baseUrl();
    byte[] body = ExploreRecordsApiController.json(json -> {
      json.writeStartObject();
      json.writeName("total_count");
      json.writeNumber(found.size());
      json.writeName("results");
      json.writeStartArray();
      page.forEach(d -> DatasetJson.write(json, d, base, links, select));
      json.writeEndArray();
      json.writeEndObject();
    });
    return ok(body, request);
  }

  @GetMapping({"/catalog/datasets/{datasetId}", "/catalog/datasets/{datasetId}/"})
  ResponseEntity<byte[]> dataset(@PathVariable String datasetId, @RequestParam MultiValueMap<String, String> params,
      WebRequest request) {
    PublishedDataset dataset = datasets.find(datasetId).orElseThrow(() -> ExploreException.unknownDataset(datasetId));
    ExploreParams explore = new ExploreParams(params);
    CatalogSelect select = CatalogSelect.parse(explore.first("select"));
    boolean links = explore.bool("include_links", false);
    String base = baseUrl();
    return ok(ExploreRecordsApiController.json(json -> DatasetJson.write(json, dataset, base, links, select)), request);
  }

  /** A dataset's attachments: Socle publishes none beside its exports, as each description says. */
  @GetMapping({"/catalog/datasets/{datasetId}/attachments", "/catalog/datasets/{datasetId}/attachments/"})
  ResponseEntity<byte[]> attachments(@PathVariable String datasetId, WebRequest request) {
    datasets.find(datasetId).orElseThrow(() -> ExploreException.unknownDataset(datasetId));
    byte[] body = ExploreRecordsApiController.json(json -> {
      json.writeStartObject();
      json.writeName("links");
      json.writeStartArray();
      json.writeEndArray();
      json.writeName("attachments");
      json.writeStartArray();
      json.writeEndArray();
      json.writeEndObject();
    });
    return ok(body, request);
  }

  /** Any other path of the API gets the API's error shape, not the servlet container's. */
  @GetMapping("/**")
  ResponseEntity<byte[]> unknownPath(HttpServletRequest request) {
    throw new ExploreException(HttpStatus.NOT_FOUND, "NotFoundResource", "Unknown path: " + request.getRequestURI());
  }

  /** Facets of the catalogue: theme, keyword, publisher, license, features, SCDL schema, format. */
  @GetMapping({"/catalog/facets", "/catalog/facets/"})
  ResponseEntity<byte[]> facets(@RequestParam MultiValueMap<String, String> params, WebRequest request) {
    ExploreParams explore = new ExploreParams(params);
    List<PublishedDataset> found = CatalogSearch.filter(datasets.all(), explore);
    List<String> names = explore.all("facet").isEmpty()
        ? List.of("theme", "keyword", "publisher", "license", "features", "schema", "format", "modified")
        : explore.all("facet");
    List<String> refined = explore.all("refine");
    byte[] body = ExploreRecordsApiController.json(json -> {
      json.writeStartObject();
      json.writeName("links");
      json.writeStartArray();
      json.writeEndArray();
      json.writeName("facets");
      json.writeStartArray();
      for (String name : names) {
        if (name.equals("modified")) {
          // by year, then the refined year's months, then the refined month's days, as a dataset's date facet
          int level = DatasetFacets.refinedPath("modified", refined).size();
          Map<String, Long> periods = new TreeMap<>();
          for (PublishedDataset d : found) {
            String day = CatalogSearch.modifiedPath(d);
            if (!day.isEmpty()) {
              periods.merge(day.substring(0, List.of(4, 7, 10).get(level)), 1L, Long::sum);
            }
          }
          json.writeStartObject();
          json.writeName("name");
          json.writeString(name);
          json.writeName("facets");
          json.writeStartArray();
          DatasetFacets.writeDateFacet(json, name, periods.entrySet().stream()
              .map(e -> new Object[] {0, e.getKey(), e.getValue()}).toList(), refined);
          json.writeEndArray();
          json.writeEndObject();
          continue;
        }
        Map<String, Long> counts = new TreeMap<>();
        for (PublishedDataset d : found) {
          for (String value : new java.util.LinkedHashSet<>(name.equals("license")
              ? List.of(d.metadata().licenceLabel()) : CatalogSearch.values(d, name))) {
            counts.merge(value, 1L, Long::sum);
          }
        }
        facet(json, name, counts, refined);
      }
      json.writeEndArray();
      json.writeEndObject();
    });
    return ok(body, request);
  }

  private static void facet(JsonGenerator json, String name, Map<String, Long> counts, List<String> refined) {
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    json.writeStartObject();
    json.writeName("name");
    json.writeString(name);
    json.writeName("facets");
    json.writeStartArray();
    for (Map.Entry<String, Long> entry : sorted) {
      json.writeStartObject();
      json.writeName("name");
      json.writeString(entry.getKey());
      json.writeName("count");
      json.writeNumber(entry.getValue());
      json.writeName("state");
      json.writeString(refined.contains(name + ":" + entry.getKey()) ? "refined" : "displayed");
      json.writeName("value");
      json.writeString(entry.getKey());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  @GetMapping({"/catalog/exports", "/catalog/exports/"})
  ResponseEntity<byte[]> exportFormats() {
    String base = baseUrl();
    byte[] body = ExploreRecordsApiController.json(json -> {
      json.writeStartObject();
      json.writeName("links");
      json.writeStartArray();
      for (String format : exporters.keySet()) {
        json.writeStartObject();
        json.writeName("rel");
        json.writeString(format);
        json.writeName("href");
        json.writeString(base + "/catalog/exports/" + format);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    });
    return ok(body, null);
  }

  @GetMapping({"/catalog/exports/{format}", "/catalog/exports/{format}/"})
  ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam MultiValueMap<String, String> params)
      throws IOException {
    CatalogExporter exporter = exporters.get(format);
    if (exporter == null) {
      throw new ExploreException(HttpStatus.BAD_REQUEST, "InvalidRESTParameterError",
          "Invalid value for format API parameter: " + format + " was found but one of " + exporters.keySet()
              + " is expected.");
    }
    ExploreParams explore = new ExploreParams(params);
    ExploreParams.ExportWindow window = explore.exportWindow();
    CatalogSelect select = CatalogSelect.parse(explore.first("select"));
    if (select != null && !(exporter instanceof CatalogExporters.Selecting)) {
      throw ExploreException.invalidParameter("The " + format + " export describes whole datasets: select applies to "
          + "the csv and json exports only.");
    }
    List<PublishedDataset> found = CatalogSearch.filter(datasets.all(), explore).stream()
        .skip(window.offset()).limit(window.limitOrAll()).toList();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    if (exporter instanceof CatalogExporters.Selecting selecting) {
      selecting.write(found, baseUrl(), select, explore, out);
    } else {
      exporter.write(found, baseUrl(), out);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(exporter.contentType()))
        .cacheControl(CacheControl.maxAge(cache.ttl()).cachePublic())
        .header("Content-Disposition", "attachment; filename=\"catalogue." + exporter.fileExtension() + "\"")
        .body(out.toByteArray());
  }

  private ResponseEntity<byte[]> ok(byte[] body, @org.jspecify.annotations.Nullable WebRequest request) {
    String etag = ResponseCache.etag(body);
    if (request != null && request.checkNotModified(etag)) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .cacheControl(CacheControl.maxAge(cache.ttl()).cachePublic()).eTag(etag).body(body);
  }

}
