package fr.socle.portal.decision;

import fr.socle.policies.access.AccessDecision;
import fr.socle.policies.access.Principals;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The endpoints of Trino's OPA access-control plugin, answered by Socle's own policy instead of an OPA server.
 * Shapes: {@code {"result": true}}, {@code {"result": [0, 2]}} (indices of allowed filter resources), row filters
 * {@code {"result": [{"expression": "..."}]}}, column masks {@code {"result": [{"index": 0, "viewExpression":
 * {"expression": "..."}}]}}.
 */
@RestController
@RequestMapping(path = DecisionPort.PATH_PREFIX, produces = MediaType.APPLICATION_JSON_VALUE)
class TrinoDecisionController {
  private static final Logger log = LoggerFactory.getLogger(TrinoDecisionController.class);

  private final TrinoAuthorizer authorizer;

  TrinoDecisionController(TrinoAuthorizer authorizer) {
    this.authorizer = authorizer;
  }

  @PostMapping("/allow")
  Map<String, Object> allow(@RequestBody JsonNode body) {
    OpaInput input = OpaInput.parse(body);
    AccessDecision decision = authorizer.decide(input);
    if (!decision.allowed() && log.isDebugEnabled()) {
      log.debug("deny {} {} {}: {}", input.user(), input.operation(), input.resource(), decision.reasons());
    }
    return Map.of("result", decision.allowed());
  }

  @PostMapping("/batch")
  Map<String, Object> batch(@RequestBody JsonNode body) {
    return Map.of("result", authorizer.filter(OpaInput.parse(body)));
  }

  @PostMapping("/row-filters")
  Map<String, Object> rowFilters(@RequestBody JsonNode body) {
    List<Map<String, String>> filters = authorizer.rowFilters(OpaInput.parse(body)).stream()
        .map(TrinoDecisionController::asPlatform)
        .toList();
    return Map.of("result", filters);
  }

  /**
   * A filter or mask is evaluated as the platform principal ("security definer"): it may name columns the user
   * cannot read (a grant of some columns filtered on another one), which Trino would otherwise refuse.
   */
  static Map<String, String> asPlatform(String expression) {
    return Map.of("expression", expression, "identity", Principals.PORTAL);
  }

  /** Single-column masks: Trino uses the batch endpoint; this one answers the same for one column. */
  @PostMapping("/column-mask")
  Map<String, Object> columnMask(@RequestBody JsonNode body) {
    OpaInput input = OpaInput.parse(body);
    OpaInput asBatch = new OpaInput(input.user(), input.operation(), input.resource(), List.of(input.resource()));
    List<Map<String, Object>> masks = authorizer.columnMasks(asBatch);
    return masks.isEmpty() ? Map.of() : Map.of("result", masks.getFirst().get("viewExpression"));
  }

  @PostMapping("/batch-column-masks")
  Map<String, Object> batchColumnMasks(@RequestBody JsonNode body) {
    return Map.of("result", authorizer.columnMasks(OpaInput.parse(body)));
  }
}
