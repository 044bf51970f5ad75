package fr.socle.portal.access;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.policies.access.Grant;
import fr.socle.policies.access.RowFilter;
import fr.socle.policies.access.Subject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Access requests: one's own, with their status, and for stewards and data officers those to decide, each on a page
 * of its own with the approval form (scope, row filters, expiry, agreement) and the refusal form (a reason).
 */
@Controller
class AccessRequestsPageController {
  private final AccessRequests requests;
  private final Catalogue catalogue;
  private final GrantRepository grants;
  private final Clock clock;
  private final MessageSource messages;

  AccessRequestsPageController(AccessRequests requests, Catalogue catalogue,
      MessageSource messages, GrantRepository grants, Clock clock) {
    this.grants = grants;
    this.clock = clock;
    this.requests = requests;
    this.messages = messages;
    this.catalogue = catalogue;
  }

  @GetMapping("/espace/demandes")
  String list(Subject me, Model model) {
    List<AccessRequest> mine = requests.mine(me);
    List<AccessRequest> toDecide = requests.toDecide(me);
    model.addAttribute("mine", mine);
    // what an approval granted, which may be less than asked, and whether it still holds
    Map<String, Grant> granted = new HashMap<>();
    for (AccessRequest request : mine) {
      if (request.grantId() != null) {
        grants.find(request.grantId()).ifPresent(grant -> granted.put(request.id(), grant));
      }
    }
    model.addAttribute("granted", granted);
    model.addAttribute("now", clock.instant());
    model.addAttribute("toDecide", toDecide);
    model.addAttribute("titles", titles(mine, toDecide));
    return "espace/demandes";
  }

  @PostMapping("/espace/jeux/{id}/demande")
  String request(Subject me, @PathVariable String id,
      @RequestParam(name = "colonnes", required = false) @Nullable List<String> columns,
      @RequestParam(name = "finalite", defaultValue = "") String purpose,
      @RequestParam(name = "duree", defaultValue = "0") int days, RedirectAttributes redirect, Locale locale) {
    Set<String> asked = columns == null || columns.isEmpty() ? null : new LinkedHashSet<>(columns);
    try {
      requests.request(id, me, asked, purpose, days);
    } catch (AccessException e) {
      if (e.code() == AccessException.Code.NOT_FOUND) {
        throw e;
      }
      redirect.addFlashAttribute("error", e.message(messages, locale));
      // what was typed comes back, and the field at fault is marked (RGAA 11.10)
      redirect.addFlashAttribute("requestPurpose", purpose);
      redirect.addFlashAttribute("requestDays", days);
      redirect.addFlashAttribute("requestColumns", asked == null ? Set.of() : asked);
      redirect.addFlashAttribute("requestInvalid", e.field());
      return "redirect:/espace/jeux/" + id + "#demande";
    }
    redirect.addFlashAttribute("success", "request.sent");
    return "redirect:/espace/demandes";
  }

  @PostMapping("/espace/demandes/{id}/annuler")
  String cancel(Subject me, @PathVariable String id, RedirectAttributes redirect) {
    requests.cancel(id, me);
    redirect.addFlashAttribute("success", "request.cancelled");
    return "redirect:/espace/demandes";
  }

  @GetMapping("/espace/demandes/{id}")
  String decide(Subject me, @PathVariable String id, Model model) {
    AccessRequest request = decidable(me, id);
    List<DatasetColumn> columns = catalogue.columns(request.datasetId());
    model.addAttribute("request", request);
    model.addAttribute("datasetTitle", catalogue.get(request.datasetId()).metadata().title());
    model.addAttribute("columns", columns);
    model.addAttribute("filterColumns", columns.stream().filter(c -> !"geometry".equalsIgnoreCase(c.type())).toList());
    model.addAttribute("operators", RowFilter.Operator.values());
    model.addAttribute("filterRows", ApprovalForm.FILTER_ROWS);
    model.addAttribute("defaultExpiry", requests.defaultExpiry(request));
    model.addAttribute("partner", request.organisation() != null);
    return "espace/demande";
  }

  @PostMapping("/espace/demandes/{id}/approuver")
  String approve(Subject me, @PathVariable String id,
      @RequestParam(name = "toutes", defaultValue = "false") boolean allColumns,
      @RequestParam(name = "masquer", defaultValue = "false") boolean maskOthers,
      @RequestParam(name = "expiration", required = false) @Nullable String expiry,
      @RequestParam(name = "convention", required = false) @Nullable String agreement,
      HttpServletRequest form, RedirectAttributes redirect, Locale locale) {
    // Repeated fields read as sent: a list conversion would split a single value on commas.
    String[] chosen = form.getParameterValues("colonnes");
    List<RowFilter> filters;
    Grant grant;
    try {
      filters = ApprovalForm.filters(form.getParameterValues("filtreColonne"),
          form.getParameterValues("filtreOperateur"), form.getParameterValues("filtreValeurs"));
      grant = requests.approve(id, me, ApprovalForm.approval(allColumns,
          chosen == null ? null : new LinkedHashSet<>(Arrays.asList(chosen)), maskOthers, filters, expiry, agreement));
    } catch (AccessException e) {
      if (e.code() != AccessException.Code.INVALID && e.code() != AccessException.Code.CONFLICT) {
        throw e;
      }
      // decided meanwhile by someone else: the request's page says so, with who and when
      redirect.addFlashAttribute("error", e.message(messages, locale));
      redirect.addFlashAttribute("errorField", e.field());
      redirect.addFlashAttribute("sent", sent(form));
      return "redirect:/espace/demandes/" + id;
    }
    redirect.addFlashAttribute("success", "request.approved");
    redirect.addFlashAttribute("grantId", grant.id());
    return "redirect:/espace/demandes";
  }

  /** The approval form as sent (its token aside), so that a refused one comes back as it was filled in. */
  private static java.util.Map<String, List<String>> sent(HttpServletRequest form) {
    java.util.Map<String, List<String>> values = new java.util.HashMap<>();
    form.getParameterMap().forEach((name, sentValues) -> {
      if (!name.equals("_csrf")) {
        values.put(name, List.of(sentValues));
      }
    });
    return values;
  }

  @PostMapping("/espace/demandes/{id}/refuser")
  String refuse(Subject me, @PathVariable String id, @RequestParam(name = "motif", defaultValue = "") String reason,
      RedirectAttributes redirect, Locale locale) {
    try {
      requests.refuse(id, me, reason);
    } catch (AccessException e) {
      if (e.code() != AccessException.Code.INVALID && e.code() != AccessException.Code.CONFLICT) {
        throw e;
      }
      redirect.addFlashAttribute("error", e.message(messages, locale));
      if (e.code() == AccessException.Code.INVALID) {
        redirect.addFlashAttribute("refusalError", true);
        redirect.addFlashAttribute("refusal", reason);
      }
      return "redirect:/espace/demandes/" + id;
    }
    redirect.addFlashAttribute("success", "request.refused");
    return "redirect:/espace/demandes";
  }

  /** A request the person decides on, or NOT_FOUND (whether it does not exist or is not theirs to decide). */
  private AccessRequest decidable(Subject me, String id) {
    return requests.toDecide(me).stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new AccessException(AccessException.Code.NOT_FOUND, "demande introuvable"));
  }

  private Map<String, String> titles(List<AccessRequest> mine, List<AccessRequest> toDecide) {
    Map<String, String> titles = new HashMap<>();
    for (List<AccessRequest> list : List.of(mine, toDecide)) {
      for (AccessRequest request : list) {
        titles.computeIfAbsent(request.datasetId(),
            id -> catalogue.find(id).map(d -> d.metadata().title()).orElse(id));
      }
    }
    return titles;
  }
}
