package fr.socle.portal.access;

import fr.socle.portal.system.Wording;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A refused access operation with a stable code and a French message. NOT_FOUND also covers what the user may not
 * know exists: the edges answer 404 for both. An invalid form or command names a message of the portal's bundles
 * ({@code access.invalid.<field>.<what>}), so pages say it in the reader's language and mark the field at fault.
 */
public final class AccessException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public enum Code {
    NOT_FOUND,
    FORBIDDEN,
    INVALID,
    CONFLICT
  }

  private final Code code;
  private final @Nullable Wording wording;

  public AccessException(Code code, String message) {
    super(message);
    this.code = code;
    this.wording = null;
  }

  private AccessException(Code code, Wording wording) {
    super(wording.french());
    this.code = code;
    this.wording = wording;
  }

  /** An invalid request, worded by the bundles' {@code key} (French in {@link #getMessage}). */
  public static AccessException invalid(String key, Object... args) {
    return new AccessException(Code.INVALID, new Wording(key, args));
  }

  /** A refusal of another kind (a conflict…), worded by the bundles' {@code key}. */
  public static AccessException worded(Code code, String key, Object... args) {
    return new AccessException(code, new Wording(key, args));
  }

  public Code code() {
    return code;
  }

  /** The message in the locale's language when the bundles word it, else as it was written. */
  public String message(MessageSource messages, Locale locale) {
    return wording == null ? String.valueOf(getMessage()) : wording.in(messages, locale);
  }

  /** The form field at fault ({@code expiration}, {@code colonnes}…), or empty when none is. */
  public String field() {
    if (wording == null || !wording.key().startsWith("access.invalid.")) {
      return "";
    }
    String rest = wording.key().substring("access.invalid.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? "" : rest.substring(0, dot);
  }
}
