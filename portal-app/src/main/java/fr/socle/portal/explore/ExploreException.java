package fr.socle.portal.explore;

import fr.socle.lakehouse.odsql.OdsqlException;
import org.springframework.http.HttpStatus;

/** An Explore API error as Opendatasoft shapes it: an HTTP status, an {@code error_code} and a message. */
final class ExploreException extends RuntimeException {
  private final HttpStatus status;
  private final String errorCode;

  ExploreException(HttpStatus status, String errorCode, String message) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
  }

  static ExploreException of(OdsqlException e) {
    return new ExploreException(HttpStatus.BAD_REQUEST, e.odsErrorCode(), e.odsMessage());
  }

  static ExploreException unknownDataset(String id) {
    return new ExploreException(HttpStatus.NOT_FOUND, "NotFoundResource", "Unknown dataset: " + id);
  }

  static ExploreException invalidParameter(String message) {
    return new ExploreException(HttpStatus.BAD_REQUEST, "InvalidRESTParameterError", message);
  }

  HttpStatus status() {
    return status;
  }

  String errorCode() {
    return errorCode;
  }
}
