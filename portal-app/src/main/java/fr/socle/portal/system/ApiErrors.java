package fr.socle.portal.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that no controller saw (a path the JSON API does not have: 404, a method it does not take: 405) answered
 * as the API's other errors are, in problem+json, rather than in Spring Boot's own JSON; so is any other path asked
 * for by a client that does not want a page. Browsers get the French error page; the Explore API keeps ODS's shape.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ApiErrors extends BasicErrorController {

  ApiErrors(ErrorAttributes errorAttributes, WebProperties web, List<ErrorViewResolver> resolvers) {
    super(errorAttributes, web.getError(), resolvers);
  }

  @Override
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    HttpStatus status = HttpStatus.resolve(getStatus(request).value());
    if (status == null) {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    if (!status.isError()) {
      // a streamed answer already sent as a success broke off (its query killed, its client gone): nothing is
      // added after what was written, which the client sees cut short rather than ended with an error body
      return ResponseEntity.status(status).build();
    }
    if (uri instanceof String path && path.startsWith("/api/explore/")) {
      // before the API's controllers (a filter refused the request): still Opendatasoft's shape
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error_code", switch (status) {
        case BAD_REQUEST -> "InvalidRESTParameterError";
        case NOT_FOUND -> "NotFoundResource";
        default -> "HTTPError" + status.value();
      });
      Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
      body.put("message", message instanceof String text && !text.isBlank() ? text : status.getReasonPhrase());
      return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
    String slug = switch (status) {
      case NOT_FOUND -> "introuvable";
      case METHOD_NOT_ALLOWED -> "methode-non-acceptee";
      case UNAUTHORIZED -> "non-authentifie";
      case FORBIDDEN -> "interdit";
      default -> status.is4xxClientError() ? "requete-invalide" : "erreur-interne";
    };
    String detail = switch (status) {
      case NOT_FOUND -> "cette ressource n'existe pas";
      case METHOD_NOT_ALLOWED -> "cette ressource ne prend pas cette méthode HTTP";
      default -> status.is4xxClientError() ? "demande invalide" : "une erreur inattendue s'est produite";
    };
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", Problems.TYPE_BASE + slug);
    body.put("title", switch (status) {
      case NOT_FOUND -> "Introuvable";
      case METHOD_NOT_ALLOWED -> "Méthode non acceptée";
      case UNAUTHORIZED -> "Non authentifié";
      case FORBIDDEN -> "Interdit";
      default -> status.is4xxClientError() ? "Requête invalide" : "Erreur interne";
    });
    body.put("instance", uri instanceof String path ? path : request.getRequestURI());
    body.put("status", status.value());
    body.put("detail", detail);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }
}
