package fr.socle.portal.publicsite;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page. */
@Controller
class HomePageController {
  @GetMapping("/")
  String home() {
    return "home";
  }
}
