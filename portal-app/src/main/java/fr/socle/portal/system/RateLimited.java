package fr.socle.portal.system;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A person or an address went over a quota: answered 429 with Retry-After, on pages and in the API alike. A quota
 * of the public pages names a message of the portal's bundles, so the page says it in the reader's language.
 */
public final class RateLimited extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;
  private final @Nullable Wording wording;

  public RateLimited(String message, long retryAfterSeconds) {
    this(message, retryAfterSeconds, null);
  }

  private RateLimited(String message, long retryAfterSeconds, @Nullable Wording wording) {
    super(message);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    this.wording = wording;
  }

  /** A refusal worded by a message of the bundles (French in {@link #getMessage}, for logs and the API). */
  public static RateLimited worded(long retryAfterSeconds, String key, String... args) {
    Wording wording = new Wording(key, (Object[]) args);
    return new RateLimited(wording.french(), retryAfterSeconds, wording);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** The message in the locale's language when it comes from the bundles, else as it was written. */
  public String message(MessageSource messages, Locale locale) {
    return wording == null ? String.valueOf(getMessage()) : wording.in(messages, locale);
  }
}
