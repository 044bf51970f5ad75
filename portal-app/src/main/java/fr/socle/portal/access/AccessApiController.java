package fr.socle.portal.access;

import fr.socle.policies.access.Grant;
import fr.socle.policies.access.RowFilter;
import fr.socle.policies.access.Subject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Access requests and grants as JSON: asking, deciding (approve with a structured scope, or refuse with a reason),
 * listing, revoking. The same rules as the pages: only stewards and data officers decide and revoke, and a request
 * or grant one may not see is a 404.
 */
@RestController
class AccessApiController {
  private final AccessRequests requests;
  private final Grants grants;

  AccessApiController(AccessRequests requests, Grants grants) {
    this.requests = requests;
    this.grants = grants;
  }

  /** {@code {"dataset": "...", "columns": ["a"] | null, "purpose": "...", "duration_days": 90}}. */
  record NewRequest(@Nullable String dataset, @Nullable List<String> columns, @Nullable String purpose,
      @Nullable Integer duration_days) {}

  /** A filter of the approval: {@code {"column": "commune", "operator": "IN", "values": ["37261"]}}. */
  record Filter(@Nullable String column, @Nullable String operator, @Nullable List<String> values) {}

  /**
   * {@code {"columns": null (all) | [...], "mask_others": false, "row_filters": [...], "expires_on": "2027-06-30",
   * "agreement": "..."}}.
   */
  record Approve(@Nullable List<String> columns, @Nullable Boolean mask_others, @Nullable List<Filter> row_filters,
      @Nullable String expires_on, @Nullable String agreement) {}

  record Reason(@Nullable String reason) {}

  /**
   * A direct grant by a steward or a data officer: {@code {"dataset": "...", "grantee": {"kind": "user" | "group"
   * | "organisation", "name": "..."}, "columns": null | [...], "mask_others": false, "row_filters": [...],
   * "expires_on": "2027-06-30", "purpose": "...", "agreement": "..."}}.
   */
  record NewGrant(@Nullable String dataset, @Nullable Map<String, String> grantee, @Nullable List<String> columns,
      @Nullable Boolean mask_others, @Nullable List<Filter> row_filters, @Nullable String expires_on,
      @Nullable String purpose, @Nullable String agreement) {}

  @GetMapping("/api/v1/requests")
  Map<String, Object> list(Subject me) {
    return Map.of("mine", requests.mine(me).stream().map(AccessApiController::json).toList(),
        "to_decide", requests.toDecide(me).stream().map(AccessApiController::json).toList());
  }

  @PostMapping("/api/v1/requests")
  ResponseEntity<Map<String, @Nullable Object>> request(Subject me, @RequestBody NewRequest body) {
    if (body.dataset() == null) {
      throw new AccessException(AccessException.Code.INVALID, "indiquez le jeu de données (dataset)");
    }
    AccessRequest created = requests.request(body.dataset(), me,
        body.columns() == null ? null : new LinkedHashSet<>(body.columns()),
        body.purpose() == null ? "" : body.purpose(), body.duration_days() == null ? 0 : body.duration_days());
    return ResponseEntity.status(HttpStatus.CREATED).body(json(created));
  }

  @PostMapping("/api/v1/requests/{id}/approve")
  ResponseEntity<Map<String, @Nullable Object>> approve(Subject me, @PathVariable String id,
      @RequestBody Approve body) {
    List<RowFilter> filters = body.row_filters() == null ? List.of() : body.row_filters().stream()
        .map(f -> ApprovalForm.filter(f.column() == null ? "" : f.column(), f.operator(),
            f.values() == null ? List.of() : f.values()))
        .toList();
    Grant grant = requests.approve(id, me, ApprovalForm.approval(body.columns() == null,
        body.columns() == null ? null : new LinkedHashSet<>(body.columns()), Boolean.TRUE.equals(body.mask_others()),
        filters, body.expires_on(), body.agreement()));
    return ResponseEntity.status(HttpStatus.CREATED).body(json(grant));
  }

  @PostMapping("/api/v1/requests/{id}/refuse")
  ResponseEntity<Void> refuse(Subject me, @PathVariable String id, @RequestBody Reason body) {
    requests.refuse(id, me, body.reason() == null ? "" : body.reason());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/requests/{id}/cancel")
  ResponseEntity<Void> cancel(Subject me, @PathVariable String id) {
    requests.cancel(id, me);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/grants")
  Map<String, Object> grants(Subject me) {
    return Map.of("held", grants.heldBy(me).stream().map(AccessApiController::json).toList(),
        "managed", grants.manageable(me).stream().map(AccessApiController::json).toList());
  }

  @PostMapping("/api/v1/grants")
  ResponseEntity<Map<String, @Nullable Object>> grant(Subject me, @RequestBody NewGrant body) {
    if (body.dataset() == null || body.grantee() == null) {
      throw new AccessException(AccessException.Code.INVALID, "indiquez le jeu de données et le bénéficiaire");
    }
    fr.socle.policies.access.Grantee grantee;
    try {
      grantee = GrantRepository.grantee(String.valueOf(body.grantee().get("kind")),
          String.valueOf(body.grantee().get("name")));
    } catch (RuntimeException e) {
      throw new AccessException(AccessException.Code.INVALID, "bénéficiaire invalide : " + e.getMessage());
    }
    List<RowFilter> filters = body.row_filters() == null ? List.of() : body.row_filters().stream()
        .map(f -> ApprovalForm.filter(f.column() == null ? "" : f.column(), f.operator(),
            f.values() == null ? List.of() : f.values()))
        .toList();
    Grant grant = grants.grant(new GrantCommand(body.dataset(), grantee,
        body.columns() == null ? null : new LinkedHashSet<>(body.columns()), Boolean.TRUE.equals(body.mask_others()),
        filters, body.expires_on() == null ? null : ApprovalForm.endOfDay(body.expires_on()),
        body.purpose() == null ? "" : body.purpose(), body.agreement()), me);
    return ResponseEntity.status(HttpStatus.CREATED).body(json(grant));
  }

  /** Revokes at once: the next statement of the grantee is decided without it; running ones are killed. */
  @DeleteMapping("/api/v1/grants/{id}")
  ResponseEntity<Void> revoke(Subject me, @PathVariable String id,
      @RequestParam(name = "reason", required = false) @Nullable String reasonParameter,
      @RequestBody(required = false) @Nullable Reason body) {
    String reason = reasonParameter != null ? reasonParameter : body == null ? null : body.reason();
    if (reason == null || reason.strip().length() < 3) {
      throw new AccessException(AccessException.Code.INVALID, "une révocation doit être motivée (reason)");
    }
    grants.revoke(GrantsPageController.parseId(id), me, reason.strip());
    return ResponseEntity.noContent().build();
  }

  static Map<String, @Nullable Object> json(AccessRequest r) {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    map.put("id", r.id());
    map.put("dataset", r.datasetId());
    map.put("requester", r.requester());
    map.put("organisation", r.organisation());
    map.put("columns", r.columns());
    map.put("purpose", r.purpose());
    map.put("duration_days", r.durationDays());
    map.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
    map.put("created_at", r.createdAt().toString());
    map.put("decided_at", r.decidedAt() == null ? null : r.decidedAt().toString());
    map.put("decided_by", r.decidedBy());
    map.put("decision_reason", r.decisionReason());
    map.put("grant", r.grantId());
    return map;
  }

  static Map<String, @Nullable Object> json(Grant g) {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    map.put("id", g.id());
    map.put("dataset", g.datasetId());
    map.put("grantee", Map.of("kind", g.grantee().kind(), "name", g.grantee().name()));
    map.put("columns", g.columns());
    map.put("mask_others", g.maskOthers());
    map.put("row_filters", g.rowFilters().stream().map(f -> Map.of("column", f.column(),
        "operator", f.operator().name(), "values", f.values())).toList());
    map.put("expires_at", g.expiresAt() == null ? null : g.expiresAt().toString());
    map.put("purpose", g.purpose());
    map.put("agreement", g.agreement());
    map.put("granted_by", g.grantedBy());
    map.put("granted_at", g.grantedAt().toString());
    map.put("revoked_at", g.revokedAt() == null ? null : g.revokedAt().toString());
    map.put("revoked_by", g.revokedBy());
    return map;
  }
}
