package fr.socle.portal.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Links with optional query parameters for templates: {@code @{${@links.of('/espace/audit', 'page', 2, 'du',
 * null)}}} gives {@code /espace/audit?page=2}. Thymeleaf's own link syntax writes {@code du=} for a null value.
 */
@Component("links")
public class Links {
  /** The path with the parameters whose value is neither null nor blank, in order, encoded. */
  public String of(String path, @Nullable Object... namesAndValues) {
    StringJoiner query = new StringJoiner("&");
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      if (value != null && !value.toString().isBlank()) {
        query.add(encode(String.valueOf(namesAndValues[i])) + "=" + encode(value.toString()));
      }
    }
    return query.length() == 0 ? path : path + "?" + query;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
