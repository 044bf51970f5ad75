package fr.socle.portal.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * What answers the errors Tomcat raises before any servlet sees the request (a path with an encoded slash or
 * backslash, a NUL, a malformed request line…), in place of Tomcat's own English report: the Explore API's error
 * shape under {@code /api/explore/}, problem+json under the rest of {@code /api/}, a short French and English page
 * elsewhere. Errors the application answers itself have a body already and are left alone.
 */
public final class ServerErrorValve extends ErrorReportValve {
  @Override
  protected void report(Request request, Response response, @Nullable Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    // the path as received: Tomcat refused to decode it, and its prefix is all that matters here
    Body body = body(request.getRequestURI(), status);
    try {
      response.setContentType(body.contentType());
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(body.text());
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client went away or the response was closed: nothing more to say
    }
  }

  record Body(String contentType, String text) {}

  /** The answer for a status on a path (the path as received, possibly malformed or null). */
  static Body body(@Nullable String path, int status) {
    String uri = path == null ? "" : path;
    String reason = reason(status);
    if (uri.startsWith("/api/explore/")) {
      return new Body("application/json", "{\"error_code\": \"" + (status == 400 ? "InvalidRESTParameterError"
          : "HTTPError" + status) + "\", \"message\": \"" + reason + ": the request could not be read.\"}");
    }
    if (uri.startsWith("/api/")) {
      return new Body("application/problem+json", "{\"type\": \"" + Problems.TYPE_BASE + "requete-illisible\","
          + " \"title\": \"Requête illisible\", \"status\": " + status + ","
          + " \"detail\": \"Le serveur n'a pas pu lire cette requête (" + status + " " + reason + ").\"}");
    }
    boolean tooLarge = status == HttpStatus.CONTENT_TOO_LARGE.value();
    return new Body("text/html", """
        <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>%2$s — Socle</title>\
        <meta name="viewport" content="width=device-width, initial-scale=1"></head><body>\
        <h1>%2$s</h1><p>%3$s (erreur %1$d). \
        <a href="/">Retour à l'accueil</a></p>\
        <p lang="en">%4$s (error %1$d). <a href="/?lang=en">Home</a></p>\
        </body></html>""".formatted(status, tooLarge ? "Demande trop volumineuse" : "Requête illisible",
        tooLarge ? "Ce qui a été envoyé dépasse la taille que le serveur accepte"
            : "Le serveur n'a pas pu lire cette adresse",
        tooLarge ? "What was sent is larger than the server accepts" : "The server could not read this address"));
  }

  private static String reason(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    return known == null ? "Error" : known.getReasonPhrase();
  }
}
