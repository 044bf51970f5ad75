package fr.socle.lakehouse.promotion;

import java.util.Locale;

/** A promotion that could not run to its end, with a stable code and a French message for the job log. */
public final class PromotionException extends Exception {
  /** Why. {@link #retriable()} tells whether trying again later may succeed. */
  public enum Code {
    /** No such published dataset. */
    NOT_FOUND(false),
    /** The source table or snapshot is gone. */
    SOURCE_NOT_FOUND(false),
    /** The decision names columns the table no longer has: the dataset goes back to review. */
    PLAN_MISMATCH(false),
    /** Another commit got in first (outside the lock): the job runs again. */
    CONFLICT(true),
    /** The dataset was retracted while it was being promoted: nothing is published. */
    RETRACTED(false),
    /** Reading or writing files failed. */
    IO_ERROR(true),
    /** The commit's outcome is unknown (the catalogue did not answer): the next run finds out. */
    COMMIT_UNKNOWN(true),
    /** Another promotion of the dataset held the lock too long. */
    BUSY(true),
    /** The promotion was stopped (shutdown). */
    INTERRUPTED(true);

    private final boolean retriable;

    Code(boolean retriable) {
      this.retriable = retriable;
    }

    public boolean retriable() {
      return retriable;
    }

    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final Code code;

  public PromotionException(Code code, String message) {
    super(message);
    this.code = code;
  }

  public PromotionException(Code code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public Code code() {
    return code;
  }

  public boolean retriable() {
    return code.retriable();
  }
}
