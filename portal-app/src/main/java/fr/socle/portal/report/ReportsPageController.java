package fr.socle.portal.report;

import fr.socle.lakehouse.promotion.Publications;
import fr.socle.policies.access.Role;
import fr.socle.policies.access.Subject;
import fr.socle.portal.access.AccessException;
import fr.socle.portal.notification.Notifications;
import fr.socle.portal.explore.PublishedDatasets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The data officers' list of reports, newest first, with the "traité" action and, for a possible leak of a
 * dataset still published, the way to its retraction. Others get a 404: the page is not theirs to know.
 */
@Controller
class ReportsPageController {
  static final int SHOWN = 200;

  private final Reports reports;
  private final PublishedDatasets published;
  private final Publications publications;
  private final Notifications notifications;

  ReportsPageController(Reports reports, PublishedDatasets published, Publications publications,
      Notifications notifications) {
    this.reports = reports;
    this.published = published;
    this.publications = publications;
    this.notifications = notifications;
  }

  /** A report with the title of its dataset (its id once retracted) and whether it is still published. */
  public record Row(Report report, String title, boolean published) {}

  @GetMapping("/espace/signalements")
  String list(Subject me, Model model) {
    requireDataOfficer(me);
    // many reports may be about the same dataset: look each one up once
    Map<String, Optional<String>> titles = new HashMap<>();
    List<Row> rows = reports.recent(SHOWN).stream().map(report -> {
      Optional<String> title = titles.computeIfAbsent(report.publicationId(), id -> publications.isPublic(id)
          ? published.find(id).map(d -> d.metadata().title()) : Optional.empty());
      return new Row(report, title.orElse(report.publicationId()), title.isPresent());
    }).toList();
    model.addAttribute("rows", rows);
    model.addAttribute("open", rows.stream().filter(r -> !r.report().handled()).count());
    return "espace/signalements";
  }

  @PostMapping("/espace/signalements/{id}/traite")
  String handled(Subject me, @PathVariable long id, RedirectAttributes redirect) {
    requireDataOfficer(me);
    reports.find(id).orElseThrow(() -> new AccessException(AccessException.Code.NOT_FOUND, "signalement introuvable"));
    boolean changed = reports.markHandled(id, me.user());
    notifications.markReadEverywhere(ReportAlerts.KIND, ReportAlerts.link(id));
    redirect.addFlashAttribute("handledId", id);
    redirect.addFlashAttribute("alreadyHandled", !changed);
    return "redirect:/espace/signalements#signalement-" + id;
  }

  private static void requireDataOfficer(Subject me) {
    if (!me.has(Role.DATA_OFFICER)) {
      throw new AccessException(AccessException.Code.NOT_FOUND, "page introuvable");
    }
  }
}
