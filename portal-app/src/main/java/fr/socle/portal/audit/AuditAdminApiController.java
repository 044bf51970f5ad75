package fr.socle.portal.audit;

import fr.socle.policies.access.Subject;
import fr.socle.portal.access.AccessException;
import java.time.Clock;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator controls of the audit pipeline: pause and resume the event sink (maintenance of the audit database),
 * and run the reconciliation at once. Admin only; every use is itself audited.
 */
@RestController
class AuditAdminApiController {
  private final SinkSwitch sinkSwitch;
  private final QueryReconciler reconciler;
  private final AuditTrail trail;
  private final Clock clock;

  AuditAdminApiController(SinkSwitch sinkSwitch, QueryReconciler reconciler, AuditTrail trail, Clock clock) {
    this.sinkSwitch = sinkSwitch;
    this.reconciler = reconciler;
    this.trail = trail;
    this.clock = clock;
  }

  record SinkState(boolean accepting) {}

  @GetMapping("/api/v1/admin/audit/sink")
  SinkState sink(Subject me) {
    requireAdmin(me);
    return new SinkState(sinkSwitch.accepting());
  }

  @PutMapping("/api/v1/admin/audit/sink")
  SinkState setSink(Subject me, @RequestBody SinkState state) {
    requireAdmin(me);
    sinkSwitch.set(state.accepting());
    trail.record(new AuditEntry(clock.instant(), "admin.audit-sink", me.user(), null, null, null,
        state.accepting() ? "resumed" : "paused", "collecte des événements Trino " + (state.accepting()
            ? "reprise" : "suspendue"), Map.of()));
    return new SinkState(sinkSwitch.accepting());
  }

  @PostMapping("/api/v1/admin/audit/reconcile")
  Map<String, Integer> reconcile(Subject me) throws java.sql.SQLException {
    requireAdmin(me);
    return Map.of("recovered", reconciler.reconcile());
  }

  private static void requireAdmin(Subject me) {
    if (!me.isAdmin()) {
      throw new AccessException(AccessException.Code.NOT_FOUND, "introuvable");
    }
  }
}
