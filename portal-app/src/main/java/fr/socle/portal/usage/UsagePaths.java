package fr.socle.portal.usage;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which requests are uses of which published dataset, from the request's method and path alone: the public
 * dataset pages, the two download routes, the records and facets of the Explore API. Ids are the publication ids
 * (the public ones), never text the portal would have to decode.
 */
final class UsagePaths {
  private static final String ID = "([A-Za-z0-9][A-Za-z0-9_.-]{0,127})";
  private static final String EXPLORE = "/api/explore/v2\\.1/catalog/datasets/" + ID;

  private record Route(Pattern pattern, UsageKind kind) {}

  private static final List<Route> ROUTES = List.of(
      // the dataset's page and its tabs; the report form is not a view of the data
      new Route(Pattern.compile("/jeux/" + ID + "(?!/signaler(?:/|$))(?:/.*)?"), UsageKind.VIEW),
      new Route(Pattern.compile("/api/public/publications/" + ID + "/versions/[^/]+/exports/[^/]+/?"),
          UsageKind.DOWNLOAD),
      new Route(Pattern.compile(EXPLORE + "/exports/[^/]+/?"), UsageKind.DOWNLOAD),
      new Route(Pattern.compile(EXPLORE + "/records(?:/.*)?"), UsageKind.API_CALL),
      new Route(Pattern.compile(EXPLORE + "/facets/?"), UsageKind.API_CALL));

  /** A use of a publication. */
  record Hit(String publicationId, UsageKind kind) {}

  private UsagePaths() {}

  /** The use a request would be if it succeeds; only GET counts (HEAD, probes and forms are not uses). */
  static Optional<Hit> classify(String method, String path) {
    if (!"GET".equals(method)) {
      return Optional.empty();
    }
    for (Route route : ROUTES) {
      Matcher matcher = route.pattern().matcher(path);
      if (matcher.matches()) {
        return Optional.of(new Hit(matcher.group(1), route.kind()));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a view is a page: the data a page's script fetches under the same path (a map's points as JSON) is
   * part of the view already counted.
   */
  static boolean isPage(UsageKind kind, @org.jspecify.annotations.Nullable String contentType) {
    return kind != UsageKind.VIEW || contentType == null || contentType.startsWith("text/html");
  }

  /**
   * Whether an answer counts: successes and redirects, 304 included (a cached copy is still a use); a partial
   * answer counts only when it starts the file, so a download resumed in ten pieces is one download.
   */
  static boolean counts(int status, @org.jspecify.annotations.Nullable String range) {
    if (status == 206) {
      return range == null || range.replace(" ", "").startsWith("bytes=0-");
    }
    return status >= 200 && status < 400;
  }
}
