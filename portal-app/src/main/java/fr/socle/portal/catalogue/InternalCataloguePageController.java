package fr.socle.portal.catalogue;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetQuery;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.policies.access.Subject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The internal catalogue page: full-text search and facets over what the person may know of. */
@Controller
class InternalCataloguePageController {
  private final InternalCatalogue catalogue;

  InternalCataloguePageController(InternalCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping("/espace")
  String catalogue(Subject me, @RequestParam(name = "q", required = false) @Nullable String text,
      @RequestParam(name = "service", required = false) @Nullable String serviceParam,
      @RequestParam(name = "theme", required = false) @Nullable String themeParam,
      @RequestParam(name = "motcle", required = false) @Nullable String keywordParam,
      @RequestParam(name = "archives", defaultValue = "false") boolean archives, Model model) {
    // facet links and the search form send empty filters (« service=&theme= »): empty means no filter
    String service = blank(serviceParam);
    String theme = blank(themeParam);
    String keyword = blank(keywordParam);
    Set<DatasetState> states = archives ? Set.of(DatasetState.ACTIVE, DatasetState.ARCHIVED) : Set.of(DatasetState.ACTIVE);
    List<InternalCatalogue.Entry> all = catalogue.search(me, new DatasetQuery(blank(text), null, null, null, states));
    List<InternalCatalogue.Entry> shown = all.stream()
        .filter(e -> service == null || service.equals(e.dataset().metadata().producerService()))
        .filter(e -> theme == null || theme.equals(e.dataset().metadata().theme()))
        .filter(e -> keyword == null || e.dataset().metadata().keywords().contains(keyword))
        .toList();
    model.addAttribute("entries", shown);
    model.addAttribute("q", text);
    model.addAttribute("service", service);
    model.addAttribute("theme", theme);
    model.addAttribute("keyword", keyword);
    model.addAttribute("archives", archives);
    model.addAttribute("services", facet(all, d -> d.metadata().producerService()));
    model.addAttribute("themes", facet(all, d -> d.metadata().theme()));
    model.addAttribute("keywords", all.stream().flatMap(e -> e.dataset().metadata().keywords().stream())
        .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting())));
    return "espace/catalogue";
  }

  private static Map<String, Long> facet(List<InternalCatalogue.Entry> entries, Function<Dataset, String> key) {
    return entries.stream()
        .map(e -> key.apply(e.dataset()))
        .filter(java.util.Objects::nonNull)
        .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
  }

  private static @Nullable String blank(@Nullable String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
