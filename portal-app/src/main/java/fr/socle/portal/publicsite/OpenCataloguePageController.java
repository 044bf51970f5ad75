package fr.socle.portal.publicsite;

import fr.socle.portal.explore.PublishedDatasets;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public catalogue: search, facets, sort and paging as a plain GET form (no script needed). */
@Controller
class OpenCataloguePageController {
  private final PublishedDatasets datasets;

  OpenCataloguePageController(PublishedDatasets datasets) {
    this.datasets = datasets;
  }

  @GetMapping("/jeux")
  String catalogue(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model) {
    String text = params.getFirst("q");
    CatalogueSearch.Query query = new CatalogueSearch.Query(text == null ? null : text.strip(),
        CatalogueSearch.selected(params::get), CatalogueSearch.Sort.of(params.getFirst("tri")),
        SiteParams.page(params.getFirst("page")));
    CatalogueSearch.Result result = CatalogueSearch.search(datasets.all(), query);
    model.addAttribute("query", query);
    model.addAttribute("q", text == null ? "" : text);
    model.addAttribute("sort", query.sort().code);
    model.addAttribute("result", result);
    model.addAttribute("paging", QueryLinks.paging(request, "page", result.page(), result.pages()));
    return "jeux";
  }
}
