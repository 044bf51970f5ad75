package fr.socle.portal.explore;

import fr.socle.policies.access.Role;
import fr.socle.policies.access.Subject;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /espace/cles-api}: a signed-in person's API keys for the Explore API (create, see quota and use, revoke);
 * an admin also sees and may revoke everyone's.
 */
@Controller
class ApiKeysPageController {
  private final ApiKeys keys;
  private final RateLimits limits;

  ApiKeysPageController(ApiKeys keys, RateLimits limits) {
    this.keys = keys;
    this.limits = limits;
  }

  /** A key with what is left of its quota this minute, dates shown in the collectivité's zone. */
  record Row(ApiKeys.ApiKey key, long remaining, String created, String lastUsed) {}

  @GetMapping("/espace/cles-api")
  String page(Subject me, Model model) {
    boolean admin = me.has(Role.ADMIN);
    model.addAttribute("keys", rows(keys.of(me.user())));
    model.addAttribute("admin", admin);
    if (admin) {
      model.addAttribute("allKeys", rows(keys.all()));
    }
    return "espace/cles-api";
  }

  @PostMapping("/espace/cles-api")
  String create(Subject me, @RequestParam("name") String name, RedirectAttributes redirect) {
    try {
      ApiKeys.Created created = keys.create(me.user(), name);
      redirect.addFlashAttribute("created", created);
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/espace/cles-api";
  }

  @PostMapping("/espace/cles-api/{id}/revocation")
  String revoke(Subject me, @PathVariable UUID id, RedirectAttributes redirect) {
    boolean revoked = keys.revoke(id, me.user(), me.has(Role.ADMIN));
    redirect.addFlashAttribute(revoked ? "revoked" : "error", revoked ? "ok" : "clé introuvable ou déjà révoquée");
    return "redirect:/espace/cles-api";
  }

  private List<Row> rows(List<ApiKeys.ApiKey> list) {
    return list.stream().map(k -> new Row(k, k.active() ? limits.available("key:" + k.id(), k.quotaPerMinute()) : 0,
        when(k.createdAt()), k.lastUsedAt() == null ? "—" : when(k.lastUsedAt()))).toList();
  }

  /** A date and time in the page's language (« 03/12/2026 10:15 », « 3 Dec 2026, 10:15 »), Paris time. */
  private static String when(java.time.Instant instant) {
    return fr.socle.portal.system.DateFormats.dateTime(instant,
        org.springframework.context.i18n.LocaleContextHolder.getLocale());
  }
}
