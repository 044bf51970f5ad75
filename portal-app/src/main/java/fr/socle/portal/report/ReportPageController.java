package fr.socle.portal.report;

import fr.socle.policies.access.Principals;
import fr.socle.policies.access.Subject;
import fr.socle.portal.access.AccessException;
import fr.socle.portal.explore.PublishedDataset;
import fr.socle.portal.explore.PublishedDatasets;
import fr.socle.portal.explore.RateLimits;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Signaler un problème" on a published dataset: the form (CSRF-protected like every form of the pages), its
 * checks re-rendering the form with what was typed, a quota per address for people without an account, and the
 * report stored and sent to every data officer. A dataset that is not published is a 404 page.
 */
@Controller
class ReportPageController {
  private final PublishedDatasets published;
  private final Reports reports;
  private final ReportAlerts alerts;
  private final RateLimits limits;
  private final ReportSettings settings;

  ReportPageController(PublishedDatasets published, Reports reports, ReportAlerts alerts, RateLimits limits,
      ReportSettings settings) {
    this.published = published;
    this.reports = reports;
    this.alerts = alerts;
    this.limits = limits;
    this.settings = settings;
  }

  @GetMapping("/jeux/{id}/signaler")
  String form(@PathVariable String id, Model model) {
    return form(dataset(id), ReportForm.empty(), Map.of(), model);
  }

  @PostMapping("/jeux/{id}/signaler")
  String submit(Subject me, @PathVariable String id,
      @RequestParam(name = "categorie", required = false) @Nullable String category,
      @RequestParam(name = "description", required = false) @Nullable String description,
      @RequestParam(name = "courriel", required = false) @Nullable String email,
      @RequestParam(name = "site_web", required = false) @Nullable String honeypot,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    PublishedDataset dataset = dataset(id);
    ReportForm form = ReportForm.of(category, description, email, honeypot);
    boolean anonymous = Principals.PUBLIC.equals(me.user());
    if (anonymous) {
      ConsumptionProbe probe = limits.consume("report:" + request.getRemoteAddr(), settings.anonymousPerMinute());
      if (!probe.isConsumed()) {
        long seconds = RateLimits.secondsToWait(probe);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        model.addAttribute("tooMany", seconds);
        return form(dataset, form, Map.of(), model);
      }
    }
    if (form.fromRobot()) {
      return "redirect:/jeux/" + id + "/signaler/merci";
    }
    Map<String, String> errors = form.errors();
    if (!errors.isEmpty()) {
      response.setStatus(400);
      return form(dataset, form, errors, model);
    }
    Report report = reports.submit(id, form, anonymous ? null : me.user());
    alerts.reported(report, dataset.metadata().title());
    return "redirect:/jeux/" + id + "/signaler/merci";
  }

  @GetMapping("/jeux/{id}/signaler/merci")
  String thanks(@PathVariable String id, Model model) {
    model.addAttribute("dataset", dataset(id));
    return "signalement/merci";
  }

  private String form(PublishedDataset dataset, ReportForm form, Map<String, String> errors, Model model) {
    model.addAttribute("dataset", dataset);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("categories", Arrays.asList(ReportCategory.values()));
    model.addAttribute("descriptionMax", ReportForm.DESCRIPTION_MAX);
    return "signalement/formulaire";
  }

  private PublishedDataset dataset(String id) {
    return published.find(id).orElseThrow(() -> new AccessException(AccessException.Code.NOT_FOUND,
        "jeu de données introuvable ou retiré de la publication"));
  }
}
