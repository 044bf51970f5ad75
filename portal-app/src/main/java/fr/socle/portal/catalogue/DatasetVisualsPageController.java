package fr.socle.portal.catalogue;

import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.policies.access.Subject;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chart and map tabs of a dataset's page. Both are drawn on the server (SVG) so they read without script; the
 * map is then enhanced by Leaflet, fed with grid cells aggregated by Trino.
 */
@Controller
class DatasetVisualsPageController {
  private final DatasetLookup lookup;
  private final DatasetReads reads;
  private final MapSettings map;
  private final MessageSource messages;

  DatasetVisualsPageController(DatasetLookup lookup, DatasetReads reads, MapSettings map, MessageSource messages) {
    this.lookup = lookup;
    this.reads = reads;
    this.map = map;
    this.messages = messages;
  }

  @GetMapping("/espace/jeux/{id}/graphique")
  String chart(Subject me, @PathVariable String id, @RequestParam(name = "par", required = false) @Nullable String by,
      @RequestParam(name = "somme", required = false) @Nullable String sum,
      @RequestParam(name = "version", required = false) @Nullable Long version, Model model) {
    DatasetLookup.Opened opened = lookup.openReadable(me, id, version);
    DatasetPageController.common(model, opened, "graphique");
    ReadableTable table = opened.table();
    List<DatasetColumn> groupable = table.columns().stream().filter(c -> !"geometry".equalsIgnoreCase(c.type()))
        .toList();
    List<DatasetColumn> numeric = table.columns().stream().filter(c -> table.isNumeric(c.name())).toList();
    boolean chosen = by != null && groupable.stream().anyMatch(c -> c.name().equals(by));
    // when the reader has not chosen: text columns first, the first that makes a telling chart (DefaultChartColumn)
    List<String> candidates = Stream.concat(
        groupable.stream().filter(c -> "string".equalsIgnoreCase(c.type())),
        groupable.stream().filter(c -> !"string".equalsIgnoreCase(c.type()))).map(DatasetColumn::name).toList();
    String sumOf = sum != null && numeric.stream().anyMatch(c -> c.name().equals(sum)) ? sum : null;
    model.addAttribute("groupable", groupable);
    model.addAttribute("numeric", numeric);
    model.addAttribute("sum", sumOf);
    if (!chosen && candidates.isEmpty()) {
      model.addAttribute("by", null);
      return "espace/jeu";
    }
    List<String> tried = chosen ? List.of(Objects.requireNonNull(by)) : candidates;
    model.addAttribute("by", tried.getFirst());
    try {
      DefaultChartColumn.Chosen<String, DatasetReads.Bar> chart = DefaultChartColumn.choose(tried,
          column -> reads.chart(me, table, column, sumOf, opened.versionId()), DatasetReads.Bar::value, sumOf == null,
          DatasetReads.CHART_BARS + 1);
      String groupBy = chart.column();
      model.addAttribute("by", groupBy);
      List<DatasetReads.Bar> groups = chart.groups();
      String summed = sumOf;
      Optional<String> measure = numeric.stream().map(DatasetColumn::name).filter(n -> !n.equals(groupBy)).findFirst();
      if (!chosen && sumOf == null && DefaultChartColumn.oneRowEach(groups, DatasetReads.Bar::value)
          && measure.isPresent()) {
        summed = measure.get();
        groups = reads.chart(me, table, groupBy, summed, opened.versionId());
        model.addAttribute("sum", summed);
      }
      Locale locale = LocaleContextHolder.getLocale();
      NumberFormat format = ChartSvg.numbers(locale);
      String empty = message("chart.empty", locale);
      List<ChartSvg.Bar> bars = groups.stream().limit(DatasetReads.CHART_BARS)
          .map(b -> ChartSvg.bar(b.key(), b.value(), empty, format)).toList();
      model.addAttribute("chartCaption", messages.getMessage(groups.size() > DatasetReads.CHART_BARS
          ? "chart.caption.highest" : "chart.caption", new Object[] {bars.size()}, locale));
      String title = summed == null
          ? messages.getMessage("chart.title.count", new Object[] {groupBy}, locale)
          : messages.getMessage("chart.title.sum", new Object[] {summed, groupBy}, locale);
      model.addAttribute("chartTitle", title);
      model.addAttribute("bars", bars);
      model.addAttribute("chartSvg", ChartSvg.render(title, message("chart.desc", locale), bars, locale));
    } catch (QueryException e) {
      model.addAttribute("chartError", e.userMessage());
    }
    return "espace/jeu";
  }

  @GetMapping("/espace/jeux/{id}/carte")
  String map(Subject me, @PathVariable String id,
      @RequestParam(name = "version", required = false) @Nullable Long version, Model model) {
    DatasetLookup.Opened opened = lookup.openReadable(me, id, version);
    DatasetPageController.common(model, opened, "carte");
    if (opened.table().geo() == null) {
      throw new fr.socle.portal.access.AccessException(fr.socle.portal.access.AccessException.Code.NOT_FOUND,
          "ce jeu de données n'a pas de carte");
    }
    try {
      PointsSvg.Extent extent = reads.extent(me, opened.table(), opened.versionId());
      MapModel.fill(model, map, messages, extent,
          (box, cellSize) -> reads.cells(me, opened.table(), box, cellSize, opened.versionId()));
    } catch (QueryException e) {
      model.addAttribute("mapError", e.userMessage());
    }
    return "espace/jeu";
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
