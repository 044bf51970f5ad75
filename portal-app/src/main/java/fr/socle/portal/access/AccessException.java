package fr.socle.portal.access;

/**
 * A refused access operation with a stable code and a French message. NOT_FOUND also covers what the user may not
 * know exists: the edges answer 404 for both.
 */
public final class AccessException extends RuntimeException {
  public enum Code {
    NOT_FOUND,
    FORBIDDEN,
    INVALID,
    CONFLICT
  }

  private final Code code;

  public AccessException(Code code, String message) {
    super(message);
    this.code = code;
  }

  public Code code() {
    return code;
  }
}
