package fr.socle.portal.report;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A stored report: on which publication, what about, by whom if signed in, and whether it was handled. */
public record Report(long id, String publicationId, ReportCategory category, String description, @Nullable String email,
    Instant submittedAt, @Nullable String submittedBy, @Nullable Instant handledAt, @Nullable String handledBy) {

  public Report {
    requireNonNull(publicationId, "publicationId");
    requireNonNull(category, "category");
    requireNonNull(description, "description");
    requireNonNull(submittedAt, "submittedAt");
  }

  public boolean handled() {
    return handledAt != null;
  }
}
