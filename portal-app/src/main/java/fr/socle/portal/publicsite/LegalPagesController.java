package fr.socle.portal.publicsite;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The legal pages every public site of a collectivité owes: legal notice, accessibility statement, privacy. */
@Controller
class LegalPagesController {
  private final SiteSettings site;

  LegalPagesController(SiteSettings site) {
    this.site = site;
  }

  @ModelAttribute("site")
  SiteSettings site() {
    return site;
  }

  @GetMapping("/mentions-legales")
  String legalNotice() {
    return "legal/mentions-legales";
  }

  @GetMapping("/accessibilite")
  String accessibility() {
    return "legal/accessibilite";
  }

  @GetMapping("/confidentialite")
  String privacy(Model model) {
    model.addAttribute("reportEmailYears", 1);
    return "legal/confidentialite";
  }
}
