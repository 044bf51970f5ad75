package fr.socle.portal.explore;

import fr.socle.lakehouse.odsql.OdsqlException;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.portal.system.ClientGone;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the Explore API in Opendatasoft's shape ({@code {"error_code": ..., "message": ...}}), not the
 * problem+json of Socle's own API: clients of ODS match on these codes. Never a stack trace nor SQL.
 */
@RestControllerAdvice(assignableTypes = {ExploreCatalogApiController.class, ExploreRecordsApiController.class,
    ExploreExportsApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExploreErrors {
  private static final Logger log = LoggerFactory.getLogger(ExploreErrors.class);

  static ResponseEntity<Map<String, Object>> body(HttpStatus status, String code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error_code", code);
    body.put("message", message);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .header("Cache-Control", "no-store").body(body);
  }

  @ExceptionHandler(ExploreException.class)
  ResponseEntity<Map<String, Object>> explore(ExploreException e) {
    return body(e.status(), e.errorCode(), e.getMessage());
  }

  @ExceptionHandler(OdsqlException.class)
  ResponseEntity<Map<String, Object>> odsql(OdsqlException e) {
    return body(HttpStatus.BAD_REQUEST, e.odsErrorCode(), e.odsMessage());
  }

  @ExceptionHandler(QueryException.class)
  @Nullable ResponseEntity<Map<String, Object>> query(QueryException e, HttpServletResponse response)
      throws QueryException {
    if (ClientGone.answerUnderWay(response, e)) {
      return null;
    }
    return switch (e.code()) {
      case INVALID_QUERY, NOT_FOUND_OR_DENIED, NOT_READ_ONLY -> body(HttpStatus.BAD_REQUEST, "ODSQLError",
          "ODSQL query is malformed: the query cannot be evaluated on this dataset (check the types of the values "
              + "and the function arguments).");
      case TIMEOUT -> body(HttpStatus.GATEWAY_TIMEOUT, "QueryTimeout", "The query took too long: narrow it.");
      case BUSY -> body(HttpStatus.TOO_MANY_REQUESTS, "TooManyRequests", "Too many queries at once: retry shortly.");
      case CANCELLED -> body(HttpStatus.SERVICE_UNAVAILABLE, "QueryCancelled", "The query was cancelled.");
      case UNAVAILABLE -> {
        log.warn("Explore API query failed: {}", e.getMessage());
        yield body(HttpStatus.SERVICE_UNAVAILABLE, "ServiceUnavailable", "The query engine is unavailable.");
      }
    };
  }

  @ExceptionHandler(Exception.class)
  @Nullable ResponseEntity<Map<String, Object>> unexpected(Exception e, HttpServletResponse response)
      throws Exception {
    if (ClientGone.answerUnderWay(response, e)) {
      return null;
    }
    log.error("unexpected Explore API error", e);
    return body(HttpStatus.INTERNAL_SERVER_ERROR, "InternalServerError",
        "An unexpected error occurred; it was logged.");
  }
}
