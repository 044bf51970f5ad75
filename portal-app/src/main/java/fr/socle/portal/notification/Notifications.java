package fr.socle.portal.notification;

import fr.socle.portal.identity.Directory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Tells people what happened to their requests and grants: always in the portal, and by e-mail when an SMTP
 * server is configured ({@code spring.mail.host}) and the person has an address in Keycloak.
 */
@Service
public class Notifications {
  private static final Logger log = LoggerFactory.getLogger(Notifications.class);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Paris"));

  private final JdbcClient jdbc;
  private final Directory directory;
  private final ObjectProvider<JavaMailSender> mail;
  private final Clock clock;
  private final String from;
  private final String portalUrl;

  Notifications(JdbcClient jdbc, Directory directory, ObjectProvider<JavaMailSender> mail, Clock clock,
      @Value("${socle.mail.from:noreply@socle.local}") String from,
      @Value("${socle.portal-url:http://127.0.0.1:8080}") String portalUrl) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.mail = mail;
    this.clock = clock;
    this.from = from;
    this.portalUrl = portalUrl;
  }

  public record Notification(long id, Instant at, String kind, @Nullable String datasetId, @Nullable String link,
      String message, boolean read) {}

  public void notify(String recipient, String kind, @Nullable String datasetId, @Nullable String link,
      String message) {
    Instant now = clock.instant();
    jdbc.sql("""
            INSERT INTO portal.notification (recipient, at, kind, dataset_id, link, message)
            VALUES (:recipient, :at, :kind, :dataset, :link, :message)""")
        .param("recipient", recipient)
        .param("at", Timestamp.from(now))
        .param("kind", kind)
        .param("dataset", datasetId)
        .param("link", link)
        .param("message", message)
        .update();
    JavaMailSender sender = mail.getIfAvailable();
    String address = directory.email(recipient);
    if (sender != null && address != null) {
      SimpleMailMessage email = new SimpleMailMessage();
      email.setFrom(from);
      email.setTo(address);
      email.setSubject("[Socle] " + message.substring(0, Math.min(message.length(), 80)));
      email.setText(message + (link == null ? "" : "\n\n" + portalUrl + link));
      try {
        sender.send(email);
      } catch (MailException e) {
        log.warn("notification e-mail to {} not sent: {}", recipient, e.toString());
      }
    }
  }

  public List<Notification> of(String recipient, int limit) {
    return jdbc.sql("""
            SELECT id, at, kind, dataset_id, link, message, read_at IS NOT NULL AS read
            FROM portal.notification WHERE recipient = :recipient ORDER BY at DESC, id DESC LIMIT :limit""")
        .param("recipient", recipient)
        .param("limit", limit)
        .query((rs, n) -> new Notification(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("kind"),
            rs.getString("dataset_id"), rs.getString("link"), rs.getString("message"), rs.getBoolean("read")))
        .list();
  }

  public int unread(String recipient) {
    return jdbc.sql("SELECT count(*) FROM portal.notification WHERE recipient = :r AND read_at IS NULL")
        .param("r", recipient)
        .query(Integer.class)
        .single();
  }

  public void markAllRead(String recipient) {
    jdbc.sql("UPDATE portal.notification SET read_at = :now WHERE recipient = :r AND read_at IS NULL")
        .param("now", Timestamp.from(clock.instant()))
        .param("r", recipient)
        .update();
  }

  /**
   * Marks read, for everyone it was sent to, what points at a thing now settled (a report a data officer handled):
   * the others need not open it any more.
   */
  public void markReadEverywhere(String kind, String link) {
    jdbc.sql("UPDATE portal.notification SET read_at = :now WHERE kind = :k AND link = :l AND read_at IS NULL")
        .param("now", Timestamp.from(clock.instant()))
        .param("k", kind)
        .param("l", link)
        .update();
  }

  public static String date(Instant instant) {
    return DATE.format(instant);
  }

  /** The last day an access lasts, for an expiry at an instant (a date chosen ends at the next midnight). */
  public static String lastDay(Instant expiry) {
    return DATE.format(expiry.minusNanos(1));
  }
}
