package fr.socle.portal.publication;

import fr.socle.lakehouse.promotion.PromotionJobs;
import fr.socle.lakehouse.promotion.PromotionOutcome;
import fr.socle.lakehouse.promotion.PromotionRunner;
import fr.socle.lakehouse.promotion.Promotions;
import fr.socle.lakehouse.promotion.PublishedDataset;
import fr.socle.lakehouse.promotion.VersionedDecision;
import fr.socle.portal.audit.AuditEntry;
import fr.socle.portal.audit.AuditTrail;
import fr.socle.portal.notification.Notifications;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the open tier's changes tell people and the audit trail: a refused or failed promotion notifies the data
 * officer who took the decision (and whoever asked), with the check that failed and where; every promotion and
 * retraction is audited.
 */
@Component
class PublicationEvents implements PromotionRunner.Listener, Promotions.Listener {
  static final String PROMOTED = AuditEntry.Kinds.PUBLICATION_PROMOTED;
  static final String REFUSED = AuditEntry.Kinds.PUBLICATION_REFUSED;
  static final String FAILED = AuditEntry.Kinds.PUBLICATION_FAILED;
  static final String RETRACTED = AuditEntry.Kinds.PUBLICATION_RETRACTED;

  private final Notifications notifications;
  private final AuditTrail audit;
  private final Clock clock;

  PublicationEvents(Notifications notifications, AuditTrail audit, Clock clock) {
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public void finished(PromotionJobs.Job job, @Nullable PromotionOutcome outcome,
      @Nullable VersionedDecision decision) {
    String kind = switch (job.state()) {
      case SUCCEEDED -> PROMOTED;
      case REFUSED -> REFUSED;
      case FAILED -> FAILED;
      default -> null;
    };
    if (kind == null) {
      return;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("job", job.id().toString());
    details.put("trigger", job.trigger().code());
    if (job.version() != null) {
      details.put("version", job.version());
    }
    if (job.attestationId() != null) {
      details.put("attestation", job.attestationId().toString());
    }
    String message = job.message() == null ? "" : job.message();
    audit.record(new AuditEntry(clock.instant(), kind, job.requestedBy(), null, job.datasetId(), null,
        job.state().code(), "promotion de " + job.datasetId() + " : " + message, details));
    Set<String> recipients = new LinkedHashSet<>();
    if (job.state() != PromotionJobs.State.SUCCEEDED && decision != null) {
      recipients.add(decision.decidedBy());
    }
    if (!PromotionRunner.SYSTEM.equals(job.requestedBy())) {
      recipients.add(job.requestedBy());
    }
    String text = switch (job.state()) {
      case REFUSED -> "Publication de « " + job.datasetId() + " » refusée par le contrôle avant publication : "
          + message + ". Les données ouvertes n'ont pas changé.";
      case FAILED -> "Publication de « " + job.datasetId() + " » en échec : " + message
          + ". Les données ouvertes n'ont pas changé.";
      default -> "Publication de « " + job.datasetId() + " » : " + message + ".";
    };
    for (String recipient : recipients) {
      notifications.notify(recipient, kind, job.datasetId(), "/espace/publication/travaux/" + job.id(), text);
    }
  }

  @Override
  public void published(String publicationId, int version) {}

  @Override
  public void retracted(String publicationId, PublishedDataset.Reason reason, @Nullable String note, String by,
      boolean purged) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("reason", reason.code());
    details.put("purged", purged);
    if (note != null && !note.isBlank()) {
      details.put("note", note);
    }
    audit.record(new AuditEntry(clock.instant(), RETRACTED, by, null, publicationId, null, reason.code(),
        "retrait de la publication de " + publicationId + " (" + reason.label() + ")"
            + (purged ? " ; toutes les copies supprimées" : ""), details));
  }
}
