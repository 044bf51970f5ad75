package fr.socle.portal.system;

import fr.socle.lakehouse.catalog.CatalogException;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.portal.access.AccessException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Every error of the JSON API as problem+json. First in line: {@code @RestController} is also a
 * {@code @Controller}, so the pages' handler would otherwise compete for the API's errors.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(AccessException.class)
  ProblemDetail access(AccessException e) {
    return Problems.of(e);
  }

  @ExceptionHandler(CatalogException.class)
  ProblemDetail catalog(CatalogException e) {
    return Problems.of(e);
  }

  /** Also the failure of an export under way (Trino killed its query): then nothing may be written. */
  @ExceptionHandler(QueryException.class)
  @Nullable ProblemDetail query(QueryException e, HttpServletResponse response) throws QueryException {
    return ClientGone.answerUnderWay(response, e) ? null : Problems.of(e);
  }

  @ExceptionHandler(RateLimited.class)
  org.springframework.http.ResponseEntity<ProblemDetail> rateLimited(RateLimited e) {
    return org.springframework.http.ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header("Retry-After", Long.toString(e.retryAfterSeconds()))
        .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "trop-de-requetes", "Trop de requêtes", e.getMessage()));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "fichier-trop-volumineux", "Fichier trop volumineux",
        "le fichier dépasse la taille maximale acceptée");
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
      HttpMessageNotReadableException.class, IllegalArgumentException.class})
  ProblemDetail badRequest(Exception e) {
    return Problems.of(HttpStatus.BAD_REQUEST, "requete-invalide", "Demande invalide",
        e instanceof IllegalArgumentException ? String.valueOf(e.getMessage()) : parameterProblem(e));
  }

  /** Which parameter is at fault and why, its value cut short: « paramètre « version » : « abc » n'est pas… ». */
  static String parameterProblem(Exception e) {
    return switch (e) {
      case MissingServletRequestParameterException missing -> "paramètre « " + missing.getParameterName()
          + " » manquant";
      case MethodArgumentTypeMismatchException mismatch -> {
        String value = String.valueOf(mismatch.getValue());
        value = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        Class<?> type = mismatch.getRequiredType();
        String expected = type == Long.class || type == long.class || type == Integer.class || type == int.class
            ? "un nombre entier" : type == java.util.UUID.class ? "un identifiant (UUID)"
            : type == java.time.LocalDate.class ? "une date AAAA-MM-JJ" : "une valeur d'un autre type";
        yield "paramètre « " + mismatch.getName() + " » : « " + value + " » n'est pas " + expected;
      }
      default -> "paramètres de la demande invalides";
    };
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail unsupportedType(HttpMediaTypeNotSupportedException e) {
    return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "type-non-accepte", "Type de contenu non accepté",
        "envoyez le corps de la demande en application/json");
  }

  /** The answer cannot take the asked type: said in problem+json all the same, as a client must read errors. */
  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<String> notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body("{\"type\":\"" + Problems.TYPE_BASE + "type-non-disponible\",\"title\":\"Not Acceptable\","
            + "\"status\":406,\"detail\":\"cette ressource ne se donne qu'en JSON\"}");
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail notFound(NoResourceFoundException e) {
    return Problems.of(HttpStatus.NOT_FOUND, "introuvable", "Introuvable", "cette ressource n'existe pas");
  }

  @ExceptionHandler(Exception.class)
  @Nullable ProblemDetail unexpected(Exception e, HttpServletResponse response) throws Exception {
    if (ClientGone.answerUnderWay(response, e)) {
      return null;
    }
    log.error("unexpected API error", e);
    return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "erreur-interne", "Erreur interne",
        "une erreur inattendue s'est produite ; elle a été journalisée");
  }
}
