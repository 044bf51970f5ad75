package fr.socle.portal.audit;

import fr.socle.policies.access.Subject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The audit trail for data officers' tools (404 for anyone else): the page's filters, newest first. */
@RestController
class AuditApiController {
  private final AuditTrail trail;
  private final JsonMapper json;

  AuditApiController(AuditTrail trail, JsonMapper json) {
    this.trail = trail;
    this.json = json;
  }

  @GetMapping("/api/v1/audit")
  Map<String, Object> search(Subject me, @RequestParam(name = "actor", required = false) @Nullable String actor,
      @RequestParam(name = "kind", required = false) @Nullable String kind,
      @RequestParam(name = "dataset", required = false) @Nullable String dataset,
      @RequestParam(name = "query_id", required = false) @Nullable String queryId,
      @RequestParam(name = "q", required = false) @Nullable String text,
      @RequestParam(name = "from", required = false) @Nullable String from,
      @RequestParam(name = "to", required = false) @Nullable String to,
      @RequestParam(name = "limit", defaultValue = "100") int limit,
      @RequestParam(name = "offset", defaultValue = "0") int offset) {
    AuditQueries.requireDataOfficer(me);
    int bounded = Math.clamp(limit, 1, 500);
    List<Map<String, @Nullable Object>> entries = trail.search(
            AuditQueries.search(actor, kind, dataset, queryId, text, from, to, bounded, offset)).stream()
        .map(this::toJson).toList();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("limit", bounded);
    answer.put("offset", Math.max(0, offset));
    answer.put("results", entries);
    return answer;
  }

  private Map<String, @Nullable Object> toJson(AuditTrail.Stored entry) {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    map.put("id", entry.id());
    map.put("at", entry.at().toString());
    map.put("kind", entry.kind());
    map.put("actor", entry.actor());
    map.put("principal", entry.principal());
    map.put("dataset", entry.datasetId());
    map.put("query_id", entry.queryId());
    map.put("outcome", entry.outcome());
    map.put("summary", entry.summary());
    map.put("details", snapshotIdsAsText(entry.kind(), json.readTree(entry.details())));
    return map;
  }

  /**
   * Snapshot ids as strings, as the other APIs give them (63 bits: a JavaScript number rounds them), also in
   * entries written before they were stored so: a scan's {@code snapshot}, a download's {@code version}.
   */
  static JsonNode snapshotIdsAsText(String kind, JsonNode details) {
    if (details instanceof ObjectNode object) {
      List<String> fields =
          kind.equals(AuditEntry.Kinds.DOWNLOAD) ? List.of("snapshot", "version") : List.of("snapshot");
      for (String field : fields) {
        if (object.get(field) instanceof JsonNode id && id.isIntegralNumber()) {
          object.put(field, id.asString());
        }
      }
    }
    return details;
  }
}
