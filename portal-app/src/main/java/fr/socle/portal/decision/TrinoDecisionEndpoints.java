package fr.socle.portal.decision;

import fr.socle.policies.access.AccessDecision;
import fr.socle.policies.access.Principals;
import fr.socle.policies.access.ViewExpression;
import fr.socle.portal.audit.TrinoEventSink;
import fr.socle.portal.decision.DecisionServer.Reply;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The endpoints of Trino's OPA access-control plugin, answered by Socle's own policy instead of an OPA server, and
 * the sink of Trino's query events. Shapes: {@code {"result": true}}, {@code {"result": [0, 2]}} (indices of allowed
 * filter resources), row filters {@code {"result": [{"expression": "..."}]}}, column masks {@code {"result":
 * [{"index": 0, "viewExpression": {"expression": "..."}}]}}.
 */
@Component
class TrinoDecisionEndpoints {
  private static final Logger log = LoggerFactory.getLogger(TrinoDecisionEndpoints.class);

  private final TrinoAuthorizer authorizer;
  private final TrinoEventSink events;

  TrinoDecisionEndpoints(TrinoAuthorizer authorizer, TrinoEventSink events) {
    this.authorizer = authorizer;
    this.events = events;
  }

  Map<String, Function<JsonNode, Reply>> byPath() {
    String prefix = DecisionServer.PATH_PREFIX;
    return Map.of(
        prefix + "/allow", this::allow,
        prefix + "/batch", body -> Reply.ok(Map.of("result", authorizer.filter(OpaInput.parse(body)))),
        prefix + "/row-filters", this::rowFilters,
        prefix + "/column-mask", this::columnMask,
        prefix + "/batch-column-masks",
        body -> Reply.ok(Map.of("result", authorizer.columnMasks(OpaInput.parse(body)))),
        // Answered once the event is stored: a 503 makes Trino retry it (and the reconciliation recovers the rest).
        prefix + "/events", body -> new Reply(events.accept(body) ? 200 : 503, null));
  }

  private Reply allow(JsonNode body) {
    OpaInput input = OpaInput.parse(body);
    AccessDecision decision = authorizer.decide(input);
    if (!decision.allowed() && log.isDebugEnabled()) {
      log.debug("deny {} {} {}: {}", input.user(), input.operation(), input.resource(), decision.reasons());
    }
    return Reply.ok(Map.of("result", decision.allowed()));
  }

  private Reply rowFilters(JsonNode body) {
    List<Map<String, String>> filters = authorizer.rowFilters(OpaInput.parse(body)).stream()
        .map(TrinoDecisionEndpoints::asTrino)
        .toList();
    return Reply.ok(Map.of("result", filters));
  }

  /**
   * A filter or mask as Trino's plugin reads it. One that names a column the user cannot read (a grant of some
   * columns filtered on another one) is evaluated as the platform principal ("security definer"), which Trino
   * would otherwise refuse; any other as the user, which spares Trino a check of the platform principal's access.
   */
  static Map<String, String> asTrino(ViewExpression expression) {
    return expression.asDefiner()
        ? Map.of("expression", expression.sql(), "identity", Principals.PORTAL)
        : Map.of("expression", expression.sql());
  }

  /** Single-column masks: Trino uses the batch endpoint; this one answers the same for one column. */
  private Reply columnMask(JsonNode body) {
    OpaInput input = OpaInput.parse(body);
    OpaInput asBatch = new OpaInput(input.user(), input.operation(), input.resource(), List.of(input.resource()));
    List<Map<String, Object>> masks = authorizer.columnMasks(asBatch);
    return Reply.ok(masks.isEmpty() ? Map.of() : Map.of("result", masks.getFirst().get("viewExpression")));
  }
}
