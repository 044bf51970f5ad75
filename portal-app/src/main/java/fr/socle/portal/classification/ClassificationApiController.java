package fr.socle.portal.classification;

import fr.socle.lakehouse.query.QueryException;
import fr.socle.policies.access.Subject;
import fr.socle.policies.communicability.InvalidDecisionException;
import fr.socle.policies.communicability.Violation;
import fr.socle.portal.access.AccessException;
import fr.socle.portal.system.Problems;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The classification API, for data officers only (anyone else: 404). A refused decision is a problem+json 400
 * whose {@code violations} carry each rule's stable code and French message.
 */
@RestController
class ClassificationApiController {
  private final Classifier classifier;
  private final Overview overview;
  private final ClassificationJson json;

  ClassificationApiController(Classifier classifier, Overview overview, ClassificationJson json) {
    this.classifier = classifier;
    this.overview = overview;
    this.json = json;
  }

  @GetMapping("/api/v1/classification/queue")
  Map<String, Object> queue(Subject me) {
    DataOfficers.require(me);
    return Map.of("entries", overview.queue().stream().map(ApiViews.QueueItem::of).toList());
  }

  @GetMapping("/api/v1/classification/dashboard")
  ApiViews.DashboardView dashboard(Subject me) {
    DataOfficers.require(me);
    return ApiViews.DashboardView.of(overview.dashboard());
  }

  @GetMapping("/api/v1/classification/{datasetId}")
  ApiViews.ReviewView review(Subject me, @PathVariable String datasetId) {
    DataOfficers.require(me);
    return ApiViews.ReviewView.of(classifier.review(datasetId));
  }

  @GetMapping("/api/v1/classification/{datasetId}/decisions/{version}")
  ApiViews.DecisionView version(Subject me, @PathVariable String datasetId, @PathVariable int version) {
    DataOfficers.require(me);
    classifier.dataset(datasetId);
    return classifier.version(datasetId, version).map(r -> ApiViews.DecisionView.of(r, classifier.today()))
        .orElseThrow(() -> new AccessException(AccessException.Code.NOT_FOUND,
            "cette version de la décision n'existe pas"));
  }

  @PostMapping("/api/v1/classification/{datasetId}/scan")
  ApiViews.Scan scan(Subject me, @PathVariable String datasetId) throws QueryException {
    DataOfficers.require(me);
    return ApiViews.Scan.of(classifier.scan(datasetId, me.user()));
  }

  @PostMapping(value = "/api/v1/classification/{datasetId}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ApiViews.DecisionView> decide(Subject me, @PathVariable String datasetId, @RequestBody String body) {
    DataOfficers.require(me);
    classifier.dataset(datasetId);
    DecisionRequest request = json.strict(body, DecisionRequest.class);
    RecordedDecision recorded = classifier.decide(datasetId, request.basedOnVersion(),
        request.toDecision(me.user(), classifier.today()), request.facts(), me.user());
    return ResponseEntity.created(URI.create("/api/v1/classification/" + datasetId + "/decisions/"
            + recorded.version()))
        .body(ApiViews.DecisionView.of(recorded, classifier.today()));
  }

  @ExceptionHandler(InvalidDecisionException.class)
  ProblemDetail refused(InvalidDecisionException e) {
    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, InvalidDecisionException.CODE, "Décision refusée",
        String.join(" ", e.validation().messages()));
    List<Violation> violations = e.validation().violations();
    problem.setProperty("violations", violations.stream()
        .map(v -> Map.of("code", v.code(), "message", v.message())).toList());
    return problem;
  }
}
