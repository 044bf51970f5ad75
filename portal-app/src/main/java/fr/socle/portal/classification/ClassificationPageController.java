package fr.socle.portal.classification;

import fr.socle.lakehouse.query.QueryException;
import fr.socle.policies.access.Subject;
import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.ExemptionCategory;
import fr.socle.policies.communicability.InvalidDecisionException;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.Proposal;
import fr.socle.policies.communicability.RowsDescribe;
import fr.socle.policies.communicability.Status;
import fr.socle.policies.communicability.Theme;
import fr.socle.policies.detection.ColumnFindings;
import fr.socle.policies.occultation.CoordinateForm;
import fr.socle.policies.occultation.OccultationPlan;
import fr.socle.portal.access.AccessException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The data officers' pages: the queue, the review of one dataset (findings, proposal and reasons, facts, decision
 * with its plan editor, history) and the open-by-default dashboard. Anyone else gets the 404 page.
 */
@Controller
class ClassificationPageController {
  private final Classifier classifier;
  private final Overview overview;
  private final ClassificationSettings settings;

  ClassificationPageController(Classifier classifier, Overview overview, ClassificationSettings settings) {
    this.classifier = classifier;
    this.overview = overview;
    this.settings = settings;
  }

  @GetMapping("/espace/classement")
  String queue(Subject me, Model model) {
    DataOfficers.require(me);
    List<QueueEntry> entries = overview.queue();
    Map<QueueEntry.State, List<QueueEntry>> byState = new LinkedHashMap<>();
    for (QueueEntry.State state : QueueEntry.State.values()) {
      List<QueueEntry> group = entries.stream().filter(e -> e.state() == state).toList();
      if (state != QueueEntry.State.LEAKED || !group.isEmpty()) {
        byState.put(state, group);
      }
    }
    model.addAttribute("groups", byState);
    model.addAttribute("total", entries.size());
    model.addAttribute("fmt", new PageFormat());
    return "espace/classement/file";
  }

  @GetMapping("/espace/classement/tableau")
  String dashboard(Subject me, Model model) {
    DataOfficers.require(me);
    Dashboard dashboard = overview.dashboard();
    model.addAttribute("d", dashboard);
    model.addAttribute("chartWidth", DashboardFigures.CHART_WIDTH);
    model.addAttribute("chartHeight", dashboard.chart().size() * (DashboardFigures.BAR_HEIGHT
        + DashboardFigures.BAR_GAP));
    model.addAttribute("barHeight", DashboardFigures.BAR_HEIGHT);
    model.addAttribute("labelWidth", DashboardFigures.LABEL_WIDTH);
    return "espace/classement/tableau";
  }

  @GetMapping("/espace/classement/{datasetId}")
  String review(Subject me, @PathVariable String datasetId,
      @RequestParam(name = "depuis", required = false) @Nullable String from, Model model) {
    DataOfficers.require(me);
    Review review = classifier.review(datasetId);
    model.addAttribute("decisionForm", prefilled(review, me, "proposition".equals(from)));
    model.addAttribute("factsForm", FactsForm.of(review.facts().version(), review.facts().facts(), review.columns()));
    return show(review, model);
  }

  @PostMapping("/espace/classement/{datasetId}/analyse")
  String scan(Subject me, @PathVariable String datasetId, RedirectAttributes redirect) {
    DataOfficers.require(me);
    try {
      StoredScan scan = classifier.scan(datasetId, me.user());
      redirect.addFlashAttribute("notice", "classification.scan.done");
      redirect.addFlashAttribute("noticeArgs", new Object[] {scan.findings().coverage(), scan.durationMs()});
    } catch (QueryException e) {
      redirect.addFlashAttribute("problem", e.userMessage());
    } catch (AccessException e) {
      if (e.code() == AccessException.Code.NOT_FOUND) {
        throw e;
      }
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/espace/classement/" + datasetId;
  }

  @PostMapping("/espace/classement/{datasetId}/faits")
  String facts(Subject me, @PathVariable String datasetId, @RequestParam MultiValueMap<String, String> params,
      Model model, RedirectAttributes redirect, HttpServletResponse response) {
    DataOfficers.require(me);
    FactsForm form = FactsForm.from(params);
    FactsForm.Mapping mapping = form.toFacts();
    if (mapping.facts() != null) {
      try {
        Integer basedOn = form.basedOnVersion();
        classifier.stateFacts(datasetId, basedOn == null ? 0 : basedOn, mapping.facts(), me.user());
        redirect.addFlashAttribute("notice", "classification.facts.saved");
        return "redirect:/espace/classement/" + datasetId + "#faits";
      } catch (AccessException e) {
        if (e.code() != AccessException.Code.CONFLICT) {
          throw e;
        }
        mapping = new FactsForm.Mapping(null, List.of(e.getMessage()));
      }
    }
    Review review = classifier.review(datasetId);
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("factsForm", form);
    model.addAttribute("factsErrors", mapping.errors());
    model.addAttribute("decisionForm", prefilled(review, me, false));
    return show(review, model);
  }

  @PostMapping("/espace/classement/{datasetId}/decision")
  String decide(Subject me, @PathVariable String datasetId, @RequestParam MultiValueMap<String, String> params,
      Model model, RedirectAttributes redirect, HttpServletResponse response) {
    DataOfficers.require(me);
    DecisionForm form = DecisionForm.from(params);
    DecisionForm.Mapping mapping = form.toDecision(me.user(), classifier.today());
    List<String> errors = mapping.errors();
    if (mapping.decision() != null) {
      try {
        Integer basedOn = form.basedOn().isBlank() ? 0 : Integer.valueOf(form.basedOn());
        RecordedDecision recorded = classifier.decide(datasetId, basedOn, mapping.decision(), null, me.user());
        redirect.addFlashAttribute("notice", "classification.decision.saved");
        redirect.addFlashAttribute("noticeArgs", new Object[] {recorded.version()});
        return "redirect:/espace/classement/" + datasetId;
      } catch (InvalidDecisionException e) {
        errors = e.validation().messages();
      } catch (AccessException e) {
        if (e.code() == AccessException.Code.NOT_FOUND) {
          throw e;
        }
        errors = List.of(e.getMessage());
      } catch (NumberFormatException e) {
        errors = List.of("Version de départ invalide.");
      }
    }
    Review review = classifier.review(datasetId);
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("decisionForm", form);
    model.addAttribute("decisionErrors", errors);
    model.addAttribute("factsForm", FactsForm.of(review.facts().version(), review.facts().facts(), review.columns()));
    return show(review, model);
  }

  /** The decision form: the current decision (new columns from the proposal), or the proposal itself. */
  private @Nullable DecisionForm prefilled(Review review, Subject me, boolean fromProposal) {
    Proposal proposal = review.proposal();
    if (proposal == null) {
      return null;
    }
    int basedOn = review.current() == null ? 0 : review.current().version();
    List<String> columns = review.columns();
    if (review.current() != null && !fromProposal) {
      return DecisionForm.of(basedOn, review.current().decision(), columns, proposal.plan(), findingsByColumn(review));
    }
    ExemptionCategory exemption = proposal.legalBases().contains(LegalBasis.D312_1_3)
        ? review.datasetFacts().exemption() : null;
    Decision draft = Decision.fromProposal(proposal, exemption, "", review.today().plusMonths(
        settings.reviewAfterMonths()), me.user(), review.today());
    return DecisionForm.of(basedOn, draft, columns, OccultationPlan.nothing(), findingsByColumn(review));
  }

  private static Map<String, ColumnFindings> findingsByColumn(Review review) {
    return review.scan() == null ? Map.of()
        : review.scan().findings().columns().stream().collect(Collectors.toMap(ColumnFindings::column,
            Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  private String show(Review review, Model model) {
    Map<String, ColumnFindings> byColumn = findingsByColumn(review);
    Map<LegalBasis.Group, List<LegalBasis>> groups = new LinkedHashMap<>();
    for (LegalBasis basis : LegalBasis.values()) {
      groups.computeIfAbsent(basis.group(), g -> new ArrayList<>()).add(basis);
    }
    model.addAttribute("review", review);
    model.addAttribute("dataset", review.dataset());
    model.addAttribute("scan", review.scan());
    model.addAttribute("findings", byColumn);
    model.addAttribute("proposal", review.proposal());
    model.addAttribute("current", review.current());
    model.addAttribute("history", review.history());
    model.addAttribute("columns", review.columns());
    model.addAttribute("basisGroups", groups);
    model.addAttribute("statuses", Arrays.stream(Status.values()).filter(s -> s != Status.UNCLASSIFIED).toList());
    model.addAttribute("exemptions", ExemptionCategory.values());
    model.addAttribute("themes", Theme.values());
    model.addAttribute("rowsOptions", RowsDescribe.values());
    model.addAttribute("coordinateForms", CoordinateForm.values());
    model.addAttribute("rules", DecisionForm.RULES);
    model.addAttribute("withholdingGrounds", Arrays.stream(LegalBasis.values()).filter(LegalBasis::withholds)
        .toList());
    model.addAttribute("personalGrounds", Arrays.stream(LegalBasis.values())
        .filter(b -> b.group() == LegalBasis.Group.PERSONAL).toList());
    model.addAttribute("protectionGrounds", Arrays.stream(LegalBasis.values())
        .filter(b -> b.withholds() || b.group() == LegalBasis.Group.PERSONAL).toList());
    model.addAttribute("catalogueTheme", StatedFacts.themeOf(review.dataset().metadata()));
    model.addAttribute("fmt", new PageFormat());
    return "espace/classement/jeu";
  }
}
