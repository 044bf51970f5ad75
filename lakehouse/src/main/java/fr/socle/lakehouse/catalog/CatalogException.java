package fr.socle.lakehouse.catalog;

/** A refused catalogue operation, with a stable code for the edges and a French message for people. */
public final class CatalogException extends RuntimeException {
  public enum Code {
    NOT_FOUND,
    ALREADY_EXISTS,
    INVALID_METADATA,
    INVALID_NAME,
    CONCURRENT_CHANGE,
    NOT_ACTIVE
  }

  private final Code code;

  public CatalogException(Code code, String message) {
    super(message);
    this.code = code;
  }

  public Code code() {
    return code;
  }
}
