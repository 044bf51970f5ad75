package fr.socle.portal.publicsite;

import static fr.socle.portal.catalogue.ChartSvg.escape;
import static fr.socle.portal.catalogue.ChartSvg.fmt;

import fr.socle.portal.catalogue.ChartSvg;
import java.util.List;
import java.util.Locale;

/**
 * A line chart as inline SVG drawn on the server (no script): categories in their order along the horizontal
 * axis, a marker per point whose tooltip says its label and value, the extremes written on the vertical axis. The
 * page shows the same figures in a table.
 */
final class LineChartSvg {
  static final int WIDTH = ChartSvg.WIDTH;
  static final int HEIGHT = 320;
  private static final int LEFT = 90;
  private static final int RIGHT = 20;
  private static final int TOP = 20;
  private static final int BOTTOM = 60;

  private LineChartSvg() {}

  static String render(String title, String description, List<ChartSvg.Bar> points, Locale locale) {
    double max = Math.max(0, points.stream().mapToDouble(ChartSvg.Bar::value).max().orElse(0));
    double min = Math.min(0, points.stream().mapToDouble(ChartSvg.Bar::value).min().orElse(0));
    double span = max - min == 0 ? 1 : max - min;
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    double step = points.size() <= 1 ? 0 : (double) plotWidth / (points.size() - 1);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"line-chart\" role=\"img\" ")
        .append("aria-labelledby=\"chart-title chart-desc\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\">")
        .append("<title id=\"chart-title\">").append(escape(title)).append("</title>")
        .append("<desc id=\"chart-desc\">").append(escape(description)).append("</desc>")
        .append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
        .append("\" y2=\"").append(TOP + plotHeight).append("\" class=\"axis\"/>")
        .append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP + plotHeight).append("\" x2=\"")
        .append(LEFT + plotWidth).append("\" y2=\"").append(TOP + plotHeight).append("\" class=\"axis\"/>")
        .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(TOP + 4)
        .append("\" text-anchor=\"end\" class=\"bar-value\">").append(escape(number(max))).append("</text>")
        .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(TOP + plotHeight)
        .append("\" text-anchor=\"end\" class=\"bar-value\">").append(escape(number(min))).append("</text>");
    StringBuilder path = new StringBuilder();
    StringBuilder markers = new StringBuilder();
    int labelEvery = Math.max(1, (int) Math.ceil(points.size() / 8.0));
    for (int i = 0; i < points.size(); i++) {
      ChartSvg.Bar point = points.get(i);
      double x = LEFT + (points.size() == 1 ? plotWidth / 2.0 : i * step);
      double y = TOP + plotHeight - plotHeight * ((point.value() - min) / span);
      path.append(i == 0 ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
      markers.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
          .append("\" r=\"3.5\" class=\"point\"><title>").append(escape(point.label())).append(ChartSvg.colon(locale))
          .append(escape(point.valueText())).append("</title></circle>");
      if (i % labelEvery == 0) {
        markers.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(TOP + plotHeight + 18)
            .append("\" text-anchor=\"middle\" class=\"bar-label\">").append(escape(shorten(point.label())))
            .append("</text>");
      }
    }
    if (!points.isEmpty()) {
      svg.append("<path d=\"").append(path).append("\" class=\"line\"/>");
    }
    return svg.append(markers).append("</svg>").toString();
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : fmt(value);
  }

  private static String shorten(String label) {
    return label.length() <= 12 ? label : label.substring(0, 11) + "…";
  }
}
