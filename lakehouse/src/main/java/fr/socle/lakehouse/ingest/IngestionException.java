package fr.socle.lakehouse.ingest;

import org.jspecify.annotations.Nullable;

/** A load that did not happen, with a stable code and a message in plain French. Nothing was changed. */
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
  private final transient ValidationReport report;

  public IngestionException(Code code, String message) {
    this(code, message, ValidationReport.EMPTY, null);
  }

  public IngestionException(Code code, String message, @Nullable Throwable cause) {
    this(code, message, ValidationReport.EMPTY, cause);
  }

  public IngestionException(Code code, String message, ValidationReport report, @Nullable Throwable cause) {
    super(message, cause);
    this.code = code;
    this.report = report;
  }

  public Code code() {
    return code;
  }

  /** The rows and columns that did not fit (for {@link Code#INVALID_ROWS}, {@link Code#MISSING_COLUMNS}...). */
  public ValidationReport report() {
    return report;
  }
}
