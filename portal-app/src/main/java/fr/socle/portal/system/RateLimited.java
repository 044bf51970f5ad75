package fr.socle.portal.system;

/** A person went over a per-person quota: answered 429 with Retry-After, on pages and in the API alike. */
public final class RateLimited extends RuntimeException {
  private final long retryAfterSeconds;

  public RateLimited(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
