package fr.socle.portal.publicsite;

import fr.socle.portal.testing.ItPortal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Public pages fetched as a browser without script would: plain GETs, HTML read with a few patterns. */
final class SitePages {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern TAG = Pattern.compile("<[^>]+>");
  private static final Pattern ROW = Pattern.compile("(?s)<tr>(.*?)</tr>");
  private static final Pattern CELL = Pattern.compile("(?s)<td[^>]*>(.*?)</td>");

  private SitePages() {}

  static HttpResponse<String> get(String pathAndQuery) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(ItPortal.url() + pathAndQuery))
          .timeout(Duration.ofSeconds(60)).header("Accept-Language", "fr-FR").GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The page's text, tags removed and entities of the site's escaping decoded. */
  static String text(String html) {
    String text = TAG.matcher(html.replaceAll("(?s)<(script|style|svg)[^>]*>.*?</\\1>", " ")).replaceAll(" ");
    return text.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&amp;", "&").replaceAll("\\s+", " ");
  }

  /** The cells of the rows of the table of class {@code data}, as text. */
  static List<List<String>> dataRows(String html) {
    int start = html.indexOf("<table class=\"data\">");
    int body = html.indexOf("<tbody>", start);
    String rows = html.substring(body, html.indexOf("</tbody>", body));
    List<List<String>> result = new ArrayList<>();
    Matcher row = ROW.matcher(rows);
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = CELL.matcher(row.group(1));
      while (cell.find()) {
        cells.add(text(cell.group(1)).strip());
      }
      result.add(cells);
    }
    return result;
  }
}
