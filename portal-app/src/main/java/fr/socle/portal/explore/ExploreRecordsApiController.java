package fr.socle.portal.explore;

import fr.socle.lakehouse.odsql.OdsqlQuery;
import fr.socle.lakehouse.odsql.OutputColumn;
import fr.socle.lakehouse.query.PreparedSql;
import fr.socle.lakehouse.query.QueryException;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
import tools.jackson.core.ObjectWriteContext;

/**
 * Records and facets of a dataset, as Opendatasoft's v2.1 answers them. {@code records} returns at most 100 rows a
 * call and {@code offset + limit} stays within 10,000 (20,000 and 20,000 with {@code group_by}), with ODS's errors.
 */
@RestController
@RequestMapping("/api/explore/v2.1/catalog/datasets/{datasetId}")
class ExploreRecordsApiController {
  static final int MAX_LIMIT = 100;
  static final int MAX_WINDOW = 10_000;
  static final int MAX_GROUPED = 20_000;
  private static final int FACET_VALUES = 20;

  private final PublishedDatasets datasets;
  private final ExploreQueries queries;
  private final ResponseCache cache;

  ExploreRecordsApiController(PublishedDatasets datasets, ExploreQueries queries, ResponseCache cache) {
    this.datasets = datasets;
    this.queries = queries;
    this.cache = cache;
  }

  @GetMapping({"/records", "/records/"})
  ResponseEntity<byte[]> records(@PathVariable String datasetId, @RequestParam MultiValueMap<String, String> params,
      WebRequest request) throws QueryException {
    PublishedDataset dataset = dataset(datasetId);
    ExploreParams explore = new ExploreParams(params);
    boolean grouped = explore.grouped();
    int maxLimit = grouped ? MAX_GROUPED : MAX_LIMIT;
    int maxWindow = grouped ? MAX_GROUPED : MAX_WINDOW;
    long limit = explore.integer("limit", 10);
    long offset = explore.integer("offset", 0);
    if (limit < -1 || limit > maxLimit) {
      throw ExploreException.invalidParameter("Invalid value for limit API parameter: " + limit
          + " was found but -1 <= limit <= " + maxLimit + " is expected.");
    }
    if (limit == -1) {
      limit = maxLimit;
    }
    if (offset < 0) {
      throw ExploreException.invalidParameter("Invalid value for offset API parameter: " + offset
          + " was found but offset >= 0 is expected.");
    }
    ExploreParams.checkWindow(offset, limit, maxWindow);
    ZoneId zone = explore.zone();
    long pageLimit = limit;
    // parsed on a miss only: a cached answer's query parsed against the same dataset version
    ResponseCache.Entry entry = cache.get(key(dataset, "records", explore), () -> {
      ExploreQueries.Page page = queries.page(dataset, explore.query(dataset), pageLimit, offset);
      return json(json -> {
        json.writeStartObject();
        json.writeName("total_count");
        json.writeNumber(page.total());
        json.writeName("results");
        json.writeStartArray();
        for (Object[] row : page.rows()) {
          writeRecord(json, page.columns(), row, zone);
        }
        json.writeEndArray();
        json.writeEndObject();
      });
    });
    return answer(entry, request);
  }

  @GetMapping({"/records/{recordId}", "/records/{recordId}/"})
  ResponseEntity<byte[]> record(@PathVariable String datasetId, @PathVariable String recordId,
      @RequestParam MultiValueMap<String, String> params, WebRequest request) throws QueryException {
    PublishedDataset dataset = dataset(datasetId);
    ExploreParams explore = new ExploreParams(params);
    ZoneId zone = explore.zone();
    OdsqlQuery query = OdsqlQuery.on(dataset.odsqlSchema()).timezone(zone).lang(explore.language())
        .select(explore.first("select"))
        .where("record_id = " + OdsqlQuery.literal(recordId));
    ResponseCache.Entry entry = cache.get(key(dataset, "record/" + recordId, explore), () -> {
      ExploreQueries.Page page = queries.firstRows(dataset, query, 1);
      if (page.rows().isEmpty()) {
        throw new ExploreException(HttpStatus.NOT_FOUND, "NotFoundResource", "Unknown record: " + recordId);
      }
      return json(json -> writeRecord(json, page.columns(), page.rows().getFirst(), zone));
    });
    return answer(entry, request);
  }

  /** Value counts of the text and boolean fields (or of {@code facet=} fields), most frequent first. */
  @GetMapping({"/facets", "/facets/"})
  ResponseEntity<byte[]> facets(@PathVariable String datasetId, @RequestParam MultiValueMap<String, String> params,
      WebRequest request) throws QueryException {
    PublishedDataset dataset = dataset(datasetId);
    ExploreParams explore = new ExploreParams(params);
    List<PublishedDataset.Field> fields = new ArrayList<>();
    List<String> asked = explore.all("facet");
    if (asked.isEmpty()) {
      dataset.fields().stream().filter(DatasetFacets::facetable).limit(12).forEach(fields::add);
    } else {
      for (String name : asked) {
        PublishedDataset.Field field = dataset.field(name.strip()).filter(DatasetFacets::facetable)
            .orElseThrow(() -> new ExploreException(HttpStatus.BAD_REQUEST, "ODSQLError",
                "ODSQL query is malformed: Unknown facet field: " + name + ". Clause(s) containing the error(s): facet."));
        fields.add(field);
      }
    }
    OdsqlQuery filter = explore.query(dataset).select(null).groupBy(null).orderBy(null);
    PreparedSql sql = DatasetFacets.sql(dataset, fields, filter, FACET_VALUES, explore.all("refine"));
    ResponseCache.Entry entry = cache.get(key(dataset, "facets", explore), () -> {
      Map<String, List<Object[]>> counts = new LinkedHashMap<>();
      fields.forEach(f -> counts.put(f.name(), new ArrayList<>()));
      if (!fields.isEmpty()) {
        long most = fields.stream().mapToLong(f -> DatasetFacets.values(f, FACET_VALUES)).sum();
        for (Object[] row : queries.rows(sql, most)) {
          counts.get(fields.get(((Number) row[0]).intValue()).name()).add(row);
        }
      }
      List<String> refined = explore.all("refine");
      List<String> excluded = explore.all("exclude");
      return json(json -> {
        json.writeStartObject();
        json.writeName("links");
        json.writeStartArray();
        json.writeEndArray();
        json.writeName("facets");
        json.writeStartArray();
        counts.forEach((name, values) -> {
          json.writeStartObject();
          json.writeName("name");
          json.writeString(name);
          json.writeName("facets");
          json.writeStartArray();
          boolean date = dataset.field(name).filter(DatasetFacets::isDate).isPresent();
          if (date) {
            DatasetFacets.writeDateFacet(json, name, values, refined);
          }
          for (Object[] value : date ? List.<Object[]>of() : values) {
            String text = String.valueOf(value[1]);
            json.writeStartObject();
            json.writeName("name");
            json.writeString(text);
            json.writeName("count");
            json.writeNumber(((Number) value[2]).longValue());
            json.writeName("state");
            json.writeString(refined.contains(name + ":" + text) ? "refined" : "displayed");
            json.writeName("value");
            json.writeString(text);
            json.writeEndObject();
          }
          // as Opendatasoft lists them: an excluded value, without a count (its rows are left out)
          for (String exclusion : excluded) {
            if (exclusion.startsWith(name + ":")) {
              String text = exclusion.substring(name.length() + 1);
              json.writeStartObject();
              json.writeName("name");
              json.writeString(text);
              json.writeName("state");
              json.writeString("excluded");
              json.writeName("value");
              json.writeString(text);
              json.writeEndObject();
            }
          }
          json.writeEndArray();
          json.writeEndObject();
        });
        json.writeEndArray();
        json.writeEndObject();
      });
    });
    return answer(entry, request);
  }

  private PublishedDataset dataset(String datasetId) {
    return datasets.find(datasetId).orElseThrow(() -> ExploreException.unknownDataset(datasetId));
  }

  static String key(PublishedDataset dataset, String what, ExploreParams params) {
    return dataset.datasetId() + "@" + dataset.metadata().version() + "/" + what + "?" + params.canonical();
  }

  private ResponseEntity<byte[]> answer(ResponseCache.Entry entry, WebRequest request) {
    if (request.checkNotModified(entry.etag())) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(entry.etag())
          .cacheControl(CacheControl.maxAge(cache.ttl()).cachePublic()).build();
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .cacheControl(CacheControl.maxAge(cache.ttl()).cachePublic())
        .eTag(entry.etag())
        .body(entry.body());
  }

  static void writeRecord(JsonGenerator json, List<OutputColumn> columns, @Nullable Object[] row, ZoneId zone) {
    json.writeStartObject();
    for (int i = 0; i < columns.size(); i++) {
      json.writeName(columns.get(i).key());
      OdsValues.write(json, columns.get(i).type(), row[i], zone);
    }
    json.writeEndObject();
  }

  interface JsonBody {
    void write(JsonGenerator json);
  }

  static byte[] json(JsonBody body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator json = GeoJson.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      body.write(json);
    }
    return out.toByteArray();
  }

}
