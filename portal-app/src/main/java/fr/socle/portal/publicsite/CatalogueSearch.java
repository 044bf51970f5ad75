package fr.socle.portal.publicsite;

import static java.util.Objects.requireNonNull;

import fr.socle.portal.explore.CatalogSearch;
import fr.socle.portal.explore.PublishedDataset;
import fr.socle.portal.explore.PublishedDatasets;
import fr.socle.portal.system.PageRefusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The public catalogue's search, in memory over the published datasets (hundreds, not millions): full text on
 * title, description and keywords, facets combined with "and" between facets and "or" within one, each facet's
 * counts computed as if its own choices were not made (so that ticking one value does not hide the others).
 */
final class CatalogueSearch {
  static final int PAGE_SIZE = 20;

  /** The facets, in the order the page shows them: request parameter and how a dataset's values are read. */
  enum Facet {
    THEME("theme", d -> d.metadata().theme() == null ? List.of() : List.of(d.metadata().theme())),
    PRODUCER("producteur", d -> List.of(d.metadata().publisher())),
    KEYWORD("mot_cle", d -> d.metadata().keywords()),
    LICENCE("licence", d -> List.of(d.metadata().licenceLabel())),
    FORMAT("format", CatalogueSearch::formats),
    SCHEMA("schema", d -> d.metadata().scdlSchema() == null ? List.of() : List.of(d.metadata().scdlSchema()));

    final String parameter;
    final Function<PublishedDataset, List<String>> values;

    Facet(String parameter, Function<PublishedDataset, List<String>> values) {
      this.parameter = parameter;
      this.values = values;
    }

    public String parameter() {
      return parameter;
    }
  }

  enum Sort {
    RECENT("recent"),
    TITLE("titre");

    final String code;

    Sort(String code) {
      this.code = code;
    }

    static Sort of(@Nullable String code) {
      if (code == null || code.isBlank()) {
        return RECENT;
      }
      for (Sort sort : values()) {
        if (sort.code.equals(code)) {
          return sort;
        }
      }
      throw PageRefusal.invalid("site.error.sort", code);
    }
  }

  /** What the visitor asked: words, ticked facet values, order, page (from 1). */
  record Query(@Nullable String text, Map<Facet, Set<String>> selected, Sort sort, int page) {
    Query {
      selected = Map.copyOf(selected);
      requireNonNull(sort, "sort");
      if (page < 1) {
        throw PageRefusal.invalid("site.error.page", Integer.toString(page), Integer.toString(Integer.MAX_VALUE));
      }
    }

    boolean isSelected(Facet facet, String value) {
      return selected.getOrDefault(facet, Set.of()).contains(value);
    }
  }

  /** One value of a facet, how many datasets it would give, whether it is ticked. */
  record FacetValue(String value, long count, boolean selected) {}

  /** A facet's values, most frequent first; past the first {@value #SHOWN}, the page folds them. */
  record FacetCounts(Facet facet, List<FacetValue> values) {
    static final int SHOWN = 8;

    public List<FacetValue> shown() {
      return values.subList(0, Math.min(SHOWN, values.size()));
    }

    public List<FacetValue> folded() {
      return values.subList(Math.min(SHOWN, values.size()), values.size());
    }

    /** A ticked value among the folded ones keeps them unfolded. */
    public boolean foldedSelected() {
      return folded().stream().anyMatch(FacetValue::selected);
    }
  }

  /** A page of results, the number of matches, the facets with their counts. */
  record Result(List<PublishedDataset> datasets, int total, int page, int pages, List<FacetCounts> facets) {}

  private CatalogueSearch() {}

  static Result search(List<PublishedDataset> all, Query query) {
    List<PublishedDataset> matching = all.stream().filter(d -> matchesText(d, query.text())).toList();
    List<PublishedDataset> kept = matching.stream().filter(d -> matchesFacets(d, query, null)).toList();
    List<FacetCounts> facets = new ArrayList<>();
    for (Facet facet : Facet.values()) {
      Map<String, Long> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (PublishedDataset d : matching) {
        if (matchesFacets(d, query, facet)) {
          facet.values.apply(d).stream().distinct().forEach(v -> counts.merge(v, 1L, Long::sum));
        }
      }
      query.selected().getOrDefault(facet, Set.of()).forEach(v -> counts.putIfAbsent(v, 0L));
      List<FacetValue> values = counts.entrySet().stream()
          .map(e -> new FacetValue(e.getKey(), e.getValue(), query.isSelected(facet, e.getKey())))
          .sorted(Comparator.comparingLong(FacetValue::count).reversed()
              .thenComparing(FacetValue::value, String.CASE_INSENSITIVE_ORDER))
          .toList();
      if (!values.isEmpty()) {
        facets.add(new FacetCounts(facet, values));
      }
    }
    List<PublishedDataset> sorted = new ArrayList<>(kept);
    sorted.sort(order(query.sort()));
    int pages = Math.max(1, (sorted.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int from = Math.min(sorted.size(), (query.page() - 1) * PAGE_SIZE);
    return new Result(sorted.subList(from, Math.min(sorted.size(), from + PAGE_SIZE)), sorted.size(),
        query.page(), pages, facets);
  }

  /** Every dataset exports to every format; GeoJSON needs a geometry. */
  static List<String> formats(PublishedDataset d) {
    return PublishedDatasets.EXPORT_FORMATS.stream().filter(f -> !f.equals("geojson") || d.geometry() != null)
        .toList();
  }

  private static boolean matchesText(PublishedDataset d, @Nullable String text) {
    return text == null || text.isBlank() || CatalogSearch.matches(d, text);
  }

  /** Whether the dataset has one ticked value of each facet, the facet {@code ignored} aside. */
  private static boolean matchesFacets(PublishedDataset d, Query query, @Nullable Facet ignored) {
    for (Map.Entry<Facet, Set<String>> chosen : query.selected().entrySet()) {
      if (chosen.getKey() == ignored || chosen.getValue().isEmpty()) {
        continue;
      }
      List<String> values = chosen.getKey().values.apply(d);
      if (values.stream().noneMatch(v -> chosen.getValue().stream().anyMatch(v::equalsIgnoreCase))) {
        return false;
      }
    }
    return true;
  }

  private static Comparator<PublishedDataset> order(Sort sort) {
    Comparator<PublishedDataset> byTitle = Comparator.comparing(d -> CatalogSearch.fold(d.metadata().title()));
    return switch (sort) {
      case TITLE -> byTitle.thenComparing(PublishedDataset::datasetId);
      case RECENT -> Comparator.comparing((PublishedDataset d) -> d.metadata().modified(),
          Comparator.nullsLast(Comparator.<Instant>reverseOrder())).thenComparing(byTitle);
    };
  }

  /** The ticked values of each facet, from the request's parameters (unknown parameters are ignored). */
  static Map<Facet, Set<String>> selected(Function<String, @Nullable List<String>> parameter) {
    Map<Facet, Set<String>> selected = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      List<String> values = parameter.apply(facet.parameter);
      if (values != null) {
        Set<String> kept = new java.util.LinkedHashSet<>();
        values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(kept::add);
        if (!kept.isEmpty()) {
          selected.put(facet, Set.copyOf(kept));
        }
      }
    }
    return selected;
  }
}
