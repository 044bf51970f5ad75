package fr.socle.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PointsSvgTest {
  private final PointsSvg.Extent tours = new PointsSvg.Extent(0.6, 47.3, 0.8, 47.45, 3);

  @Test
  void drawsOneCircleACellWithItsCountAndTheBoundingBox() {
    String svg = PointsSvg.render("Carte", "3 points", tours, List.of(
        new PointsSvg.Cell(0.6, 47.3, 1), new PointsSvg.Cell(0.8, 47.45, 2)));

    assertThat(svg).contains("role=\"img\"", "<title id=\"map-title\">Carte</title>", "class=\"bbox\"")
        .contains("<title>1</title>", "<title>2</title>");
    assertThat(svg.split("<circle", -1)).hasSize(3);
  }

  @Test
  void westIsLeftAndNorthIsUp() {
    String svg = PointsSvg.render("Carte", "d", tours, List.of(
        new PointsSvg.Cell(0.6, 47.3, 1), new PointsSvg.Cell(0.8, 47.45, 1)));

    double[] first = centre(svg, 0);
    double[] second = centre(svg, 1);
    assertThat(first[0]).isLessThan(second[0]);
    assertThat(first[1]).isGreaterThan(second[1]);
  }

  @Test
  void cellSizeSplitsTheLongerSideIntoTheGrid() {
    assertThat(PointsSvg.cellSize(tours)).isCloseTo(0.2 / PointsSvg.GRID, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(PointsSvg.cellSize(new PointsSvg.Extent(1, 1, 1, 1, 1))).isPositive();
  }

  private static double[] centre(String svg, int index) {
    String circle = svg.split("<circle", -1)[index + 1];
    double cx = Double.parseDouble(circle.replaceAll("(?s).*?cx=\"([0-9.]+)\".*", "$1"));
    double cy = Double.parseDouble(circle.replaceAll("(?s).*?cy=\"([0-9.]+)\".*", "$1"));
    return new double[] {cx, cy};
  }
}
