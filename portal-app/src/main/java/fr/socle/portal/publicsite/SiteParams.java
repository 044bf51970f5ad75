package fr.socle.portal.publicsite;

import fr.socle.portal.system.PageRefusal;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the public pages as visitors may type them: a wrong one is an {@link IllegalArgumentException}
 * with a French message, which the pages' error handler shows as a 400 page.
 */
final class SiteParams {
  static final int MAX_PAGE = 10_000;

  private SiteParams() {}

  /** A page number, from 1; 1 when absent. */
  static int page(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return 1;
    }
    try {
      int page = Integer.parseInt(value.strip());
      if (page >= 1 && page <= MAX_PAGE) {
        return page;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw PageRefusal.invalid("site.error.page", value, Integer.toString(MAX_PAGE));
  }
}
