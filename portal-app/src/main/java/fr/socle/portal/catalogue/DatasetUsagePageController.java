package fr.socle.portal.catalogue;

import fr.socle.policies.access.Subject;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The "Utilisation" tab of a dataset's page: the last 30 days of its publications' views, downloads, API calls. */
@Controller
class DatasetUsagePageController {
  private final DatasetLookup lookup;
  private final DatasetUsage usage;
  private final MessageSource messages;

  DatasetUsagePageController(DatasetLookup lookup, DatasetUsage usage, MessageSource messages) {
    this.lookup = lookup;
    this.usage = usage;
    this.messages = messages;
  }

  @GetMapping("/espace/jeux/{id}/utilisation")
  String usage(Subject me, @PathVariable String id, Model model, Locale locale) {
    DatasetUsage.Usage found = usage.of(me, id);
    DatasetPageController.common(model, lookup.open(me, id, null), "utilisation");
    model.addAttribute("usage", found.period());
    model.addAttribute("usagePublications", found.publications());
    model.addAttribute("usageChart", DatasetUsage.chart(found.period(),
        messages.getMessage("usage.chart.title", null, locale),
        messages.getMessage("usage.chart.description", null, locale), locale));
    return "espace/jeu";
  }
}
