package fr.socle.portal.audit;

import fr.socle.policies.access.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail search for data officers: filters, pages of 50, each entry's summary, outcome and details. */
@Controller
class AuditPageController {
  static final int PAGE = 50;

  private final AuditTrail trail;
  private final JsonMapper json;

  AuditPageController(AuditTrail trail, JsonMapper json) {
    this.trail = trail;
    this.json = json;
  }

  @GetMapping("/espace/audit")
  String search(Subject me, @RequestParam(name = "acteur", required = false) @Nullable String actor,
      @RequestParam(name = "type", required = false) @Nullable String kind,
      @RequestParam(name = "jeu", required = false) @Nullable String dataset,
      @RequestParam(name = "requete", required = false) @Nullable String queryId,
      @RequestParam(name = "texte", required = false) @Nullable String text,
      @RequestParam(name = "du", required = false) @Nullable String from,
      @RequestParam(name = "au", required = false) @Nullable String to,
      @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
    AuditQueries.requireDataOfficer(me);
    // pages far past the end are empty, not a wrapped-around offset
    int current = Math.clamp(page, 1, Integer.MAX_VALUE / PAGE);
    List<AuditTrail.Stored> found;
    try {
      found = trail.search(AuditQueries.search(actor, kind, dataset, queryId, text, from, to, PAGE + 1,
          (current - 1) * PAGE));
    } catch (IllegalArgumentException invalid) {
      // a mistyped date: the same form, filled in as it was, with what to correct
      model.addAttribute("error", invalid.getMessage());
      found = List.of();
    }
    List<AuditTrail.Stored> shown = found.size() > PAGE ? found.subList(0, PAGE) : found;
    Map<Long, String> details = new LinkedHashMap<>();
    for (AuditTrail.Stored entry : shown) {
      details.put(entry.id(), pretty(entry.details()));
    }
    Map<String, @Nullable Object> filters = new LinkedHashMap<>();
    filters.put("acteur", actor);
    filters.put("type", kind);
    filters.put("jeu", dataset);
    filters.put("requete", queryId);
    filters.put("texte", text);
    filters.put("du", from);
    filters.put("au", to);
    model.addAttribute("filters", filters);
    model.addAttribute("kinds", AuditQueries.KINDS);
    model.addAttribute("entries", new ArrayList<>(shown));
    model.addAttribute("details", details);
    model.addAttribute("page", current);
    model.addAttribute("hasNext", found.size() > PAGE);
    return "espace/audit";
  }

  private String pretty(String text) {
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(text));
    } catch (RuntimeException e) {
      return text;
    }
  }
}
