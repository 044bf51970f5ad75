package fr.socle.portal.publication;

import fr.socle.lakehouse.promotion.Attestation;
import fr.socle.lakehouse.promotion.PromotionJobs;
import fr.socle.lakehouse.promotion.Promotions;
import fr.socle.lakehouse.promotion.Publications;
import fr.socle.lakehouse.promotion.PublishedDataset;
import fr.socle.policies.access.Role;
import fr.socle.policies.access.Subject;
import fr.socle.portal.access.AccessException;
import fr.socle.portal.usage.UsageReport;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data officers' publication page: every dataset's decision and publication state, the job log with progress,
 * and the actions (promote, re-promote, retract). Others get a 404: they need not know the page exists.
 */
@Controller
class PublicationPageController {
  private final PublicationOverview overview;
  private final PromotionJobs jobs;
  private final Promotions promotions;
  private final Publications publications;
  private final PromotionWorkerWaker waker;
  private final JsonMapper json;
  private final UsageReport usage;

  PublicationPageController(PublicationOverview overview, PromotionJobs jobs, Promotions promotions,
      Publications publications, PromotionWorkerWaker waker, JsonMapper json, UsageReport usage) {
    this.overview = overview;
    this.jobs = jobs;
    this.promotions = promotions;
    this.publications = publications;
    this.waker = waker;
    this.json = json;
    this.usage = usage;
  }

  /** The page; {@code fuite} names a publication reported as a leak, whose retraction form then says so. */
  @GetMapping("/espace/publication")
  String page(Subject me, @RequestParam(name = "fuite", required = false) @Nullable String leak, Model model) {
    requireDataOfficer(me);
    model.addAttribute("leak", leak);
    List<PublicationOverview.Row> rows = overview.rows();
    model.addAttribute("rows", rows);
    model.addAttribute("jobs", jobs.recent(50));
    model.addAttribute("usage", usage.lastDays(rows.stream()
        .flatMap(row -> row.publications().stream().map(PublishedDataset::id)).toList()));
    return "espace/publication";
  }

  @GetMapping("/espace/publication/travaux/{id}")
  String job(Subject me, @PathVariable UUID id, Model model) {
    requireDataOfficer(me);
    PromotionJobs.Job job = jobs.find(id).orElseThrow(() -> new AccessException(AccessException.Code.NOT_FOUND,
        "travail de publication introuvable"));
    model.addAttribute("job", job);
    model.addAttribute("report", report(job));
    return "espace/publication-job";
  }

  @PostMapping("/espace/publication/{datasetId}/promouvoir")
  String promote(Subject me, @PathVariable String datasetId, RedirectAttributes redirect) {
    requireDataOfficer(me);
    overview.dataset(datasetId).orElseThrow(() -> new AccessException(AccessException.Code.NOT_FOUND,
        "jeu de données introuvable"));
    PromotionJobs.Job job = jobs.enqueue(datasetId, PromotionJobs.Trigger.MANUAL, me.user());
    waker.wake();
    redirect.addFlashAttribute("notice", "Promotion de « " + datasetId + " » demandée : suivez-la dans le journal.");
    return "redirect:/espace/publication/travaux/" + job.id();
  }

  @PostMapping("/espace/publication/publications/{publicationId}/retirer")
  String retract(Subject me, @PathVariable String publicationId, @RequestParam String reason,
      @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
    requireDataOfficer(me);
    PublishedDataset.Reason why = overview.retract(publicationId, reason, note, me.user());
    redirect.addFlashAttribute("notice", "« " + publicationId + " » est retiré de la publication"
        + (why == PublishedDataset.Reason.LEAK ? " et toutes ses copies ont été supprimées." : "."));
    return "redirect:/espace/publication";
  }

  private @Nullable Attestation report(PromotionJobs.Job job) {
    if (job.report() == null) {
      return null;
    }
    try {
      return json.readValue(job.report(), Attestation.class);
    } catch (RuntimeException e) {
      return null;
    }
  }

  static void requireDataOfficer(Subject me) {
    if (!me.has(Role.DATA_OFFICER)) {
      throw new AccessException(AccessException.Code.NOT_FOUND, "page introuvable");
    }
  }
}
