package fr.socle.portal.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** Links to the same page with one parameter changed, the others kept as the visitor sent them. */
final class QueryLinks {
  private QueryLinks() {}

  /** Names and values in turn; a null value removes the parameter. */
  static String with(HttpServletRequest request, @Nullable Object... namesAndValues) {
    String query = request.getQueryString();
    UriComponentsBuilder link = UriComponentsBuilder.fromUriString(request.getRequestURI()
        + (query == null ? "" : "?" + query));
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      String name = String.valueOf(namesAndValues[i]);
      if (value == null) {
        link.replaceQueryParam(name);
      } else {
        link.replaceQueryParam(name, value);
      }
    }
    return link.build().toUriString();
  }

  /** The previous and next page links of a paged list (null at either end). */
  record Paging(int page, int pages, @Nullable String previous,
      @Nullable String next) {}

  static Paging paging(HttpServletRequest request, String name, int page, int pages) {
    return new Paging(page, pages, page > 1 ? with(request, name, page - 1) : null,
        page < pages ? with(request, name, page + 1) : null);
  }
}
