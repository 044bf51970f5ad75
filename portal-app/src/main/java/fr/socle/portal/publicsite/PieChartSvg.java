package fr.socle.portal.publicsite;

import static fr.socle.portal.catalogue.ChartSvg.escape;
import static fr.socle.portal.catalogue.ChartSvg.fmt;

import fr.socle.portal.catalogue.ChartSvg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A pie chart as inline SVG drawn on the server: a slice per category (negative values count as nothing), then one
 * dashed slice for the categories left out when there is one, each with its label, value and share of the whole in a
 * legend written next to it, so that nothing is said by colour alone.
 */
final class PieChartSvg {
  static final int WIDTH = ChartSvg.WIDTH;
  static final int RADIUS = 130;
  private static final int ROW = 24;
  static final int PALETTE = 8;
  /** The longest label the legend writes whole: with its value and share, it fits beside the pie. */
  private static final int LEGEND_LABEL_MAX = 42;

  private PieChartSvg() {}

  static String render(String title, String description, List<ChartSvg.Bar> shown,
      ChartSvg.@Nullable Bar others, Locale locale) {
    List<ChartSvg.Bar> slices = new ArrayList<>(shown);
    if (others != null) {
      slices.add(others);
    }
    double total = total(slices);
    int height = Math.max(2 * RADIUS + 20, slices.size() * ROW + 20);
    double cx = RADIUS + 10;
    double cy = RADIUS + 10;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pie-chart\" role=\"img\" ")
        .append("aria-labelledby=\"chart-title chart-desc\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\">")
        .append("<title id=\"chart-title\">").append(escape(title)).append("</title>")
        .append("<desc id=\"chart-desc\">").append(escape(description)).append("</desc>");
    String colon = ChartSvg.colon(locale);
    double angle = -Math.PI / 2;
    for (int i = 0; i < slices.size(); i++) {
      ChartSvg.Bar slice = slices.get(i);
      double share = total <= 0 ? 0 : Math.max(0, slice.value()) / total;
      String value = escape(slice.valueText()) + " (" + escape(percent(share, locale)) + ")";
      String tooltip = escape(slice.label()) + colon + value;
      String css = "slice slice-" + (others != null && i == slices.size() - 1 ? "others" : i % PALETTE);
      if (share >= 0.9999) {
        svg.append("<circle cx=\"").append(fmt(cx)).append("\" cy=\"").append(fmt(cy)).append("\" r=\"")
            .append(RADIUS).append("\" class=\"").append(css).append("\"><title>").append(tooltip)
            .append("</title></circle>");
      } else if (share > 0) {
        double end = angle + share * 2 * Math.PI;
        svg.append("<path d=\"M").append(fmt(cx)).append(' ').append(fmt(cy))
            .append(" L").append(fmt(cx + RADIUS * Math.cos(angle))).append(' ')
            .append(fmt(cy + RADIUS * Math.sin(angle)))
            .append(" A").append(RADIUS).append(' ').append(RADIUS).append(" 0 ").append(share > 0.5 ? 1 : 0)
            .append(" 1 ").append(fmt(cx + RADIUS * Math.cos(end))).append(' ')
            .append(fmt(cy + RADIUS * Math.sin(end))).append(" Z\" class=\"").append(css).append("\"><title>")
            .append(tooltip).append("</title></path>");
        angle = end;
      }
      int y = 20 + i * ROW;
      svg.append("<rect x=\"").append(2 * RADIUS + 40).append("\" y=\"").append(y - 12)
          .append("\" width=\"14\" height=\"14\" class=\"").append(css).append("\"/>")
          .append("<text x=\"").append(2 * RADIUS + 62).append("\" y=\"").append(y)
          .append("\" class=\"bar-label\">").append(escape(ChartSvg.shorten(slice.label(), LEGEND_LABEL_MAX)))
          .append(colon).append(value).append("</text>");
    }
    return svg.append("</svg>").toString();
  }

  /** Each slice's share of the whole, as the legend writes it (negative values count as nothing). */
  static List<String> shares(List<ChartSvg.Bar> slices, Locale locale) {
    double total = total(slices);
    return slices.stream().map(s -> percent(total <= 0 ? 0 : Math.max(0, s.value()) / total, locale)).toList();
  }

  private static double total(List<ChartSvg.Bar> slices) {
    return slices.stream().mapToDouble(s -> Math.max(0, s.value())).sum();
  }

  /**
   * « 25,0 % » in French (a no-break space before the sign), "25.0%" in English; a share that one decimal would
   * round to nothing or to the whole says so (« < 0,1 % », « > 99,9 % »): one report in 20,000 is not 0 %.
   */
  static String percent(double share, Locale locale) {
    java.text.NumberFormat format = java.text.NumberFormat.getPercentInstance(locale);
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    if (share > 0 && share < 0.0005) {
      return "< " + format.format(0.001);
    }
    if (share < 1 && share >= 0.9995) {
      return "> " + format.format(0.999);
    }
    return format.format(share);
  }
}
