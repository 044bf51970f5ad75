package fr.socle.portal.system;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * A page's refusal of what it was asked (an unknown column, a page out of range, a dataset that is not there) as a
 * message of the portal's bundles, shown in the reader's language; its {@link #getMessage} is the French text, for
 * logs and for callers that are not pages. Arguments are texts, formatted by the caller.
 */
public final class PageRefusal extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final Wording wording;

  private PageRefusal(HttpStatus status, Wording wording) {
    super(wording.french());
    this.status = status;
    this.wording = wording;
  }

  /** A request the page cannot answer as asked: 400. */
  public static PageRefusal invalid(String key, String... args) {
    return new PageRefusal(HttpStatus.BAD_REQUEST, new Wording(key, (Object[]) args));
  }

  /** Nothing here for the public: 404. */
  public static PageRefusal notFound(String key, String... args) {
    return new PageRefusal(HttpStatus.NOT_FOUND, new Wording(key, (Object[]) args));
  }

  public HttpStatus status() {
    return status;
  }

  /** The message in the locale's language (French when the bundles have no other). */
  public String message(MessageSource messages, Locale locale) {
    return wording.in(messages, locale);
  }
}
