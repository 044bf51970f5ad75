package fr.socle.portal.testing;

import fr.socle.lakehouse.testing.LoopbackCookies;
import fr.socle.lakehouse.testing.Stack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person using the portal's pages without a browser: signs in through Keycloak's real login form (OIDC code
 * flow with PKCE), keeps the session cookie, and submits forms with their CSRF token, as a browser would.
 */
public final class PortalSession {
  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final URI portal;
  private final HttpClient http;
  private String lastPage = "";

  private PortalSession(URI portal) {
    this.portal = portal;
    this.http = HttpClient.newBuilder()
        .cookieHandler(new LoopbackCookies())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  public static PortalSession anonymous(Stack stack) {
    return new PortalSession(stack.portalUrl());
  }

  /** The public, without an account, on the portal at this address (e.g. {@link ItPortal#url()}). */
  public static PortalSession anonymous(URI portal) {
    return new PortalSession(portal);
  }

  /** Signs in as a demo user (password = user name). */
  public static PortalSession signIn(Stack stack, String user) {
    return signIn(stack.portalUrl(), user);
  }

  /** Signs in to the portal at this address (its sign-in redirect must be allowed by Keycloak, see ItPortal). */
  public static PortalSession signIn(URI portal, String user) {
    PortalSession session = new PortalSession(portal);
    HttpResponse<String> login = session.get("/espace");
    Matcher action = FORM_ACTION.matcher(login.body());
    if (!action.find()) {
      throw new IllegalStateException("no Keycloak login form at " + login.uri());
    }
    String target = action.group(1).replace("&amp;", "&");
    HttpResponse<String> landed = session.send(HttpRequest.newBuilder(URI.create(target))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", user))))
        .build());
    if (!landed.uri().toString().startsWith(portal.toString())) {
      throw new IllegalStateException("sign-in of " + user + " failed, ended at " + landed.uri());
    }
    return session;
  }

  public HttpResponse<String> get(String path) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET().build());
    lastPage = response.body();
    return response;
  }

  /** Posts a form with the CSRF token of the last page fetched. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    Matcher csrf = CSRF.matcher(lastPage);
    if (csrf.find()) {
      all.put("_csrf", csrf.group(1));
    }
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(all)))
        .build());
    lastPage = response.body();
    return response;
  }

  /** Posts a form whose fields may repeat (checkboxes, filter rows): name, value, name, value... */
  public HttpResponse<String> postFields(String path, String... namesAndValues) {
    java.util.StringJoiner body = new java.util.StringJoiner("&");
    Matcher csrf = CSRF.matcher(lastPage);
    if (csrf.find()) {
      body.add("_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
    }
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      body.add(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8) + "="
          + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build());
    lastPage = response.body();
    return response;
  }

  /** Posts a multipart form (one file) with the CSRF token of the last page fetched. */
  public HttpResponse<String> postFile(String path, Map<String, String> fields, String fileField, String fileName,
      byte[] content) {
    String boundary = "----socle" + java.util.UUID.randomUUID();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    Map<String, String> all = new LinkedHashMap<>(fields);
    Matcher csrf = CSRF.matcher(lastPage);
    if (csrf.find()) {
      all.put("_csrf", csrf.group(1));
    }
    all.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n"));
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(content);
    write(body, "\r\n--" + boundary + "--\r\n");
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build());
    lastPage = response.body();
    return response;
  }

  private static void write(java.io.ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Posts without any CSRF token, as a forged cross-site request would. */
  public HttpResponse<String> postWithoutCsrf(String path, Map<String, String> fields) {
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html,application/xhtml+xml")
        .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
        .build());
  }

  public HttpResponse<byte[]> download(String path) {
    try {
      return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return path.startsWith("http") ? URI.create(path) : URI.create(portal + path);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String form(Map<String, String> fields) {
    StringJoiner joiner = new StringJoiner("&");
    fields.forEach((k, v) -> joiner.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return joiner.toString();
  }
}
