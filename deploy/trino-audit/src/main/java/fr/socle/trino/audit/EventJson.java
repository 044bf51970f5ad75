package fr.socle.trino.audit;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes an {@link AuditEvent} in the shape of Trino's own event JSON (the same field names and nesting), so that the
 * decision point reads events from this listener and from Trino's HTTP event listener alike. Durations are seconds,
 * as Trino writes them.
 */
final class EventJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private EventJson() {}

  static byte[] write(AuditEvent event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      json.writeStartObject();
      json.writeObjectPropertyStart("metadata");
      json.writeStringProperty("queryId", event.queryId());
      json.writeStringProperty("query", event.query());
      optional(json, "preparedQuery", event.preparedQuery());
      json.writeStringProperty("queryState", event.queryState());
      json.writeArrayPropertyStart("tables");
      for (AuditEvent.Table table : event.tables()) {
        json.writeStartObject();
        json.writeStringProperty("catalog", table.catalog());
        json.writeStringProperty("schema", table.schema());
        json.writeStringProperty("table", table.table());
        json.writeArrayPropertyStart("filters");
        for (String filter : table.filters()) {
          json.writeString(filter);
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("columns");
        for (AuditEvent.Mask mask : table.masks()) {
          json.writeStartObject();
          json.writeStringProperty("column", mask.column());
          json.writeStringProperty("mask", mask.expression());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();

      json.writeObjectPropertyStart("context");
      json.writeStringProperty("user", event.user());
      optional(json, "principal", event.principal());
      json.writeStringProperty("originalUser", event.originalUser());
      optional(json, "source", event.source());
      optional(json, "catalog", event.catalog());
      optional(json, "schema", event.schema());
      json.writeEndObject();

      json.writeStringProperty("createTime", event.createTime().toString());
      AuditEvent.Completion completion = event.completion();
      if (completion != null) {
        json.writeStringProperty("endTime", completion.endTime().toString());
        json.writeObjectPropertyStart("statistics");
        json.writeNumberProperty("outputRows", completion.outputRows());
        json.writeNumberProperty("wallTime", seconds(completion.wallTime()));
        json.writeNumberProperty("cpuTime", seconds(completion.cpuTime()));
        json.writeEndObject();
        if (completion.errorName() != null) {
          json.writeObjectPropertyStart("failureInfo");
          json.writeObjectPropertyStart("errorCode");
          json.writeStringProperty("name", completion.errorName());
          json.writeEndObject();
          optional(json, "failureMessage", completion.failureMessage());
          json.writeEndObject();
        }
      }
      json.writeEndObject();
    }
    return out.toByteArray();
  }

  private static void optional(JsonGenerator json, String name, @Nullable String value) {
    if (value != null) {
      json.writeStringProperty(name, value);
    }
  }

  private static BigDecimal seconds(Duration duration) {
    return BigDecimal.valueOf(duration.toMillis(), 3);
  }
}
