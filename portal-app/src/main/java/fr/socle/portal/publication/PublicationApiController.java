package fr.socle.portal.publication;

import fr.socle.lakehouse.promotion.PromotionJobs;
import fr.socle.lakehouse.promotion.Promotions;
import fr.socle.lakehouse.promotion.Publications;
import fr.socle.lakehouse.promotion.PublishedDataset;
import fr.socle.policies.access.Subject;
import fr.socle.portal.access.AccessException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data officers' API of publication: datasets' state, the job log, promote (queues a job, 202) and retract
 * (at once). Anyone else gets 404.
 */
@RestController
class PublicationApiController {
  private final PublicationOverview overview;
  private final PromotionJobs jobs;
  private final Promotions promotions;
  private final Publications publications;
  private final PromotionWorkerWaker waker;

  PublicationApiController(PublicationOverview overview, PromotionJobs jobs, Promotions promotions,
      Publications publications, PromotionWorkerWaker waker) {
    this.overview = overview;
    this.jobs = jobs;
    this.promotions = promotions;
    this.publications = publications;
    this.waker = waker;
  }

  /** A retraction: {@code reason} is {@code decision} or {@code fuite}. */
  record RetractionRequest(String reason, @Nullable String note) {}

  @GetMapping("/api/v1/publication/datasets")
  List<Map<String, Object>> datasets(Subject me) {
    PublicationPageController.requireDataOfficer(me);
    return overview.rows().stream().map(row -> {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("datasetId", row.dataset().id());
      json.put("decisionVersion", row.decision() == null ? null : row.decision().version());
      json.put("status", row.statusToday() == null ? null : row.statusToday().label());
      json.put("publications", row.publications());
      json.put("lastJob", row.lastJob());
      return json;
    }).toList();
  }

  @GetMapping("/api/v1/publication/jobs")
  List<PromotionJobs.Job> jobs(Subject me, @RequestParam(defaultValue = "50") int limit) {
    PublicationPageController.requireDataOfficer(me);
    return jobs.recent(Math.clamp(limit, 1, 500));
  }

  @GetMapping("/api/v1/publication/jobs/{id}")
  PromotionJobs.Job job(Subject me, @PathVariable UUID id) {
    PublicationPageController.requireDataOfficer(me);
    return jobs.find(id).orElseThrow(() -> new AccessException(AccessException.Code.NOT_FOUND,
        "travail de publication introuvable"));
  }

  @PostMapping("/api/v1/publication/datasets/{datasetId}/promotions")
  ResponseEntity<PromotionJobs.Job> promote(Subject me, @PathVariable String datasetId) {
    PublicationPageController.requireDataOfficer(me);
    overview.dataset(datasetId).orElseThrow(() -> new AccessException(AccessException.Code.NOT_FOUND,
        "jeu de données introuvable"));
    PromotionJobs.Job job = jobs.enqueue(datasetId, PromotionJobs.Trigger.MANUAL, me.user());
    waker.wake();
    return ResponseEntity.status(HttpStatus.ACCEPTED).header("Location", "/api/v1/publication/jobs/" + job.id())
        .body(job);
  }

  @PostMapping("/api/v1/publication/publications/{publicationId}/retraction")
  PublishedDataset retract(Subject me, @PathVariable String publicationId, @RequestBody RetractionRequest request) {
    PublicationPageController.requireDataOfficer(me);
    overview.retract(publicationId, request.reason(), request.note(), me.user());
    return publications.find(publicationId).orElseThrow();
  }
}
