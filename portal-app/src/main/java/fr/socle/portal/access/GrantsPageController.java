package fr.socle.portal.access;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.policies.access.Grant;
import fr.socle.policies.access.Subject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Grants: those one holds, and for stewards and data officers those they manage, with revocation. */
@Controller
class GrantsPageController {
  private final Grants grants;
  private final Catalogue catalogue;
  private final Clock clock;
  private final MessageSource messages;

  GrantsPageController(Grants grants, Catalogue catalogue, Clock clock,
      MessageSource messages) {
    this.messages = messages;
    this.grants = grants;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @GetMapping("/espace/acces")
  String list(Subject me, Model model) {
    List<Grant> held = grants.heldBy(me);
    List<Grant> managed = grants.manageable(me);
    Map<String, String> titles = new HashMap<>();
    for (List<Grant> list : List.of(held, managed)) {
      for (Grant grant : list) {
        titles.computeIfAbsent(grant.datasetId(), id -> catalogue.find(id).map(d -> d.metadata().title()).orElse(id));
      }
    }
    model.addAttribute("held", held);
    model.addAttribute("managed", managed);
    model.addAttribute("titles", titles);
    model.addAttribute("now", clock.instant());
    return "espace/acces";
  }

  @PostMapping("/espace/acces/{id}/revoquer")
  String revoke(Subject me, @PathVariable String id, @RequestParam(name = "motif", defaultValue = "") String reason,
      RedirectAttributes redirect, Locale locale) {
    if (reason.strip().length() < 3) {
      redirect.addFlashAttribute("error", messages.getMessage("access.invalid.motif.revocation", null, locale));
      redirect.addFlashAttribute("revocationInvalid", id);
      return "redirect:/espace/acces";
    }
    try {
      grants.revoke(parseId(id), me, reason.strip());
    } catch (AccessException e) {
      if (e.code() != AccessException.Code.CONFLICT) {
        throw e;
      }
      redirect.addFlashAttribute("error", e.message(messages, locale));
      return "redirect:/espace/acces";
    }
    redirect.addFlashAttribute("success", "grant.revoked");
    return "redirect:/espace/acces";
  }

  /** A grant id is a UUID; anything else does not exist. */
  static String parseId(String id) {
    try {
      return java.util.UUID.fromString(id).toString();
    } catch (IllegalArgumentException e) {
      throw new AccessException(AccessException.Code.NOT_FOUND, "autorisation introuvable");
    }
  }
}
