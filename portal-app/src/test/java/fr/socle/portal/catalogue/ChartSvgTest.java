package fr.socle.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChartSvgTest {
  private static final Locale FR = Locale.FRENCH;
  private static final Pattern WIDTHS = Pattern.compile("<rect [^>]*width=\"([0-9.]+)\"");

  @Test
  void isANamedImageWithEachLabelAndValueAsText() {
    String svg = ChartSvg.render("Montant par service", "Les valeurs sont dans le tableau qui suit.", List.of(
        new ChartSvg.Bar("finances", 1200, "1 200"), new ChartSvg.Bar("voirie", 300, "300")), FR);

    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains("role=\"img\"", "aria-labelledby=\"chart-title chart-desc\"")
        .contains("<title id=\"chart-title\">Montant par service</title>")
        .contains("<desc id=\"chart-desc\">Les valeurs sont dans le tableau qui suit.</desc>")
        .contains(">finances</text>", ">1 200</text>", ">voirie</text>", ">300</text>");
  }

  @Test
  void barLengthsAreProportionalToValues() {
    String svg = ChartSvg.render("t", "d", List.of(
        new ChartSvg.Bar("a", 400, "400"), new ChartSvg.Bar("b", 100, "100"), new ChartSvg.Bar("c", 0, "0")), FR);

    List<Double> widths = widths(svg);
    assertThat(widths).hasSize(3);
    assertThat(widths.get(0) / widths.get(1)).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.05));
    assertThat(widths.get(2)).isZero();
  }

  @Test
  void negativeValuesGoLeftOfTheAxisAndAreMarkedBeyondColour() {
    String svg = ChartSvg.render("t", "d", List.of(new ChartSvg.Bar("gain", 100, "100"),
        new ChartSvg.Bar("perte", -50, "-50")), FR);

    assertThat(svg).contains("class=\"bar negative\"").contains(">-50</text>");
    assertThat(widths(svg).get(0) / widths(svg).get(1)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.05));
  }

  @Test
  void labelsAreEscapedAndShortened() {
    String label = "<script>alert('x')</script> & \"un libellé vraiment très long pour la colonne\"\u0001";

    String svg = ChartSvg.render("<b>titre</b>", "d", List.of(new ChartSvg.Bar(label, 1, "1")), FR);

    assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("\u0001")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;un libellé vraiment très long pour la colonne&quot;")
        .contains("&lt;b&gt;titre&lt;/b&gt;")
        .contains("…</text>");
  }

  @Test
  void tooltipsSeparateLabelAndValueAsTheReadersLanguageDoes() {
    List<ChartSvg.Bar> bars = List.of(new ChartSvg.Bar("finances", 1200, "1,200"));

    assertThat(ChartSvg.render("t", "d", bars, Locale.ENGLISH)).contains("<title>finances: 1,200</title>");
    assertThat(ChartSvg.columns("c", "t", "d", bars, 7, Locale.ENGLISH)).contains("<title>finances: 1,200</title>");
    assertThat(ChartSvg.render("t", "d", bars, FR)).contains("<title>finances : 1,200</title>");
  }

  @Test
  void noDataGivesAnEmptyButValidChart() {
    assertThat(ChartSvg.render("t", "d", List.of(), FR)).startsWith("<svg").endsWith("</svg>");
  }

  @Test
  void aColumnChartOfDaysNamesItselfLabelsSomeDaysAndScalesToTheLargest() {
    List<ChartSvg.Bar> days = new java.util.ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      days.add(new ChartSvg.Bar(String.format("%02d/11", i), i == 10 ? 40 : 4, Integer.toString(i == 10 ? 40 : 4)));
    }

    String svg = ChartSvg.columns("usage-chart", "Utilisations <par> jour", "d", days, 7, FR);

    assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("class=\"column-chart\"")
        .contains("aria-labelledby=\"usage-chart-title usage-chart-desc\"")
        .contains("<title id=\"usage-chart-title\">Utilisations &lt;par&gt; jour</title>")
        .contains("max. 40").contains("<title>10/11 : 40</title>");
    // days 1, 8, 15, 22 and the last: not the 29th, whose label would run into the 30th's
    assertThat(labels(svg)).containsExactly("01/11", "08/11", "15/11", "22/11", "30/11");
    assertThat(svg).contains("text-anchor=\"start\" class=\"bar-label\">01/11<")
        .contains("x=\"760.0\" y=\"164\" text-anchor=\"end\" class=\"bar-label\">30/11<");
    assertThat(svg).contains("height=\"124.0\"").contains("height=\"12.4\"");
  }

  @Test
  void aColumnChartOfNothingUsedIsFlat() {
    String svg = ChartSvg.columns("c", "t", "d", List.of(new ChartSvg.Bar("01/12", 0, "0")), 7, FR);
    assertThat(svg).contains("height=\"0.0\"").contains("max. 0");
  }

  private static List<String> labels(String svg) {
    Matcher matcher = Pattern.compile("class=\"bar-label\">([^<]*)<").matcher(svg);
    List<String> labels = new java.util.ArrayList<>();
    while (matcher.find()) {
      labels.add(matcher.group(1));
    }
    return labels;
  }

  private static List<Double> widths(String svg) {
    Matcher matcher = WIDTHS.matcher(svg);
    List<Double> widths = new java.util.ArrayList<>();
    while (matcher.find()) {
      widths.add(Double.parseDouble(matcher.group(1)));
    }
    return widths;
  }
}
