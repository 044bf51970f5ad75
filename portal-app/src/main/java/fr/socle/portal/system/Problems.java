package fr.socle.portal.system;

import fr.socle.lakehouse.catalog.CatalogException;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.portal.access.AccessException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problems with stable type URIs ({@code https://socle.fr/problemes/<code>}) and French titles. The detail
 * is always a message written for users: never a stack trace, SQL text or the name of something they may not see.
 */
public final class Problems {
  public static final String TYPE_BASE = "https://socle.fr/problemes/";

  private Problems() {}

  public static ProblemDetail of(HttpStatus status, String code, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + code));
    problem.setTitle(title);
    return problem;
  }

  public static ProblemDetail of(AccessException e) {
    return switch (e.code()) {
      case NOT_FOUND -> of(HttpStatus.NOT_FOUND, "introuvable", "Introuvable", e.getMessage());
      case FORBIDDEN -> of(HttpStatus.FORBIDDEN, "interdit", "Action non autorisée", e.getMessage());
      case INVALID -> of(HttpStatus.BAD_REQUEST, "requete-invalide", "Demande invalide", e.getMessage());
      case CONFLICT -> of(HttpStatus.CONFLICT, "conflit", "Conflit", e.getMessage());
    };
  }

  public static ProblemDetail of(CatalogException e) {
    return switch (e.code()) {
      case NOT_FOUND -> of(HttpStatus.NOT_FOUND, "introuvable", "Introuvable", e.getMessage());
      case ALREADY_EXISTS -> of(HttpStatus.CONFLICT, "existe-deja", "Existe déjà", e.getMessage());
      case INVALID_METADATA, INVALID_NAME ->
          of(HttpStatus.BAD_REQUEST, "metadonnees-invalides", "Métadonnées invalides", e.getMessage());
      case CONCURRENT_CHANGE -> of(HttpStatus.CONFLICT, "modification-concurrente", "Modification concurrente",
          e.getMessage());
      case NOT_ACTIVE -> of(HttpStatus.CONFLICT, "jeu-archive", "Jeu de données archivé", e.getMessage());
    };
  }

  public static ProblemDetail of(QueryException e) {
    String code = e.code().name().toLowerCase(Locale.ROOT).replace('_', '-');
    HttpStatus status = switch (e.code()) {
      case NOT_FOUND_OR_DENIED, INVALID_QUERY, NOT_READ_ONLY -> HttpStatus.BAD_REQUEST;
      case TIMEOUT -> HttpStatus.GATEWAY_TIMEOUT;
      case CANCELLED -> HttpStatus.CONFLICT;
      case BUSY -> HttpStatus.TOO_MANY_REQUESTS;
      case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
    };
    return of(status, "requete-" + code, "Requête non aboutie", e.userMessage());
  }
}
