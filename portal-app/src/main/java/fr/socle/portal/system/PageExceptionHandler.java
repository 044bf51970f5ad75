package fr.socle.portal.system;

import fr.socle.lakehouse.catalog.CatalogException;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.portal.access.AccessException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Errors of the pages, as pages in the site's layout with a French message. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {
  private final MessageSource messages;
  private final LayoutModel layout;

  PageExceptionHandler(MessageSource messages, LayoutModel layout) {
    this.messages = messages;
    this.layout = layout;
  }

  @ExceptionHandler(AccessException.class)
  String access(AccessException e, Model model, HttpServletResponse response, Locale locale) {
    HttpStatus status = switch (e.code()) {
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case INVALID -> HttpStatus.BAD_REQUEST;
      case CONFLICT -> HttpStatus.CONFLICT;
    };
    String message = e.code() == AccessException.Code.INVALID ? e.message(messages, locale)
        : inReadersLanguage(e.getMessage(), "error.access." + e.code().name(), locale);
    return page(status, message, model, response);
  }

  /**
   * The services write their refusals in French; a reader of another language gets the bundle's general text for
   * the kind of refusal rather than a sentence they may not read.
   */
  private String inReadersLanguage(String french, String key, Locale locale) {
    return "fr".equals(locale.getLanguage()) ? french : messages.getMessage(key, null, french, locale);
  }

  @ExceptionHandler(CatalogException.class)
  String catalog(CatalogException e, Model model, HttpServletResponse response, Locale locale) {
    HttpStatus status = switch (e.code()) {
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case ALREADY_EXISTS, CONCURRENT_CHANGE, NOT_ACTIVE -> HttpStatus.CONFLICT;
      case INVALID_METADATA, INVALID_NAME -> HttpStatus.BAD_REQUEST;
    };
    String message = e.code() == CatalogException.Code.NOT_FOUND
        ? inReadersLanguage(e.getMessage(), "error.access.NOT_FOUND", locale) : e.getMessage();
    return page(status, message, model, response);
  }

  /** Also the failure of a download under way (Trino killed its query): then nothing may be written. */
  @ExceptionHandler(QueryException.class)
  @Nullable String query(QueryException e, Model model, HttpServletResponse response) throws QueryException {
    if (ClientGone.answerUnderWay(response, e)) {
      return null;
    }
    return page(HttpStatus.valueOf(Problems.of(e).getStatus()), e.userMessage(), model, response);
  }

  @ExceptionHandler(RateLimited.class)
  String rateLimited(RateLimited e, Model model, HttpServletResponse response, Locale locale) {
    response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
    return page(HttpStatus.TOO_MANY_REQUESTS, e.message(messages, locale), model, response);
  }

  /**
   * Invalid parameters of a page (an unknown column, a bad separator): the message is written for people, in
   * their language when it comes from the bundles ({@link PageRefusal}).
   */
  @ExceptionHandler(IllegalArgumentException.class)
  String badRequest(IllegalArgumentException e, Model model, HttpServletResponse response, Locale locale) {
    if (e instanceof PageRefusal refusal) {
      return page(refusal.status(), refusal.message(messages, locale), model, response);
    }
    return page(HttpStatus.BAD_REQUEST, String.valueOf(e.getMessage()), model, response);
  }

  @ExceptionHandler({org.springframework.web.bind.MissingServletRequestParameterException.class,
      org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class})
  String badParameter(Exception e, Model model, HttpServletResponse response, Locale locale) {
    return page(HttpStatus.BAD_REQUEST, inReadersLanguage(ApiExceptionHandler.parameterProblem(e),
        "error.parameter", locale), model, response);
  }

  /** The error page, in the layout of whoever is reading (signed in: their menu, their notifications). */
  private String page(HttpStatus status, String message, Model model, HttpServletResponse response) {
    if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
        instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
      layout.layout(model, attributes.getRequest());
    }
    response.setStatus(status.value());
    model.addAttribute("status", status.value());
    model.addAttribute("message", message);
    return "error";
  }
}
