package fr.socle.portal.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/** {@code portal.report}: reports as sent, newest first; the e-mail of a report is forgotten a year after handling. */
@Repository
class Reports {
  static final Duration EMAIL_KEPT_AFTER_HANDLING = Duration.ofDays(365);

  private final JdbcClient jdbc;
  private final Clock clock;

  Reports(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Report submit(String publicationId, ReportForm form, @Nullable String submittedBy) {
    Instant now = clock.instant();
    long id = jdbc.sql("""
            INSERT INTO portal.report (publication_id, category, description, email, submitted_at, submitted_by)
            VALUES (:publication, :category, :description, :email, :at, :by) RETURNING id""")
        .param("publication", publicationId)
        .param("category", form.categoryValue().code())
        .param("description", form.description())
        .param("email", form.emailOrNull())
        .param("at", Timestamp.from(now))
        .param("by", submittedBy)
        .query(Long.class)
        .single();
    return new Report(id, publicationId, form.categoryValue(), form.description(), form.emailOrNull(), now,
        submittedBy, null, null);
  }

  List<Report> recent(int limit) {
    return jdbc.sql("SELECT * FROM portal.report ORDER BY submitted_at DESC, id DESC LIMIT :limit")
        .param("limit", limit)
        .query((rs, n) -> report(rs))
        .list();
  }

  Optional<Report> find(long id) {
    return jdbc.sql("SELECT * FROM portal.report WHERE id = :id").param("id", id).query((rs, n) -> report(rs))
        .optional();
  }

  /** Marks a report handled; false when it already was (the first data officer's name stays). */
  boolean markHandled(long id, String by) {
    return jdbc.sql("UPDATE portal.report SET handled_at = :at, handled_by = :by WHERE id = :id AND handled_at IS NULL")
        .param("at", Timestamp.from(clock.instant()))
        .param("by", by)
        .param("id", id)
        .update() == 1;
  }

  /** What the privacy notice promises: the address given to be answered is not kept once the answer is long past. */
  @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT5M")
  int forgetOldEmails() {
    return jdbc.sql("UPDATE portal.report SET email = NULL WHERE email IS NOT NULL AND handled_at < :before")
        .param("before", Timestamp.from(clock.instant().minus(EMAIL_KEPT_AFTER_HANDLING)))
        .update();
  }

  private static Report report(ResultSet rs) throws SQLException {
    Timestamp handled = rs.getTimestamp("handled_at");
    return new Report(rs.getLong("id"), rs.getString("publication_id"),
        ReportCategory.fromCode(rs.getString("category")).orElse(ReportCategory.OTHER), rs.getString("description"),
        rs.getString("email"), rs.getTimestamp("submitted_at").toInstant(), rs.getString("submitted_by"),
        handled == null ? null : handled.toInstant(), rs.getString("handled_by"));
  }
}
