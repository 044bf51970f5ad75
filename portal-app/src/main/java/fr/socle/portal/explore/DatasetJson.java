package fr.socle.portal.explore;

import fr.socle.lakehouse.odsql.FieldType;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A dataset as Opendatasoft's catalogue describes it: {@code dataset_id}, {@code fields}, {@code metas.default}... */
public final class DatasetJson {
  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  private DatasetJson() {}

  static List<String> features(PublishedDataset dataset) {
    List<String> features = new ArrayList<>();
    if (dataset.metadata().recordsCount() > 0 || !dataset.fields().isEmpty()) {
      features.add("analyze");
    }
    if (dataset.geometry() != null) {
      features.add("geo");
    }
    if (dataset.fields().stream().anyMatch(f -> f.type() == FieldType.DATE || f.type() == FieldType.DATETIME)) {
      features.add("timeserie");
    }
    return features;
  }

  /** The dataset's description, only what {@code select} keeps of it (all of it when null). */
  static void write(JsonGenerator json, PublishedDataset dataset, String baseUrl, boolean links,
      @Nullable CatalogSelect select) {
    if (select == null) {
      write(json, dataset, baseUrl, links);
      return;
    }
    byte[] whole = ExploreRecordsApiController.json(all -> write(all, dataset, baseUrl, links));
    ObjectNode kept = select.apply((ObjectNode) JsonMapper.shared().readTree(whole));
    json.writeRawValue(JsonMapper.shared().writeValueAsString(kept));
  }

  static void write(JsonGenerator json, PublishedDataset dataset, String baseUrl, boolean links) {
    PublishedDataset.Metadata meta = dataset.metadata();
    json.writeStartObject();
    if (links) {
      json.writeName("_links");
      json.writeStartArray();
      link(json, "self", baseUrl + "/catalog/datasets/" + dataset.datasetId());
      link(json, "records", baseUrl + "/catalog/datasets/" + dataset.datasetId() + "/records");
      link(json, "exports", baseUrl + "/catalog/datasets/" + dataset.datasetId() + "/exports");
      json.writeEndArray();
    }
    string(json, "visibility", "domain");
    string(json, "dataset_id", dataset.datasetId());
    string(json, "dataset_uid", "da_" + Integer.toHexString(dataset.datasetId().hashCode() & 0xfffffff));
    json.writeName("has_records");
    json.writeBoolean(meta.recordsCount() > 0);
    json.writeName("data_visible");
    json.writeBoolean(true);
    json.writeName("features");
    json.writeStartArray();
    features(dataset).forEach(json::writeString);
    json.writeEndArray();
    json.writeName("attachments");
    json.writeStartArray();
    json.writeEndArray();
    json.writeName("alternative_exports");
    json.writeStartArray();
    json.writeEndArray();
    json.writeName("fields");
    json.writeStartArray();
    for (PublishedDataset.Field field : dataset.fields()) {
      json.writeStartObject();
      string(json, "name", field.name());
      string(json, "label", field.label());
      string(json, "type", field.type().odsName());
      json.writeName("annotations");
      json.writeStartObject();
      if (DatasetFacets.facetable(field)) {
        json.writeName("facet");
        json.writeStartArray();
        json.writeEndArray();
      }
      json.writeEndObject();
      nullable(json, "description", field.description());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeName("metas");
    json.writeStartObject();
    json.writeName("default");
    json.writeStartObject();
    string(json, "title", meta.title());
    string(json, "description", meta.description());
    json.writeName("theme");
    json.writeStartArray();
    if (meta.theme() != null) {
      json.writeString(meta.theme());
    }
    json.writeEndArray();
    json.writeName("keyword");
    json.writeStartArray();
    meta.keywords().forEach(json::writeString);
    json.writeEndArray();
    string(json, "license", meta.licenceLabel());
    string(json, "license_url", fr.socle.lakehouse.catalog.Licences.url(meta.licence()));
    string(json, "language", "fr");
    nullable(json, "modified", meta.modified() == null ? null : INSTANT.format(meta.modified().atOffset(ZoneOffset.UTC)));
    nullable(json, "data_processed",
        meta.modified() == null ? null : INSTANT.format(meta.modified().atOffset(ZoneOffset.UTC)));
    nullable(json, "metadata_processed",
        meta.modified() == null ? null : INSTANT.format(meta.modified().atOffset(ZoneOffset.UTC)));
    string(json, "publisher", meta.publisher());
    nullable(json, "territory", meta.spatialCoverage());
    nullable(json, "update_frequency", meta.updateFrequency());
    nullable(json, "temporal_coverage_start", meta.temporalStart() == null ? null : meta.temporalStart().toString());
    nullable(json, "temporal_coverage_end", meta.temporalEnd() == null ? null : meta.temporalEnd().toString());
    nullable(json, "schema", meta.scdlSchema());
    json.writeName("records_count");
    json.writeNumber(meta.recordsCount());
    string(json, "timezone", "UTC");
    nullable(json, "version", meta.version());
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void link(JsonGenerator json, String rel, String href) {
    json.writeStartObject();
    string(json, "rel", rel);
    string(json, "href", href);
    json.writeEndObject();
  }

  private static void string(JsonGenerator json, String name, String value) {
    json.writeName(name);
    json.writeString(value);
  }

  private static void nullable(JsonGenerator json, String name, @Nullable String value) {
    json.writeName(name);
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(value);
    }
  }
}
