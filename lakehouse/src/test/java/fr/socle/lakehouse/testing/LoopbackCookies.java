package fr.socle.lakehouse.testing;

import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cookies as a browser keeps them for http://127.0.0.1: browsers treat loopback as a secure context and send
 * {@code Secure} cookies there (Keycloak sets some), while the JDK's cookie manager sends them only over https.
 */
public final class LoopbackCookies extends CookieHandler {
  private final CookieManager delegate = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

  @Override
  public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
    List<String> values = new ArrayList<>();
    for (HttpCookie cookie : delegate.getCookieStore().get(uri)) {
      if (!cookie.hasExpired() && pathMatches(uri, cookie)) {
        values.add(cookie.getName() + "=" + cookie.getValue());
      }
    }
    return values.isEmpty() ? Map.of() : Map.of("Cookie", List.of(String.join("; ", values)));
  }

  @Override
  public void put(URI uri, Map<String, List<String>> responseHeaders) {
    for (Map.Entry<String, List<String>> header : responseHeaders.entrySet()) {
      if (header.getKey() == null || !header.getKey().equalsIgnoreCase("Set-Cookie")) {
        continue;
      }
      for (String value : header.getValue()) {
        for (HttpCookie cookie : HttpCookie.parse(value)) {
          cookie.setSecure(false);
          if (cookie.getPath() == null) {
            String path = uri.getPath();
            cookie.setPath(path == null || path.isEmpty() ? "/" : path.substring(0, Math.max(1, path.lastIndexOf('/'))));
          }
          delegate.getCookieStore().add(URI.create(uri.getScheme() + "://" + uri.getAuthority()), cookie);
        }
      }
    }
  }

  private static boolean pathMatches(URI uri, HttpCookie cookie) {
    String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
    return cookie.getPath() == null || path.startsWith(cookie.getPath());
  }
}
