package fr.socle.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.portal.catalogue.ChartSvg;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PublicSvgTest {
  private final List<ChartSvg.Bar> values = List.of(new ChartSvg.Bar("Tours <centre>", 30, "30"),
      new ChartSvg.Bar("Joué", 10, "10"));

  @Test
  void aLineHasAMarkerPerValueWithItsLabelAndValue() {
    String svg = LineChartSvg.render("Titre", "Description", values, Locale.FRENCH);
    assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("<path d=\"M")
        .contains("<title>Tours &lt;centre&gt; : 30</title>").doesNotContain("<centre>");
    assertThat(svg.split("<circle", -1)).hasSize(3);
    assertThat(LineChartSvg.render("Title", "Description", values, Locale.ENGLISH))
        .contains("<title>Joué: 10</title>");
  }

  @Test
  void aPieWritesEachSharesValueAndPercentageInItsLegend() {
    String svg = PieChartSvg.render("Titre", "Description", values, null, Locale.FRENCH);
    assertThat(svg).contains("Joué : 10 (25,0\u00a0%)").contains("Tours &lt;centre&gt; : 30 (75,0\u00a0%)")
        .contains("class=\"slice slice-1\"");
  }

  @Test
  void sharesAreWrittenAsTheReadersLanguageWritesThem() {
    assertThat(PieChartSvg.shares(values, Locale.FRENCH)).containsExactly("75,0\u00a0%", "25,0\u00a0%");
    assertThat(PieChartSvg.shares(values, Locale.ENGLISH)).containsExactly("75.0%", "25.0%");
    // one in 20,000 is not 0 %, nor is the rest 100 %
    List<ChartSvg.Bar> tiny = List.of(new ChartSvg.Bar("un", 1, "1"), new ChartSvg.Bar("autres", 19_999, "19 999"));
    assertThat(PieChartSvg.shares(tiny, Locale.FRENCH)).containsExactly("< 0,1\u00a0%", "> 99,9\u00a0%");
    assertThat(PieChartSvg.render("Title", "Description", values, null, Locale.ENGLISH))
        .contains(">Joué: 10 (25.0%)</text>");
  }

  @Test
  void aSingleSliceIsAWholeDisc() {
    assertThat(PieChartSvg.render("T", "D", List.of(new ChartSvg.Bar("Tout", 4, "4")), null, Locale.FRENCH))
        .contains("<circle");
  }

  @Test
  void aLongLabelIsCutSoThatItsValueAndShareStayInTheLegend() {
    String label = "Agent spécialisé principal de 2e classe des écoles maternelles";
    String svg = PieChartSvg.render("T", "D", List.of(new ChartSvg.Bar(label, 41, "41"),
        new ChartSvg.Bar("Adjoint", 59, "59")), null, Locale.FRENCH);
    assertThat(svg).contains("Agent spécialisé principal de 2e classe d… : 41 (41,0\u00a0%)")
        .contains("<title>" + label + " : 41 (41,0\u00a0%)</title>");
  }

  @Test
  void theCategoriesLeftOutMakeOneGreySliceAndEveryShareIsOfTheWhole() {
    String svg = PieChartSvg.render("Titre", "Description", values, new ChartSvg.Bar("Autres (12 valeurs)", 60, "60"),
        Locale.FRENCH);
    assertThat(svg).contains("Tours &lt;centre&gt; : 30 (30,0\u00a0%)").contains("Joué : 10 (10,0\u00a0%)")
        .contains("Autres (12 valeurs) : 60 (60,0\u00a0%)").contains("class=\"slice slice-others\"");
  }

  @Test
  void fileSizesReadAsPeopleWriteThem() {
    assertThat(FileSizes.size(512, Locale.FRENCH)).isEqualTo("512\u00a0o");
    assertThat(FileSizes.size(92_876, Locale.FRENCH)).isEqualTo("92,9\u00a0ko");
    assertThat(FileSizes.size(3_400_000, Locale.ENGLISH)).isEqualTo("3.4\u00a0MB");
  }
}
