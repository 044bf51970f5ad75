package fr.socle.lakehouse.ingest;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A load that did not happen, with a stable code and a message in plain language: French in {@link #getMessage()}
 * (logs, the command line), any language the pages need in {@link #message(Locale)}. Nothing was changed.
 */
public final class IngestionException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Stable codes, for the API and the pages. */
  public enum Code {
    UNSUPPORTED_FORMAT,
    UNREADABLE_ENCODING,
    MALFORMED_FILE,
    EMPTY_FILE,
    UNKNOWN_COLUMNS,
    MISSING_COLUMNS,
    INVALID_ROWS,
    INVALID_OPTIONS,
    TABLE_EXISTS,
    NO_SUCH_TABLE,
    COMMIT_FAILED,
    IO_ERROR
  }

  private final Code code;
  private final transient Message userMessage;
  private final transient ValidationReport report;

  public IngestionException(Code code, Message message) {
    this(code, message, ValidationReport.EMPTY, null);
  }

  public IngestionException(Code code, Message message, @Nullable Throwable cause) {
    this(code, message, ValidationReport.EMPTY, cause);
  }

  public IngestionException(Code code, Message message, ValidationReport report, @Nullable Throwable cause) {
    super(message.french(), cause);
    this.code = code;
    this.userMessage = message;
    this.report = report;
  }

  public Code code() {
    return code;
  }

  /** The message as a key and its arguments, to be read later in another language (a job's page). */
  public Message userMessage() {
    return userMessage;
  }

  /** The message in {@code locale}'s language. */
  public String message(Locale locale) {
    return userMessage.render(locale);
  }

  /** The rows and columns that did not fit (for {@link Code#INVALID_ROWS}, {@link Code#MISSING_COLUMNS}...). */
  public ValidationReport report() {
    return report;
  }
}
