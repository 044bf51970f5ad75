package fr.socle.portal.catalogue;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG, drawn on the server so that it needs no script. Each bar carries its label
 * and its value as text (nothing is said by colour alone), the whole is an image named by its title and
 * description, and the page shows the same figures in a table next to it.
 */
public final class ChartSvg {
  public static final int WIDTH = 760;
  private static final int LABEL_WIDTH = 220;
  private static final int VALUE_WIDTH = 120;
  private static final int BAR_AREA = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  private static final int ROW = 26;
  private static final int LABEL_MAX = 30;

  /** One bar: its label and value, and the value as the page writes it. */
  public record Bar(String label, double value, String valueText) {}

  private ChartSvg() {}

  /** Figures as a chart of this locale writes them: two decimals at most. */
  public static java.text.NumberFormat numbers(Locale locale) {
    java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    return format;
  }

  /** The bar of a group: its key as a page cell writes it ({@code empty} when null), its value. */
  public static Bar bar(@org.jspecify.annotations.Nullable Object key, double value, String empty,
      java.text.NumberFormat format) {
    return new Bar(key == null ? empty : Values.display(key), value, format.format(value));
  }

  /** What separates a label from its value in a tooltip: French sets the colon apart, English does not. */
  public static String colon(Locale locale) {
    return locale.getLanguage().equals("fr") ? " : " : ": ";
  }

  public static String render(String title, String description, List<Bar> bars, Locale locale) {
    int height = Math.max(1, bars.size()) * ROW + 10;
    double max = Math.max(0, bars.stream().mapToDouble(Bar::value).max().orElse(0));
    double min = Math.min(0, bars.stream().mapToDouble(Bar::value).min().orElse(0));
    double span = max - min == 0 ? 1 : max - min;
    double zero = LABEL_WIDTH + BAR_AREA * (-min / span);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" ")
        .append("aria-labelledby=\"chart-title chart-desc\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\">")
        .append("<title id=\"chart-title\">").append(escape(title)).append("</title>")
        .append("<desc id=\"chart-desc\">").append(escape(description)).append("</desc>");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = 5 + i * ROW;
      double end = LABEL_WIDTH + BAR_AREA * ((bar.value() - min) / span);
      double x = Math.min(zero, end);
      double width = Math.max(Math.abs(end - zero), bar.value() == 0 ? 0 : 1);
      svg.append("<g><title>").append(escape(bar.label())).append(colon(locale)).append(escape(bar.valueText()))
          .append("</title>")
          .append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 17)
          .append("\" text-anchor=\"end\" class=\"bar-label\">").append(escape(shorten(bar.label()))).append("</text>")
          .append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y + 3).append("\" width=\"")
          .append(fmt(width)).append("\" height=\"").append(ROW - 8).append("\" class=\"bar")
          .append(bar.value() < 0 ? " negative" : "").append("\"/>")
          .append("<text x=\"").append(LABEL_WIDTH + BAR_AREA + 8).append("\" y=\"").append(y + 17)
          .append("\" class=\"bar-value\">").append(escape(bar.valueText())).append("</text></g>");
    }
    svg.append("<line x1=\"").append(fmt(zero)).append("\" y1=\"0\" x2=\"").append(fmt(zero)).append("\" y2=\"")
        .append(height).append("\" class=\"axis\"/></svg>");
    return svg.toString();
  }

  /**
   * A small column chart of a series (days, months…), oldest on the left: every column has its label and value as
   * a tooltip, every {@code labelEvery}-th column and the last one are labelled under the axis (but not one so close
   * to the last that the two would overlap), the largest value is written on top. The {@code id} names the title and
   * description, so that two charts may share a page.
   */
  static String columns(String id, String title, String description, List<Bar> bars, int labelEvery,
      Locale locale) {
    int height = 170;
    int plotTop = 22;
    int plotBottom = height - 24;
    double slot = (double) WIDTH / Math.max(1, bars.size());
    double top = Math.max(1, bars.stream().mapToDouble(Bar::value).max().orElse(0));
    StringBuilder svg = new StringBuilder()
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"column-chart\" role=\"img\" aria-labelledby=\"")
        .append(escape(id)).append("-title ").append(escape(id)).append("-desc\" viewBox=\"0 0 ").append(WIDTH)
        .append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\"><title id=\"").append(escape(id)).append("-title\">").append(escape(title))
        .append("</title><desc id=\"").append(escape(id)).append("-desc\">").append(escape(description))
        .append("</desc><text x=\"0\" y=\"14\" class=\"bar-value\">max. ")
        .append(escape(bars.stream().filter(b -> b.value() == top).map(Bar::valueText).findFirst().orElse("0")))
        .append("</text>");
    int last = bars.size() - 1;
    int every = Math.max(1, labelEvery);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double barHeight = (plotBottom - plotTop) * Math.max(0, bar.value()) / top;
      double left = i * slot + slot * 0.15;
      svg.append("<g><title>").append(escape(bar.label())).append(colon(locale)).append(escape(bar.valueText()))
          .append("</title><rect x=\"").append(fmt(left)).append("\" y=\"").append(fmt(plotBottom - barHeight))
          .append("\" width=\"").append(fmt(slot * 0.7)).append("\" height=\"").append(fmt(barHeight))
          .append("\" class=\"bar\"/></g>");
      // the first and the last labels are aligned on the chart's edges so that they are not cut
      if (i == last || i % every == 0 && last - i >= (every + 1) / 2) {
        String anchor = i == 0 ? "start" : i == last ? "end" : "middle";
        double x = i == 0 ? 0 : i == last ? WIDTH : i * slot + slot / 2;
        svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(height - 6).append("\" text-anchor=\"")
            .append(anchor).append("\" class=\"bar-label\">").append(escape(bar.label())).append("</text>");
      }
    }
    return svg.append("<line x1=\"0\" y1=\"").append(plotBottom).append("\" x2=\"").append(WIDTH)
        .append("\" y2=\"").append(plotBottom).append("\" class=\"axis\"/></svg>").toString();
  }

  private static String shorten(String label) {
    return shorten(label, LABEL_MAX);
  }

  /** A label cut to {@code max} characters, an ellipsis ending it when cut (the full one stays in a tooltip). */
  public static String shorten(String label, int max) {
    return label.length() <= max ? label : label.substring(0, max - 1).stripTrailing() + "…";
  }

  public static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** XML text and attribute escaping (labels are data: they may hold any character). */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // Characters XML 1.0 forbids would make the page fail to parse as SVG.
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
