package fr.socle.portal.catalogue;

import fr.socle.lakehouse.query.QueryException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/**
 * What a dataset map's template needs ({@code tiles}, {@code attribution}, {@code extent}, {@code mapDescription},
 * {@code mapSvg}), whoever reads the points: the internal pages as the person, the public site as the public.
 */
public final class MapModel {
  /** The grid cells of the extent, read by the caller's own governed reads. */
  public interface Cells {
    List<PointsSvg.Cell> of(PointsSvg.Extent extent, double cellSize) throws QueryException;
  }

  private MapModel() {}

  public static void fill(Model model, MapSettings settings, MessageSource messages, PointsSvg.Extent extent,
      Cells cells) throws QueryException {
    model.addAttribute("tiles", settings.hasTiles() ? settings.tiles() : "");
    model.addAttribute("attribution", settings.attribution());
    model.addAttribute("extent", extent);
    if (extent.empty()) {
      return;
    }
    Locale locale = LocaleContextHolder.getLocale();
    List<PointsSvg.Cell> grid = cells.of(extent, PointsSvg.cellSize(extent));
    String description = messages.getMessage("map.desc", new Object[] {extent.points(), coordinate(extent.west()),
        coordinate(extent.east()), coordinate(extent.south()), coordinate(extent.north())}, locale);
    model.addAttribute("mapDescription", description);
    model.addAttribute("mapSvg", PointsSvg.render(messages.getMessage("map.title", null, locale), description,
        extent, grid));
  }

  private static String coordinate(double value) {
    return String.format(Locale.ROOT, "%.5f", value);
  }
}
