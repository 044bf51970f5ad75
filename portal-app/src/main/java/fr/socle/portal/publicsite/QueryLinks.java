package fr.socle.portal.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** Links to the same page with one parameter changed, the others kept as the visitor sent them. */
final class QueryLinks {
  private QueryLinks() {}

  static String with(HttpServletRequest request, String name, Object value) {
    String query = request.getQueryString();
    return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
        .replaceQueryParam(name, value).build().toUriString();
  }

  /** The previous and next page links of a paged list (null at either end). */
  record Paging(int page, int pages, @org.jspecify.annotations.Nullable String previous,
      @org.jspecify.annotations.Nullable String next) {}

  static Paging paging(HttpServletRequest request, String name, int page, int pages) {
    return new Paging(page, pages, page > 1 ? with(request, name, page - 1) : null,
        page < pages ? with(request, name, page + 1) : null);
  }
}
