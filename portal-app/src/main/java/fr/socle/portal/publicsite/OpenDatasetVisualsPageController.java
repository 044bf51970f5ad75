package fr.socle.portal.publicsite;

import fr.socle.lakehouse.query.QueryException;
import fr.socle.portal.access.AccessException;
import fr.socle.portal.catalogue.ChartSvg;
import fr.socle.portal.catalogue.DefaultChartColumn;
import fr.socle.portal.catalogue.MapModel;
import fr.socle.portal.catalogue.MapSettings;
import fr.socle.portal.catalogue.PointGrid;
import fr.socle.portal.catalogue.PointsSvg;
import fr.socle.portal.explore.PublishedDataset;
import jakarta.servlet.http.HttpServletRequest;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chart builder and the map of a public dataset page, drawn on the server as SVG (readable without script);
 * with script, the map becomes a Leaflet map fed with grid cells clustered by Trino ({@code carte/mailles}). One
 * statement for a chart, two for a map (extent, then cells).
 */
@Controller
class OpenDatasetVisualsPageController {
  private final OpenDatasetLookup lookup;
  private final OpenReads reads;
  private final MapSettings map;
  private final MessageSource messages;

  OpenDatasetVisualsPageController(OpenDatasetLookup lookup, OpenReads reads, MapSettings map,
      MessageSource messages) {
    this.lookup = lookup;
    this.reads = reads;
    this.map = map;
    this.messages = messages;
  }

  @GetMapping("/jeux/{id}/graphique")
  String chart(@PathVariable String id, @RequestParam(name = "type", required = false) @Nullable String kind,
      @RequestParam(name = "par", required = false) @Nullable String by,
      @RequestParam(name = "mesure", required = false) @Nullable String aggregate,
      @RequestParam(name = "de", required = false) @Nullable String of, HttpServletRequest http, Model model)
      throws QueryException {
    String visitor = http.getRemoteAddr();
    PublishedDataset dataset = lookup.open(id, "graphique", model);
    model.addAttribute("groupable", ChartRequest.groupable(dataset));
    List<PublishedDataset.Field> numeric = ChartRequest.numeric(dataset);
    model.addAttribute("numeric", numeric);
    model.addAttribute("kinds", ChartRequest.Kind.values());
    // a sum or an average needs a number column: without one, the form offers the count only
    model.addAttribute("aggregates", numeric.isEmpty() ? List.of(ChartRequest.Aggregate.COUNT)
        : List.of(ChartRequest.Aggregate.values()));
    ChartRequest asked = ChartRequest.of(dataset, kind, by, aggregate, of);
    if (asked == null) {
      model.addAttribute("chart", null);
      return "jeu";
    }
    Drawn drawn = by == null || by.isBlank()
        ? byDefault(visitor, dataset, asked, aggregate == null || aggregate.isBlank())
        : new Drawn(asked, reads.chart(visitor, dataset, asked));
    ChartRequest request = drawn.request();
    List<OpenReads.Group> groups = drawn.groups();
    model.addAttribute("chart", request);
    Locale locale = LocaleContextHolder.getLocale();
    if (ChartRequest.Kind.PIE.code().equals(kind) && request.kind() != ChartRequest.Kind.PIE) {
      model.addAttribute("chartNote", message("site.chart.pieOfMeans", locale));
    }
    NumberFormat format = ChartSvg.numbers(locale);
    String empty = message("chart.empty", locale);
    boolean partial = groups.size() > request.limit();
    List<ChartSvg.Bar> bars = groups.stream().limit(request.limit())
        .map(g -> ChartSvg.bar(g.category(), g.value(), empty, format)).toList();
    ChartSvg.Bar others = null;
    if (partial && request.gathersOthers()) {
      List<OpenReads.Group> rest = groups.subList(request.limit(), groups.size());
      // Every group read: the others add up to the rest. Too many to read: to the whole less the slices shown.
      boolean allRead = groups.size() < request.groupsRead();
      double shown = groups.stream().limit(request.limit()).mapToDouble(g -> Math.max(0, g.value())).sum();
      double rested = allRead ? rest.stream().mapToDouble(g -> Math.max(0, g.value())).sum()
          : Math.max(0, reads.whole(visitor, dataset, request) - shown);
      String many = allRead ? "" : ".many";
      others = ChartSvg.bar(messages.getMessage("site.chart.others" + many, new Object[] {rest.size()}, locale),
          rested, empty, format);
      model.addAttribute("chartCaption", messages.getMessage("site.chart.caption.others" + many,
          new Object[] {bars.size(), rest.size()}, locale));
    } else {
      model.addAttribute("chartCaption", messages.getMessage(!partial ? "chart.caption"
          : request.kind() == ChartRequest.Kind.LINE ? "chart.caption.first" : "chart.caption.highest",
          new Object[] {bars.size()}, locale));
    }
    String title = request.of() == null
        ? messages.getMessage("chart.title.count", new Object[] {request.by().label()}, locale)
        : messages.getMessage("site.chart.title." + request.aggregate().code(),
            new Object[] {request.of().label(), request.by().label()}, locale);
    String description = message("site.chart.desc." + request.kind().code(), locale);
    model.addAttribute("chartTitle", title);
    List<ChartSvg.Bar> listed = others == null ? bars
        : java.util.stream.Stream.concat(bars.stream(), java.util.stream.Stream.of(others)).toList();
    model.addAttribute("bars", listed);
    model.addAttribute("chartShares",
        request.kind() == ChartRequest.Kind.PIE ? PieChartSvg.shares(listed, locale) : null);
    model.addAttribute("chartSvg", switch (request.kind()) {
      case BARS -> ChartSvg.render(title, description, bars, locale);
      case LINE -> LineChartSvg.render(title, description, bars, locale);
      case PIE -> PieChartSvg.render(title, description, bars, others, locale);
    });
    return "jeu";
  }

  /** A chart and its groups (one more than it shows when some are left out). */
  private record Drawn(ChartRequest request, List<OpenReads.Group> groups) {}

  /**
   * The chart of a reader who chose no column: grouped by the first that tells something ({@link
   * DefaultChartColumn}); when each category is a single row (the districts, the grades), the table is a summary
   * already and, unless the reader chose a measure, the chart adds up its first measure instead of counting rows.
   */
  private Drawn byDefault(String visitor, PublishedDataset dataset, ChartRequest asked, boolean measureUnchosen)
      throws QueryException {
    DefaultChartColumn.Chosen<PublishedDataset.Field, OpenReads.Group> chosen = DefaultChartColumn.choose(
        ChartRequest.candidates(dataset, asked.of()), field -> reads.chart(visitor, dataset, asked.groupedBy(field)),
        OpenReads.Group::value, asked.aggregate() == ChartRequest.Aggregate.COUNT, asked.limit() + 1);
    ChartRequest request = asked.groupedBy(chosen.column());
    Optional<PublishedDataset.Field> measure = ChartRequest.numeric(dataset).stream()
        .filter(f -> !f.equals(request.by())).findFirst();
    if (measureUnchosen && request.aggregate() == ChartRequest.Aggregate.COUNT
        && DefaultChartColumn.oneRowEach(chosen.groups(), OpenReads.Group::value) && measure.isPresent()) {
      ChartRequest summed = request.summing(measure.get());
      return new Drawn(summed, reads.chart(visitor, dataset, summed));
    }
    return new Drawn(request, chosen.groups());
  }

  @GetMapping("/jeux/{id}/carte")
  String map(@PathVariable String id, HttpServletRequest http, Model model) throws QueryException {
    PublishedDataset dataset = lookup.open(id, "carte", model);
    if (dataset.geometry() == null) {
      throw new AccessException(AccessException.Code.NOT_FOUND, "ce jeu de données n'a pas de carte");
    }
    String visitor = http.getRemoteAddr();
    MapModel.fill(model, map, messages, reads.extent(visitor, dataset),
        (box, cellSize) -> reads.cells(visitor, dataset, box, cellSize));
    return "jeu";
  }

  /** The map's points for a box and zoom level, clustered in grid cells (the Leaflet map asks as it moves). */
  @GetMapping("/jeux/{id}/carte/mailles")
  ResponseEntity<Map<String, Object>> cells(@PathVariable String id,
      @RequestParam(name = "ouest") double west, @RequestParam(name = "sud") double south,
      @RequestParam(name = "est") double east, @RequestParam(name = "nord") double north,
      @RequestParam(name = "zoom") int zoom, HttpServletRequest http) throws QueryException {
    PublishedDataset dataset = lookup.find(id);
    if (dataset.geometry() == null || !finite(west, south, east, north) || west > east || south > north) {
      throw new IllegalArgumentException("emprise de carte invalide");
    }
    PointsSvg.Extent box = new PointsSvg.Extent(west, south, east, north, -1);
    double cellSize = PointGrid.cellSizeAt(zoom);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("cell_size", cellSize);
    answer.put("cells", reads.cells(http.getRemoteAddr(), dataset, box, cellSize));
    return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic())
        .body(answer);
  }

  private static boolean finite(double... values) {
    for (double value : values) {
      if (!Double.isFinite(value)) {
        return false;
      }
    }
    return true;
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
