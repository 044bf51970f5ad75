package fr.socle.portal.publicsite;

import fr.socle.portal.explore.PublishedDataset;
import fr.socle.portal.explore.PublishedDatasets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public home page: key figures of the open tier and its latest publications. Read from the public catalogue
 * the Explore API keeps in memory, so the page sends no query to Trino.
 */
@Controller
class HomePageController {
  static final int LATEST = 6;

  private final PublishedDatasets datasets;

  HomePageController(PublishedDatasets datasets) {
    this.datasets = datasets;
  }

  /** Key figures: datasets, rows, last update, themes. */
  record Figures(int datasets, long records, @org.jspecify.annotations.Nullable Instant lastUpdate,
      List<String> themes) {}

  @GetMapping("/")
  String home(Model model) {
    List<PublishedDataset> all = datasets.all();
    model.addAttribute("figures", figures(all));
    model.addAttribute("latest", latest(all, LATEST));
    return "home";
  }

  static Figures figures(List<PublishedDataset> all) {
    long records = all.stream().mapToLong(d -> d.metadata().recordsCount()).sum();
    Instant last = all.stream().map(d -> d.metadata().modified()).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(null);
    TreeSet<Object> themes = new TreeSet<>(java.text.Collator.getInstance(java.util.Locale.FRENCH));
    all.stream().map(d -> d.metadata().theme()).filter(Objects::nonNull).forEach(themes::add);
    return new Figures(all.size(), records, last, themes.stream().map(String::valueOf).toList());
  }

  /** The most recently published datasets (their current version), newest first. */
  static List<PublishedDataset> latest(List<PublishedDataset> all, int count) {
    return all.stream().filter(d -> d.metadata().modified() != null)
        .sorted(Comparator.comparing((PublishedDataset d) -> d.metadata().modified()).reversed()).limit(count)
        .toList();
  }
}
