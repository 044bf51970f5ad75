package fr.socle.lakehouse.query;

/**
 * A query that did not complete, classified so that the edges can answer without repeating Trino's message to the
 * user when that message could name something the user may not see.
 */
public final class QueryException extends Exception {
  public enum Code {
    /** The user may not read something the query names, or it does not exist: never said which. */
    NOT_FOUND_OR_DENIED,
    /** The statement is not valid SQL, or uses a column or function wrongly. */
    INVALID_QUERY,
    /** The statement is not a read-only query. */
    NOT_READ_ONLY,
    TIMEOUT,
    CANCELLED,
    /** Too many queries at once for this user or the cluster. */
    BUSY,
    /** Trino or the network failed. */
    UNAVAILABLE
  }

  private final Code code;
  private final String userMessage;

  public QueryException(Code code, String userMessage, Throwable cause) {
    super(code + ": " + cause.getMessage(), cause);
    this.code = code;
    this.userMessage = userMessage;
  }

  public QueryException(Code code, String userMessage) {
    super(code + ": " + userMessage);
    this.code = code;
    this.userMessage = userMessage;
  }

  public Code code() {
    return code;
  }

  /** French, and safe to show: it never names an object the user may not see. */
  public String userMessage() {
    return userMessage;
  }
}
